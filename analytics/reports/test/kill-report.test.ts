/**
 * Crash safety of report exports (issue 8): a report writer killed with SIGKILL — before anything
 * is written, halfway through writing a file, with a finished temporary file not yet renamed, with
 * one or two formats already done — never leaves a damaged file under a final name: only complete
 * documents of the formats finished before the kill, plus temporary leftovers. A later export into
 * the same folder, leftovers and all, succeeds and deletes them (but not those of a writer that
 * still runs). Also `supervise report` killed from outside as a temporary file appears.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../import/import-file.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { SAMPLE_EXPORTS } from '../../workspace/sample.ts';
import { writeReports } from '../index.ts';

const CHILD = join(import.meta.dirname, 'kill-report-child.ts');
const SUPERVISE = resolve(import.meta.dirname, '../../cli/supervise.mjs');
const FINAL = {
  docx: '2025年度行政执法监督分析报告.docx',
  xlsx: '2025年度行政执法监督分析数据表.xlsx',
  pptx: '2025年度行政执法监督汇报材料.pptx',
} as const;
const MAIN_PART = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', pptx: 'ppt/presentation.xml' } as const;
type Format = keyof typeof FINAL;
// What write-atomic.ts names a file while it is being written.
const TEMP = /^\..+\.\d+\.tmp$/;

const dir = mkdtempSync(join(tmpdir(), 'supervise-kill-report-'));
let ws: string;

beforeAll(async () => {
  ws = join(dir, 'ws.duckdb');
  const w = await openWorkspace(ws, { create: true });
  for (const f of ['行政区划_连云港.xlsx', '执法机关名录.xlsx', '行政处罚_双公示_连云区_2025.xlsx', '行政处罚_双公示_连云区_2024.xlsx', '裁量基准_市场监管.xlsx']) {
    await importFile(w, join(SAMPLE_EXPORTS, f));
  }
  w.close();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SUPERVISE_DATA_DIR: dir } });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, out, err })));
}

/** A complete document: it unzips and holds its main part. */
function isComplete(path: string, format: Format): boolean {
  try {
    return MAIN_PART[format] in unzipSync(new Uint8Array(readFileSync(path)));
  } catch {
    return false;
  }
}

/** The format of a temporary file (`.NAME.docx.PID.tmp`). */
const tempFormat = (name: string) => /\.(docx|xlsx|pptx)\.\d+\.tmp$/.exec(name)![1] as Format;

/** Checks a folder after a kill: every final name complete and expected; the rest temporary. */
function checkFolder(out: string, finished: Format[]): string[] {
  const names = readdirSync(out);
  const finals = names.filter((n) => !TEMP.test(n));
  expect(finals.sort()).toEqual(finished.map((f) => FINAL[f]).sort());
  for (const f of finished) expect(isComplete(join(out, FINAL[f]), f), FINAL[f]).toBe(true);
  return names.filter((n) => TEMP.test(n));
}

/** Kill points of the writer, with the formats whose files are complete by then. */
const POINTS: { point: string; finished: Format[]; leavesTemp: boolean }[] = [
  { point: 'progress:analyses', finished: [], leavesTemp: false },
  { point: 'write:1:0.5', finished: [], leavesTemp: true },
  { point: 'rename:1', finished: [], leavesTemp: true },
  { point: 'write:2:0.3', finished: ['docx'], leavesTemp: true },
  { point: 'rename:3', finished: ['docx', 'xlsx'], leavesTemp: true },
];

describe('a report export killed mid-way', () => {
  it(`leaves no damaged file under a final name at ${POINTS.length} kill points; a later export succeeds`, async () => {
    const combined = join(dir, 'combined');
    mkdirSync(combined);
    for (const [i, k] of POINTS.entries()) {
      const out = join(dir, `out-${i}`);
      const r = await run(['--import', 'tsx', CHILD, ws, out, k.point]);
      expect(r.signal, `killed at ${k.point}? exit ${r.code}\n${r.out}\n${r.err}`).toBe('SIGKILL');
      expect(r.out).toContain(`KILL ${k.point}`);
      const temps = checkFolder(out, k.finished);
      expect(temps.length > 0, `temporary leftovers at ${k.point}: ${temps.join(', ')}`).toBe(k.leavesTemp);
      // A finished temporary file is a whole document that only missed its rename.
      if (k.point.startsWith('rename')) for (const t of temps) expect(isComplete(join(out, t), tempFormat(t)), t).toBe(true);
      if (k.point.startsWith('write')) for (const t of temps) expect(isComplete(join(out, t), tempFormat(t)), t).toBe(false);
      for (const t of temps) copyFileSync(join(out, t), join(combined, t));
    }
    // Every leftover of every kill in one folder, under the names a new export writes to.
    expect(readdirSync(combined).length).toBe(4);
    // …and one of a writer that still runs (this test's parent process): that one must stay.
    const live = `.${FINAL.docx}.${process.ppid}.tmp`;
    writeFileSync(join(combined, live), 'in progress');
    const w = await openWorkspace(ws, { readOnly: true });
    try {
      const result = await writeReports({ conn: w.conn, year: 2025, formats: ['docx', 'xlsx', 'pptx'], outDir: combined });
      expect(result.files.map((f) => f.name).sort()).toEqual(Object.values(FINAL).sort());
    } finally {
      w.close();
    }
    // The new export deleted the killed writers' leftovers and left no temporary file of its own.
    expect(checkFolder(combined, ['docx', 'xlsx', 'pptx'])).toEqual([live]);
  }, 240_000);

  it('`supervise report` killed as its first temporary file appears leaves only complete files; running it again works', async () => {
    const out = join(dir, 'cli');
    mkdirSync(out);
    const child = spawn(process.execPath, [SUPERVISE, 'report', '--workspace', ws, '--year', '2025', '--out', out], { stdio: 'ignore', env: { ...process.env, SUPERVISE_DATA_DIR: dir } });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    // Poll the folder: the writer holds the event loop while it writes, so a watcher may be late.
    const poll = setInterval(() => {
      if (readdirSync(out).some((n) => TEMP.test(n))) child.kill('SIGKILL');
    }, 2);
    await exited;
    clearInterval(poll);
    // Killed at some file, or (when the poll missed every temporary file) finished: either way each
    // final name holds a whole document.
    const names = readdirSync(out);
    const finals = names.filter((n) => !TEMP.test(n));
    for (const [f, name] of Object.entries(FINAL)) if (finals.includes(name)) expect(isComplete(join(out, name), f as Format), name).toBe(true);
    const again = await run([SUPERVISE, 'report', '--workspace', ws, '--year', '2025', '--out', out, '--json']);
    expect(again.code, again.err).toBe(0);
    expect(checkFolder(out, ['docx', 'xlsx', 'pptx'])).toEqual([]);
  }, 120_000);
});
