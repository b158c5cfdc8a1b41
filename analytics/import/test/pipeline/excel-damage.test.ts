/**
 * Exports after a pass through Excel, WPS or an OA system: codes turned into numbers, pages printed
 * with their header repeated, merged cells over data rows, formulas without stored results. Each test
 * imports a small real-shaped file and reads back what was stored and what was rejected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { openWorkspace, type Workspace } from '../../../workspace/open.ts';
import { importFile } from '../../import-file.ts';
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { writeCsv, writeXlsx } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'excel-damage-'));
let n = 0;
let ws: Workspace;
beforeEach(async () => {
  ws?.close();
  ws = await openWorkspace(join(dir, `ws${n++}.duckdb`), { create: true });
});
afterAll(() => {
  ws?.close();
  rmSync(dir, { recursive: true, force: true });
});

const AGENCY = '连云港市海州区市场监督管理局';
const PENALTY_HEADER = ['行政相对人名称', '统一社会信用代码', '行政处罚决定书文号', '处罚类别', '罚款金额（元）', '处罚决定日期', '处罚机关'];

describe('codes Excel stored as numbers', () => {
  it('leaves an all-digit credit code cut to 15 digits empty and notes it, instead of storing a wrong code', async () => {
    const f = join(dir, 'numeric-codes.xlsx');
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        PENALTY_HEADER,
        // 123207005179814241 typed into a General cell: Excel keeps 123207005179814000.
        ['甲事业单位', 123207005179814000, '连罚〔2024〕1号', '罚款', 1000, '2024-03-05', AGENCY],
        ['乙公司', '91320706MA9223936Q', '连罚〔2024〕2号', '罚款', 1000, '2024-03-05', AGENCY],
        ['丙公司', '3.20703E+17', '连罚〔2024〕3号', '罚款', 1000, '2024-03-05', AGENCY],
      ],
    }]);
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ rows_imported: 3, rows_rejected: 0 });
    const rows = await all<{ credit_code: string | null }>(ws.conn, sql`SELECT credit_code FROM penalty_case ORDER BY source_row`);
    expect(rows.map((x) => x.credit_code)).toEqual([null, '91320706MA9223936Q', null]);
    expect(r.notes.find((x) => x.includes('统一社会信用代码'))).toMatch(/^2 条记录的「统一社会信用代码」被 Excel 存成了数字（如 123207005179814000）/);
  });

  it('rejects 18-digit work-order numbers cut to 15 digits, naming the cause, instead of calling them duplicates', async () => {
    const f = join(dir, 'ticket-numbers.csv');
    writeCsv(f, [
      ['工单编号', '受理时间', '诉求类型', '诉求内容', '所属区县'],
      ['2.02403E+17', '2024-03-05 09:00', '投诉', '占道经营', '海州区'],
      ['2.02403E+17', '2024-03-05 09:01', '投诉', '噪音扰民', '海州区'],
      ['20240305000123', '2024-03-05 09:02', '咨询', '办证', '海州区'],
    ], 'utf8-bom');
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ kind: 'ticket', rows_imported: 1, rows_rejected: 2 });
    expect(r.rejects.map((x) => [x.row, x.column])).toEqual([[2, '工单编号'], [3, '工单编号']]);
    expect(r.rejects[0].reason).toMatch(/^「工单编号」被 Excel 存成了数字/);
  });
});

describe('paged exports', () => {
  it('skips the header, title and page lines repeated on every page, and notes them', async () => {
    const f = join(dir, 'paged.xlsx');
    const title = '连云港市海州区市场监督管理局行政处罚信息公示（2024年度）';
    const rows: (string | number | null)[][] = [];
    let no = 0;
    for (let page = 1; page <= 3; page++) {
      rows.push([title], PENALTY_HEADER);
      for (let i = 0; i < 4; i++) { no++; rows.push([`当事人${no}`, null, `连罚〔2024〕${no}号`, '罚款', 100 * no, '2024-03-05', AGENCY]); }
      rows.push([`第 ${page} 页 共 3 页`]);
    }
    // A header cell printed with a line break in it, and a one-cell row that is neither: still rejected.
    rows.splice(15, 1, ['行政相对人\n名称', ...PENALTY_HEADER.slice(1)]);
    rows.push(['只有名称的行']);
    await writeXlsx(f, [{ name: 'S', rows }]);
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ rows_read: 13, rows_imported: 12, rows_rejected: 1 });
    expect(new Set(r.rejects.map((x) => x.row))).toEqual(new Set([22]));
    expect(r.notes).toContain('数据中有 2 行重复的表头（分页导出或打印时每页重复的表头），已跳过');
    expect(r.notes).toContain('数据中有 5 行重复的标题或页码行（如“第 2 页 共 8 页”），已跳过');
    const count = await all<{ n: number }>(ws.conn, sql`SELECT count(*)::INTEGER AS n FROM penalty_case`);
    expect(count[0].n).toBe(12);
  });
});

describe('formulas saved without their results', () => {
  it('rejects a row whose mapped cell is a formula without a stored result, saying so, instead of reading it as blank', async () => {
    const f = join(dir, 'no-cache.xlsx');
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        PENALTY_HEADER,
        ['甲公司', null, '连罚〔2024〕1号', '罚款', 1000, '2024-03-05', AGENCY],
        ['乙公司', null, '连罚〔2024〕2号', '罚款', 2000, '2024-03-05', AGENCY],
      ],
      // exceljs writes a formula without a cached value when it is given no result, as openpyxl does.
      formulas: { E3: '1000*2' },
    }]);
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ rows_imported: 1, rows_rejected: 1 });
    expect(r.rejects).toEqual([expect.objectContaining({ row: 3, column: '罚款金额（元）', value: null })]);
    expect(r.rejects[0].reason).toMatch(/^单元格是公式，但文件没有保存公式的计算结果/);
  });
});

describe('merged cells over data rows', () => {
  const header = ['处罚机关', '处罚决定日期', '行政相对人名称', '行政处罚决定书文号', '处罚类别', '罚款金额（元）'];
  const rows = [
    header,
    [AGENCY, '2024-07-01', '当事人1', '罚字〔2024〕1号', '罚款', 100],
    [null, null, '当事人2', '罚字〔2024〕2号', '罚款', 200],
    [null, null, '当事人3', '罚字〔2024〕3号', '罚款', 300],
    ['东海县生态环境局', '2024-07-04', '当事人4', '罚字〔2024〕4号', '罚款', 400],
    [null, '2024-07-05', '当事人5', '罚字〔2024〕5号', '罚款', 500],
    // Not merged: a missing agency is still rejected.
    [null, '2024-07-06', '当事人6', '罚字〔2024〕6号', '罚款', 600],
  ];
  const expectRows = async (f: string) => {
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ rows_imported: 5, rows_rejected: 1 });
    expect(r.rejects).toEqual([expect.objectContaining({ row: 7, column: '处罚机关', reason: '缺少必填项：处罚机关' })]);
    const got = await all<{ agency: string; decided_on: string }>(ws.conn, sql`SELECT agency, decided_on::VARCHAR AS decided_on FROM penalty_case ORDER BY source_row`);
    expect(got).toEqual([
      { agency: AGENCY, decided_on: '2024-07-01' }, { agency: AGENCY, decided_on: '2024-07-01' }, { agency: AGENCY, decided_on: '2024-07-01' },
      { agency: '东海县生态环境局', decided_on: '2024-07-04' }, { agency: '东海县生态环境局', decided_on: '2024-07-05' },
    ]);
  };

  it('gives every row of an .xlsx group the merged 执法机关 and date, as the printed table shows them', async () => {
    const f = join(dir, 'merged-agency.xlsx');
    await writeXlsx(f, [{ name: 'S', rows, merges: ['A2:A4', 'B2:B4', 'A5:A6'] }]);
    await expectRows(f);
  });

  it('does the same for an .xls (Excel 97-2003)', async () => {
    const f = join(dir, 'merged-agency.xls');
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 3, c: 0 } }, { s: { r: 1, c: 1 }, e: { r: 3, c: 1 } }, { s: { r: 4, c: 0 }, e: { r: 5, c: 0 } }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'S');
    writeFileSync(f, XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
    await expectRows(f);
  });
});

describe('the header far down', () => {
  it('finds a header under a 填报说明 longer than the usual scan (row 46), cells with line breaks', async () => {
    const f = join(dir, 'long-notes.xlsx');
    const notes = Array.from({ length: 43 }, (_, i) => [`${i + 1}. 本表第${i + 1}项须与处罚决定书一致，金额以万元为单位，日期为年-月-日，请勿合并单元格。`]);
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        ['连云港市行政处罚案件统计表'], ['填报说明：'], ...notes,
        ['当事人\n名称', '统一社会\n信用代码', '处罚决定书\n文号', '处罚\n类别', '罚款金额\n（万元）', '处罚决定\n日期', '处罚\n机关'],
        ['甲公司', null, '连罚〔2024〕1号', '罚款', 0.5, '2024-03-05', AGENCY],
        ['乙公司', null, '连罚〔2024〕2号', '罚款', 1.2, '2024-03-06', AGENCY],
      ],
    }]);
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ kind: 'penalty', rows_imported: 2, rows_rejected: 0 });
    const got = await all<{ source_row: number; fine_yuan: number }>(ws.conn, sql`SELECT source_row, fine_yuan::DOUBLE AS fine_yuan FROM penalty_case ORDER BY source_row`);
    expect(got).toEqual([{ source_row: 47, fine_yuan: 5000 }, { source_row: 48, fine_yuan: 12000 }]);
  });
});

describe('two tables side by side', () => {
  it('imports the left table and names the right one in a note instead of leaving it out silently', async () => {
    const f = join(dir, 'side-by-side.xlsx');
    const h = ['检查对象', '检查日期', '执法机关', '检查方式'];
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        ['海州区检查记录', null, null, null, null, '连云区检查记录'],
        [...h, null, ...h],
        ['对象A1', '2024-05-01', AGENCY, '双随机', null, '对象B1', '2024-06-01', '连云区综合行政执法局', '专项'],
        ['对象A2', '2024-05-02', AGENCY, '专项', null, '对象B2', '2024-06-02', '连云区综合行政执法局', '专项'],
      ],
    }]);
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ kind: 'inspection', rows_imported: 2, rows_rejected: 0 });
    expect(r.notes).toContain('第 6 列起还有一组相同的表头（检查对象、检查日期、执法机关、检查方式），像是并排的第二张表，这部分未导入；请把它移到第一张表下方或另一个工作表后再导入');
  });
});
