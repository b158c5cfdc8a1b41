/**
 * `supervise report` as a user runs it: JSON output listing the files, the workspace opened
 * read-only (a missing one refused, nothing created), bad formats refused, and PDF either written
 * (LibreOffice installed) or reported as unavailable with the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleWorkspacePath } from '../../analyses/test/sample-workspace.ts';
import { findSoffice } from '../pdf.ts';

const BIN = resolve(import.meta.dirname, '../../cli/supervise.mjs');
const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
let ws: string;

function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 240_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  ws = await sampleWorkspacePath();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('supervise report', () => {
  it('writes the three documents and prints them as JSON', () => {
    const out = join(dir, 'all');
    const r = cli(['report', '--workspace', ws, '--year', '2025', '--out', out, '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { name: string }) => f.name).sort()).toEqual([
      '2025年度行政执法监督分析报告.docx',
      '2025年度行政执法监督分析数据表.xlsx',
      '2025年度行政执法监督汇报材料.pptx',
    ]);
    for (const f of json.files) expect(f.bytes).toBeGreaterThan(10_000);
    // Only the finished files: no temporary name left behind.
    expect(readdirSync(out).sort()).toEqual(json.files.map((f: { name: string }) => f.name).sort());
  });

  it('refuses a missing workspace and creates nothing', () => {
    const missing = join(dir, 'nope', 'x.duckdb');
    const r = cli(['report', '--workspace', missing, '--year', '2025', '--out', join(dir, 'o2')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('工作区不存在');
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('refuses an unknown format', () => {
    const r = cli(['report', '--workspace', ws, '--year', '2025', '--out', join(dir, 'o3'), '--format', 'docx,odt']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format');
  });

  it('reports PDF as unavailable, with the reason, when LibreOffice is not installed', () => {
    const out = join(dir, 'nopdf');
    const r = cli(['report', '--workspace', ws, '--year', '2025', '--out', out, '--format', 'pdf', '--json'], { ...process.env, SUPERVISE_SOFFICE: join(dir, 'no-soffice') });
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files).toEqual([]);
    expect(json.skipped[0].format).toBe('pdf');
    expect(json.skipped[0].reason).toContain('LibreOffice');
    expect(readdirSync(out)).toEqual([]);
  });

  it.skipIf(!findSoffice())('converts the report to PDF with LibreOffice', () => {
    const out = join(dir, 'pdf');
    const r = cli(['report', '--workspace', ws, '--year', '2025', '--out', out, '--format', 'pdf', '--division', '海州区', '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { name: string }) => f.name)).toEqual(['海州区2025年度行政执法监督分析报告.pdf']);
    expect(readdirSync(out)).toEqual(['海州区2025年度行政执法监督分析报告.pdf']);
  });
});
