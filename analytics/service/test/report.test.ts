/**
 * Report export through the service (the reports module is loaded on demand): files written to
 * the folder the host chose; in browser mode to a temporary folder, each file offered as a download
 * URL. PDF availability comes from LibreOffice on the PATH.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../contract.ts';
import { findExecutable } from '../app-info.ts';
import { buildWorkspace, startTestServer, tempDir, type TestServer } from './fixture.ts';

const tmp = tempDir('report-test-');
let t: TestServer;

beforeAll(async () => {
  const ws = await buildWorkspace(tmp.dir);
  t = await startTestServer(ws, { dataDir: tmp.dir });
}, 120_000);
afterAll(async () => {
  await t?.close();
  tmp.cleanup();
});

describe('exportReport', () => {
  it('writes the workbook into the chosen folder', async () => {
    const out = join(tmp.dir, '报告');
    const r = await t.service.exportReport({ year: 2025, division: '连云区', formats: ['xlsx'], outDir: out });
    expect(r.files).toHaveLength(1);
    expect(r.files[0]).toMatchObject({ format: 'xlsx', name: expect.stringMatching(/\.xlsx$/) });
    expect(r.files[0].bytes).toBeGreaterThan(1000);
    expect(existsSync(r.files[0].path)).toBe(true);
    expect(r.files[0].path.startsWith(out)).toBe(true);
  });

  it('needs a folder from the host', async () => {
    await expect(t.service.exportReport({ year: 2025, formats: ['xlsx'] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: '请选择报告的保存位置' });
  });

  it('in browser mode offers each file as a download', async () => {
    const r = await t.call<ReportResult>('exportReport', { year: 2025, formats: ['xlsx'], outDir: '/ignored' });
    if (!r.ok) throw new Error(r.error.message);
    const file = r.value.files[0];
    expect(file.path.startsWith('/ignored')).toBe(false);
    expect(file.url).toMatch(/^\/api\/blob\//);
    const res = await fetch(`${t.server.origin}${file.url}?token=${t.server.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(file.name));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(file.bytes);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('LibreOffice lookup', () => {
  it('finds soffice on a PATH and nothing on an empty one', () => {
    const bin = join(tmp.dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'soffice'), '#!/bin/sh\n');
    chmodSync(join(bin, 'soffice'), 0o755);
    expect(findExecutable(['soffice', 'libreoffice'], { PATH: bin }, 'linux')).toBe(join(bin, 'soffice'));
    expect(findExecutable(['soffice', 'libreoffice'], { PATH: join(tmp.dir, 'empty') }, 'linux')).toBeNull();
  });
});

describe('reports module loading', () => {
  it('is null while the module is missing, and rethrows other failures', async () => {
    const { loadReports } = await import('../reports-loader.ts');
    expect(await loadReports('../reports-not-built/index.ts')).toBeNull();
    expect(typeof (await loadReports())?.writeReports).toBe('function');
    const broken = join(tmp.dir, 'broken.mjs');
    writeFileSync(broken, "import './missing-dependency.mjs';\n");
    await expect(loadReports(broken)).rejects.toThrow();
  });
});
