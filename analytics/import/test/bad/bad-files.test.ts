/**
 * The bad-file corpus (make-corpus.ts) through the real CLI: `node analytics/cli/supervise.mjs import
 * FILE --workspace WS`, one child process per file, each on its own copy of one template workspace
 * that already holds a batch, a few children at a time.
 *
 * What must hold:
 * - A file that cannot be imported as a whole exits non-zero with exactly one stderr line that names
 *   the file and says in Chinese what is wrong (no stack trace), and the workspace is unchanged: the
 *   same import_batch rows and the same row count in every data table.
 * - Problems of single cells are row-level: the good rows import, each bad cell becomes a reject whose
 *   reason names its row and column; with --strict the whole file is refused in one line naming the
 *   file, the row and the column.
 *   · formulas: the cached result is the value (we never evaluate); a formula with no cached result
 *     is an empty cell. Error cells (#DIV/0!, #VALUE!) in typed columns are rejects.
 *   · merged cells over data: only the top-left cell holds the value (Excel stores it so, and the
 *     merge list follows the rows in the XML, so a streaming reader cannot fill down): rows under it
 *     miss the value and are rejected where it is required, naming row and column.
 *   · dates before 1900 (text, ISO cells, serial 1, negative serials) are rejects: outside 2000–today.
 * - Hidden sheets are not imported (README: "every visible sheet"); a note names them.
 * - An encoding declaration that lies is outvoted by the bytes; a declared GBK part is decoded.
 * - Every child's peak RSS stays ≤ 1 GiB, the shared-strings bomb included.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { SAMPLE_EXPORTS } from '../../../workspace/sample.ts';
import { makeCorpus } from './make-corpus.ts';
import { pool, query, runCli, snapshot, type CliRun, type WorkspaceSnapshot } from './cli-runner.ts';

const GIB = 1024 ** 3;
const dir = mkdtempSync(join(tmpdir(), 'bad-files-'));
const corpusDir = join(dir, 'corpus');
const template = join(dir, 'template.duckdb');

/** Files refused as a whole, with the problem their one line must state. */
const REFUSED: [file: string, problem: RegExp][] = [
  ['random-bytes.xlsx', /不是有效的 Excel 文件（内容不是 xlsx 格式/],
  ['random-bytes.csv', /不是文本表格（看起来是二进制文件/],
  ['truncated.xlsx', /不是有效的 Excel 文件（zip 结构损坏/],
  ['not-ooxml.xlsx', /不是有效的 Excel 文件（压缩包中没有工作簿/],
  ['empty.xlsx', /是空文件/],
  ['empty.csv', /是空文件/],
  ['header-only.xlsx', /只有表头，没有数据行（表头：「行政处罚决定书文号、/],
  ['header-only.csv', /只有表头，没有数据行（表头：「行政处罚决定书文号、/],
  ['unknown-shape.xlsx', /无法识别文件类型：看到的表头为「姓名、年龄、爱好、体重」/],
  ['too-wide-16385.xlsx', /第 1 行的列数超过 16384 列上限，已拒绝/],
  ['huge-cell.xlsx', /单元格内容过长（超过 1048576 个字符），已拒绝/],
  ['huge-cell.csv', /第 2 行有单元格内容过长（超过 1048576 个字符），已拒绝/],
  ['sst-bomb.xlsx', /共享字符串表过大（可能是压缩炸弹），已拒绝/],
];

/** Files that import (possibly with rejects); run with --json. */
const IMPORTED = [
  'wide-16384.xlsx', 'gbk-declared.xlsx', 'gbk-encoded.xlsx', 'bom-misleading.csv', 'formulas-errors.xlsx',
  'merged-data.xlsx', 'hidden-sheets.xlsx', 'dates-before-1900.xlsx',
];

interface Outcome { file: string; ws: string; run: CliRun }
const outcomes = new Map<string, Outcome>();
let before: WorkspaceSnapshot;
let started = 0;

