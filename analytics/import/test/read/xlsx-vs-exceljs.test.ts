/**
 * Our streaming .xlsx reader against exceljs on workbooks exceljs writes: every cell must match the
 * value exceljs reads back (merged-cell followers are empty in both), plus exact checks of the cases
 * that matter for imports (dates in several formats, formulas, errors, hidden sheets, 1904 dates).
 */
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openSource } from '../../read/open-source.ts';
import type { Cell } from '../../types.ts';
import { allRows, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** exceljs cell value → the Cell our reader promises. */
function norm(v: unknown): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date || typeof v !== 'object') return v as Cell;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('') || null;
  if ('error' in o) return o.error as string;
  if ('formula' in o || 'sharedFormula' in o) return norm(o.result);
  if ('hyperlink' in o) return norm(o.text);
  return JSON.stringify(v);
}

async function exceljsRows(path: string): Promise<Map<string, { row: number; cells: Cell[] }[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, { row: number; cells: Cell[] }[]>();
  wb.eachSheet((ws) => {
    const rows: { row: number; cells: Cell[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const merged = cell.type === ExcelJS.ValueType.Merge;
        cells[col - 1] = merged ? null : norm(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      if (cells.length) rows.push({ row: rowNumber, cells });
    });
    out.set(ws.name, rows);
  });
  return out;
}

async function ourRows(path: string) {
  const src = await openSource(path);
  const out = new Map<string, { row: number; cells: Cell[] }[]>();
  for (const sheet of src.sheets) out.set(sheet.name, await allRows(sheet));
  return { src, out };
}

async function buildMain(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('双公示');
  ws.getCell('A1').value = '连云港市市场监督管理局行政处罚信息公示（2024年）';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '填报说明：金额单位为万元 & 日期按 <年月日> 填写';
  ws.addRow([]);
  ws.getRow(4).values = ['行政相对人名称', '统一社会信用代码', '罚款金额(万元)', '处罚决定日期', '公示日期', '备注'];
  ws.getRow(5).values = ['连云港某某商贸有限公司', '91320700MA1XXXXX0A', 0.5, new Date(Date.UTC(2024, 2, 5)), new Date(Date.UTC(2024, 2, 6, 14, 30)), '第一行\n第二行'];
  ws.getRow(6).values = ['张三', '0001', 1.25, new Date(Date.UTC(2023, 11, 31)), new Date(Date.UTC(2024, 0, 2)), { richText: [{ text: '罚款' }, { font: { bold: true }, text: '2000元' }] }];
  ws.getRow(8).values = ['A&B <公司> "引号"', null, { formula: 'C5+C6', result: 1.75 }, { formula: 'D5+1', result: new Date(Date.UTC(2024, 2, 6)) }, { error: '#N/A' }, true];
  ws.getRow(9).values = [{ formula: 'A5&"x"', result: '连云港某某商贸有限公司x' }, { formula: '1/0', result: { error: '#DIV/0!' } }, -3.5e-7, null, false, { text: '链接', hyperlink: 'https://example.com' }];
  ws.getCell('H9').value = 123456789012345;
  ws.getCell('J9').value = '稀疏';
  ws.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('E5').numFmt = 'yyyy-mm-dd hh:mm:ss';
  ws.getCell('E6').numFmt = 'mm-dd-yy';
  ws.getCell('C5').numFmt = '#,##0.00';
  ws.getCell('C6').numFmt = '0.00%';
  ws.getCell('C8').numFmt = '[Red]#,##0.00;[Blue]-#,##0.00';
  const hidden = wb.addWorksheet('隐藏表', { state: 'hidden' });
  hidden.addRow(['隐藏', 1]);
  const veryHidden = wb.addWorksheet('深度隐藏', { state: 'veryHidden' });
  veryHidden.addRow(['x']);
  await wb.xlsx.writeFile(path);
}

describe('xlsx reader vs exceljs', () => {
  it('reads every cell of an exceljs workbook like exceljs does', async () => {
    const path = tmp.file('main.xlsx');
    await buildMain(path);
    const theirs = await exceljsRows(path);
    const { src, out } = await ourRows(path);
    expect(src.format).toBe('xlsx');
    expect([...out.keys()]).toEqual([...theirs.keys()]);
    for (const [name, rows] of theirs) expect(out.get(name), name).toEqual(rows);
  });

  it('delivers the import-relevant values exactly', async () => {
    const path = tmp.file('main.xlsx');
    const { src, out } = await ourRows(path);
    const rows = out.get('双公示')!;
    const at = (r: number) => rows.find((x) => x.row === r)!.cells;
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5, 6, 8, 9]);
    expect(at(1)).toEqual(['连云港市市场监督管理局行政处罚信息公示（2024年）']);
    expect(at(2)[0]).toBe('填报说明：金额单位为万元 & 日期按 <年月日> 填写');
    expect(at(5)).toEqual(['连云港某某商贸有限公司', '91320700MA1XXXXX0A', 0.5, new Date('2024-03-05T00:00:00Z'), new Date('2024-03-06T14:30:00Z'), '第一行\n第二行']);
    expect(at(6)[1]).toBe('0001');
    expect(at(6)[3]).toEqual(new Date('2023-12-31T00:00:00Z'));
    expect(at(6)[4]).toEqual(new Date('2024-01-02T00:00:00Z'));
    expect(at(6)[5]).toBe('罚款2000元');
    expect(at(8)).toEqual(['A&B <公司> "引号"', null, 1.75, new Date('2024-03-06T00:00:00Z'), '#N/A', true]);
    expect(at(9)).toEqual(['连云港某某商贸有限公司x', '#DIV/0!', -3.5e-7, null, false, '链接', null, 123456789012345, null, '稀疏']);
    expect(src.sheets.map((s) => [s.name, s.index, s.hidden])).toEqual([['双公示', 0, false], ['隐藏表', 1, true], ['深度隐藏', 2, true]]);
  });

  it('reads the 1904 date system', async () => {
    const path = tmp.file('1904.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.addRow([new Date(Date.UTC(2024, 2, 5, 8, 0))]);
    ws.getCell('A1').numFmt = 'yyyy-mm-dd hh:mm';
    await wb.xlsx.writeFile(path);
    const { out } = await ourRows(path);
    expect(out.get('S')![0].cells[0]).toEqual(new Date('2024-03-05T08:00:00Z'));
    expect(out).toEqual(await exceljsRows(path));
  });

  it('matches exceljs on a streamed (WorkbookWriter) file with shared strings', async () => {
    const path = tmp.file('stream.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet('数据');
    ws.columns = [{ key: 'a' }, { key: 'b' }, { key: 'c', style: { numFmt: 'yyyy/m/d' } }, { key: 'd' }];
    for (let i = 1; i <= 3000; i++) {
      ws.addRow([`单位${i % 17}`, i * 1.5, new Date(Date.UTC(2024, 0, 1 + (i % 300))), i % 3 ? `备注${i}` : null]).commit();
    }
    ws.commit();
    await wb.commit();
    const { out } = await ourRows(path);
    const rows = out.get('数据')!;
    expect(rows).toHaveLength(3000);
    expect(rows[2]).toEqual({ row: 3, cells: ['单位3', 4.5, new Date('2024-01-04T00:00:00Z')] });
    expect(out).toEqual(await exceljsRows(path));
  });
});
