/**
 * The service's workspace life cycle and import preview: open / create / recent, clear errors for
 * no workspace, an existing file, a busy workspace (a second process) — and previews of a picked
 * path, uploaded bytes and a file of unknown shape.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWireError } from '../errors.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';
import { buildWorkspace, sample, tempDir } from './fixture.ts';

const tmp = tempDir('service-test-');
const SUPERVISE = resolve(import.meta.dirname, '../../cli/supervise.mjs');
let ws: string;
let service: WorkstationService;

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return toWireError(e);
  }
  throw new Error('expected a failure');
}

beforeAll(async () => {
  ws = await buildWorkspace(tmp.dir);
  service = createWorkstationService({ host: 'electron', dataDir: tmp.dir, samplePath: ws });
});

afterAll(async () => {
  await service?.close();
  tmp.cleanup();
});

describe('workstation service', () => {
  it('says clearly when no workspace is open', async () => {
    expect(await service.currentWorkspace()).toBeNull();
    expect(await failure(service.filterOptions())).toMatchObject({ code: 'NO_WORKSPACE', message: expect.stringContaining('工作区') });
    expect((await service.appInfo())).toMatchObject({ name: '执法监督分析工作站', host: 'electron', pdf: { available: expect.any(Boolean) } });
  });

  it('opens a workspace, lists it as recent and offers its filter choices', async () => {
    const info = await service.openWorkspace(ws);
    expect(info).toMatchObject({ path: ws, isSample: true, bureauName: '连云港市司法局', years: [2025, 2024] });
    expect(info.counts.penalty_case).toBeGreaterThan(1000);
    expect((await service.listRecent())[0]).toMatchObject({ path: ws, exists: true });
    const options = await service.filterOptions();
    expect(options.years).toEqual([2025, 2024]);
    expect(options.divisions[0]).toEqual({ name: '市本级', parent: null });
    expect(options.divisions.find((d) => d.name === '徐圩新区')?.parent).toBe('连云区');
    expect(options.sectors).toContain('市场监管');
    expect(options.agencies.length).toBe(46);
  });

  it('creates a new workspace, refuses to create over an existing file, and switches back', async () => {
    const fresh = join(tmp.dir, '新建.duckdb');
    const info = await service.createWorkspace(fresh);
    expect(info).toMatchObject({ path: fresh, isSample: false, years: [] });
    expect(info.counts.penalty_case).toBe(0);
    expect(await failure(service.createWorkspace(ws))).toMatchObject({ code: 'EXISTS' });
    expect(await failure(service.openWorkspace(join(tmp.dir, 'missing.duckdb')))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.currentWorkspace())?.path).toBe(fresh);
    await service.openWorkspace(ws);
    expect((await service.listRecent()).map((r) => r.path).slice(0, 2)).toEqual([ws, fresh]);
  });

  it('a second process that tries to write gets "工作区正被另一个程序使用"', () => {
    const r = spawnSync(process.execPath, [SUPERVISE, 'import', sample('执法机关名录.xlsx'), '--workspace', ws, '--replace'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('工作区正被另一个程序使用');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('previews a picked file: kind, Chinese field labels, first rows, already imported', async () => {
    const p = await service.previewImport({ path: sample('行政处罚_双公示_连云区_2025.xlsx') });
    expect(p.alreadyImported).toBe(true);
    expect(p.sheets.length).toBeGreaterThan(0);
    const sheet = p.sheets[0];
    expect(sheet).toMatchObject({ kind: 'penalty', problem: null });
    expect(sheet.fields.find((f) => f.field === 'decision_no')).toMatchObject({ label: '行政处罚决定书文号', required: true, header: expect.any(String) });
    expect(sheet.rows.length).toBeGreaterThan(0);
    expect(sheet.rows[0]).toHaveLength(sheet.headers.length);
  });

  it('previews uploaded bytes under their own name, and explains a file of unknown shape', async () => {
    const bytes = readFileSync(sample('执法机关名录.xlsx'));
    const p = await service.previewImport({ name: '../../执法机关名录.xlsx', bytes: new Uint8Array(bytes) });
    expect(p.file).toBe('执法机关名录.xlsx');
    expect(p.sheets[0].kind).toBe('agency');
    const odd = join(tmp.dir, '随便.csv');
    writeFileSync(odd, '甲,乙,丙\n1,2,3\n4,5,6\n');
    const q = await service.previewImport({ path: odd });
    expect(q.sheets[0]).toMatchObject({ kind: null, problem: expect.stringContaining('无法识别') });
    expect(q.sheets[0].headers).toEqual(['甲', '乙', '丙']);
    expect(await failure(service.previewImport({ path: join(tmp.dir, 'nope.xlsx') }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(service.startImport({ sourceIds: ['made-up'] }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects malformed arguments with INVALID_ARGUMENT', async () => {
    expect(await failure(service.overview({ year: 'MMXXV' as never }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await failure(service.analyze({ name: 'penalties', filter: { year: 2025, agency: 42 as never } }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await failure(service.startImport({ sourceIds: [], kind: 'penalty' }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await failure(service.deleteBatch(-1))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await failure(service.exportReport({ year: 2025, formats: ['exe' as never] }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('closes cleanly and releases the file', async () => {
    await service.close();
    expect(existsSync(ws)).toBe(true);
    const r = spawnSync(process.execPath, [SUPERVISE, 'sql', '--workspace', ws, 'SELECT count(*) AS n FROM agency', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ n: 46 }]);
  });
});

describe('every method', () => {
  it('returns a promise and rejects (never throws) on hostile arguments', async () => {
    const s = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
    const { WORKSTATION_METHODS } = await import('../methods.ts');
    try {
      for (const m of WORKSTATION_METHODS) {
        if (m === 'appInfo' || m === 'currentWorkspace' || m === 'listRecent') continue;
        const call = (s[m] as (...a: unknown[]) => unknown)("'; DROP TABLE agency; --", { __proto__: { polluted: true } }, null);
        expect(call, m).toBeInstanceOf(Promise);
        await expect(call, m).rejects.toThrow();
      }
    } finally {
      await s.close();
    }
  });
});