beforeAll(async () => {
  started = performance.now();
  const corpus = await makeCorpus(corpusDir);
  expect(corpus.map((f) => f.name).sort()).toEqual([...REFUSED.map(([f]) => f), ...IMPORTED].sort());
  // The template holds one sample batch, so "unchanged" is checked against a workspace with data.
  const init = await runCli(['import', join(SAMPLE_EXPORTS, '执法机关名录.xlsx'), '--workspace', template], join(dir, 'init.rss'));
  expect(init.stderr).toBe('');
  before = await snapshot(template);
  const jobs: [key: string, file: string, extra: string[]][] = [
    ...REFUSED.map(([f]): [string, string, string[]] => [f, f, []]),
    ...IMPORTED.map((f): [string, string, string[]] => [f, f, ['--json']]),
    ['strict', 'formulas-errors.xlsx', ['--strict']],
  ];
  const limit = Math.max(2, Math.min(4, availableParallelism()));
  await pool(jobs.map(([key, file, extra], i) => async () => {
    const ws = join(dir, `ws-${i}.duckdb`);
    copyFileSync(template, ws);
    const run = await runCli(['import', join(corpusDir, file), '--workspace', ws, ...extra], join(dir, `${i}.rss`));
    outcomes.set(key, { file, ws, run });
  }), limit);
});

afterAll(() => {
  if (process.env.BAD_FILES_REPORT) {
    const rows = [...outcomes].map(([k, o]) => `${k.padEnd(24)} exit ${o.run.code}  ${((o.run.peakRss ?? 0) / 1024 ** 2).toFixed(0).padStart(4)} MB  ${o.run.ms} ms  ${o.run.stderr.trim()}`);
    console.log([...rows, `total ${Math.round(performance.now() - started)} ms`].join('\n'));
  }
  rmSync(dir, { recursive: true, force: true });
});

function outcome(key: string): Outcome {
  const o = outcomes.get(key);
  if (!o) throw new Error(`no run for ${key}`);
  return o;
}

/** Asserts the one-line refusal: non-zero exit, one Chinese line naming the file, no stack, nothing on stdout. */
function expectRefusal(o: Outcome, problem: RegExp): void {
  expect(o.run.code, o.run.stderr).not.toBe(0);
  expect(o.run.code).not.toBeNull();
  const lines = o.run.stderr.trimEnd().split('\n');
  expect(lines, o.run.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`"${o.file}"`);
  expect(lines[0]).toMatch(problem);
  expect(o.run.stderr).not.toMatch(/^\s+at\s/m);
  expect(o.run.stdout).toBe('');
}

/** The --json batches of an import that succeeded. */
function batches(o: Outcome): { sheet: string; batch_id: number; rows_read: number; rows_imported: number; rows_rejected: number; notes: string[]; rejects: { row: number; column: string; value: string | null; reason: string }[] }[] {
  expect(o.run.code, o.run.stderr).toBe(0);
  expect(o.run.stderr).toBe('');
  return JSON.parse(o.run.stdout).batches;
}

async function penalties(o: Outcome): Promise<{ source_row: number; decision_no: string; party_name: string; fine_yuan: number | null; agency: string }[]> {
  return query(o.ws, sql`SELECT source_row, decision_no, party_name, fine_yuan, agency FROM penalty_case
    WHERE batch_id > ${Math.max(0, ...before.batches.map((b) => b.batch_id))} ORDER BY source_row`);
}

describe('bad files through `supervise import`', () => {
  it.each(REFUSED)('%s is refused in one line and the workspace is unchanged', async (file, problem) => {
    const o = outcome(file);
    expectRefusal(o, problem);
    expect(await snapshot(o.ws)).toEqual(before);
  });

  it('--strict refuses a file with bad cells, naming the file, the row and the column', async () => {
    const o = outcome('strict');
    expectRefusal(o, /严格模式：文件 "formulas-errors\.xlsx" 有 \d+ 行被拒绝（第 5 行「罚款金额」：单元格为 Excel 错误值 #N\/A（公式出错，没有数值），请在原表中修正），整个文件未导入/);
    expect(await snapshot(o.ws)).toEqual(before);
  });

  it('every run stays under 1 GiB of memory, the bomb included', () => {
    for (const [key, o] of outcomes) {
      expect(o.run.peakRss, `${key}: no memory report (killed?)`).not.toBeNull();
      expect(o.run.peakRss!, key).toBeLessThanOrEqual(GIB);
    }
  });

  it('16 384 columns (Excel\'s maximum) import; the filler columns are ignored', async () => {
    const [b] = batches(outcome('wide-16384.xlsx'));
    expect(b).toMatchObject({ rows_read: 3, rows_imported: 3, rows_rejected: 0 });
  });

  it.each(['gbk-declared.xlsx', 'gbk-encoded.xlsx', 'bom-misleading.csv'])('%s: the bytes decide the encoding, Chinese text comes out right', async (file) => {
    const o = outcome(file);
    expect(batches(o)[0].rows_rejected).toBe(0);
    const rows = await penalties(o);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]).toMatchObject({ decision_no: '坏文件测试罚〔2025〕1号', party_name: '测试商行1', agency: '连云港市市场监督管理局' });
  });

  it('formulas use their cached result; error cells in typed columns are rejects naming row and column', async () => {
    const o = outcome('formulas-errors.xlsx');
    const [b] = batches(o);
    expect(b.rejects).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 6, column: '处罚决定日期', value: '#DIV/0!' }),
      expect.objectContaining({ row: 9, column: '罚款金额', value: '#VALUE!' }),
    ]));
    const rows = new Map((await penalties(o)).map((r) => [r.source_row, r]));
    expect(rows.get(2)).toMatchObject({ fine_yuan: 1001 });
    expect(rows.get(3)).toMatchObject({ fine_yuan: 2000 }); // =1000*2, cached 2000
    expect(rows.get(4)).toMatchObject({ party_name: '测试商行3' }); // string formula
    // A formula never calculated has no value: a reject saying so, not an imported row without a fine.
    expect(rows.has(7)).toBe(false);
    expect(b.rejects).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 7, column: '罚款金额', value: null, reason: expect.stringMatching(/^单元格是公式，但文件没有保存公式的计算结果/) }),
    ]));
  });

  // An Excel error value means the formula failed: the row is a reject naming the column and value.
  it('error cells in any column are rejects (#N/A fine, #REF! party)', () => {
    const [b] = batches(outcome('formulas-errors.xlsx'));
    expect(b.rejects).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 5, column: '罚款金额', value: '#N/A' }),
      expect.objectContaining({ row: 8, column: '行政相对人名称', value: '#REF!' }),
    ]));
  });

  it('cells under a vertically merged agency take its value, as the printed table shows it', async () => {
    const o = outcome('merged-data.xlsx');
    const [b] = batches(o);
    expect(b).toMatchObject({ rows_read: 4, rows_imported: 4, rows_rejected: 0 });
    const rows = await penalties(o);
    expect(rows.map((r) => r.source_row)).toEqual([2, 3, 4, 5]);
    expect(rows[0].agency).toMatch(/\S/);
    expect(rows.slice(0, 3).map((r) => r.agency)).toEqual([rows[0].agency, rows[0].agency, rows[0].agency]);
  });

  it('hidden and very hidden sheets are not imported; a note names them', async () => {
    const o = outcome('hidden-sheets.xlsx');
    const bs = batches(o);
    expect(bs.map((b) => [b.sheet, b.rows_imported])).toEqual([['处罚', 2]]);
    expect(bs[0].notes).toContain('隐藏的工作表「旧数据」「草稿」未导入（只导入可见的工作表；如需导入请在 Excel 中取消隐藏）');
    expect((await penalties(o)).every((r) => r.decision_no.startsWith('坏文件测试罚'))).toBe(true);
  });

  it('dates before 1900 are rejects naming row and column; the good row imports', async () => {
    const o = outcome('dates-before-1900.xlsx');
    const [b] = batches(o);
    expect(b).toMatchObject({ rows_read: 5, rows_imported: 1, rows_rejected: 4 });
    expect(b.rejects.map((r) => [r.row, r.column])).toEqual([3, 4, 5, 6].map((r) => [r, '处罚决定日期']));
    expect(b.rejects.map((r) => r.value)).toEqual(['1899-12-31', '1850-06-01 00:00:00', '1900-01-01 00:00:00', '-3']);
    expect((await penalties(o)).map((r) => r.source_row)).toEqual([2]);
  });
});
