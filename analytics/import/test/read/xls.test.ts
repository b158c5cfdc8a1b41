/**
 * The .xls reader. Cell conversion is tested always; reading real BIFF8 files needs the optional
 * `@e965/xlsx` package and is skipped when it is not installed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { loadSheetJs, sheetJsCellToCell } from '../../read/read-xls.ts';
import { openSource } from '../../read/open-source.ts';
import { allRows, tempDir } from './helpers.ts';
import { buildZip } from './zip-builder.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const sheetJs = await loadSheetJs();

describe('SheetJS cell conversion', () => {
  it('maps types, dates by number format, and errors to their text', () => {
    expect(sheetJsCellToCell({ t: 's', v: '连云港' }, false)).toBe('连云港');
    expect(sheetJsCellToCell({ t: 's', v: '' }, false)).toBeNull();
    expect(sheetJsCellToCell({ t: 'n', v: 45356, z: 'yyyy"年"m"月"d"日"' }, false)).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(sheetJsCellToCell({ t: 'n', v: 45356, z: 14 }, false)).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(sheetJsCellToCell({ t: 'n', v: 43894, z: 'yyyy-mm-dd' }, true)).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(sheetJsCellToCell({ t: 'n', v: 1234.5, z: '#,##0.00' }, false)).toBe(1234.5);
    expect(sheetJsCellToCell({ t: 'b', v: true }, false)).toBe(true);
    expect(sheetJsCellToCell({ t: 'e', v: 0x2a }, false)).toBe('#N/A');
    expect(sheetJsCellToCell({ t: 'e', v: 7, w: '#DIV/0!' }, false)).toBe('#DIV/0!');
    expect(sheetJsCellToCell({ t: 'z' }, false)).toBeNull();
    expect(sheetJsCellToCell(undefined, false)).toBeNull();
  });
});

describe.skipIf(!sheetJs)('xls files (needs @e965/xlsx)', () => {
  it('reads a BIFF8 workbook with dates, hidden sheets and true row numbers', async () => {
    const X = sheetJs as unknown as {
      utils: { book_new(): unknown; aoa_to_sheet(rows: unknown[][], o?: unknown): unknown; book_append_sheet(wb: unknown, ws: unknown, name: string): void };
      write(wb: unknown, o: unknown): Buffer;
    };
    const wb = X.utils.book_new() as { Workbook?: unknown };
    const ws = X.utils.aoa_to_sheet([['标题'], [], ['名称', '金额', '日期'], ['海州区', 1.5, new Date(Date.UTC(2024, 2, 5))]], { cellDates: true, UTC: true }) as Record<string, { z?: string }>;
    X.utils.book_append_sheet(wb, ws, '数据');
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['x']]), '隐藏');
    wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const path = tmp.file('legacy.xls');
    writeFileSync(path, X.write(wb, { type: 'buffer', bookType: 'biff8' }));
    const src = await openSource(path);
    expect(src.format).toBe('xls');
    expect(src.sheets.map((s) => [s.name, s.hidden])).toEqual([['数据', false], ['隐藏', true]]);
    const rows = await allRows(src.sheets[0]);
    expect(rows.map((r) => r.row)).toEqual([1, 3, 4]);
    expect(rows[2].cells).toEqual(['海州区', 1.5, new Date('2024-03-05T00:00:00Z')]);
  });

  it('reads .xlsb and .ods (WPS, LibreOffice) saved from a sample export: the same sheets and rows as the .xlsx', async () => {
    const X = sheetJs as unknown as { read(d: Buffer, o: unknown): unknown; write(wb: unknown, o: unknown): Buffer };
    const xlsx = join(import.meta.dirname, '../../../../sample-data/exports/行政处罚_双公示_徐圩新区_2025.xlsx');
    const rowsOf = async (path: string) => {
      const src = await openSource(path);
      return { format: src.format, sheets: await Promise.all(src.sheets.map(async (s) => [s.name, await allRows(s)])) };
    };
    const want = await rowsOf(xlsx);
    expect(want.sheets.map(([name]) => name)).toEqual(['法人及非法人组织', '自然人']);
    for (const bookType of ['xlsb', 'ods'] as const) {
      const path = tmp.file(`双公示.${bookType}`);
      writeFileSync(path, X.write(X.read(readFileSync(xlsx), { cellDates: false }), { type: 'buffer', bookType }));
      const got = await rowsOf(path);
      expect(got.format).toBe('xls');
      expect(got.sheets).toEqual(want.sheets);
    }
  });

  it('names .xlsb in its messages: a damaged one is refused as such', async () => {
    const path = tmp.file('damaged.xlsb');
    writeFileSync(path, buildZip([{ name: 'xl/workbook.bin', data: 'x' }]));
    await expect(openSource(path)).rejects.toThrow(/^文件 "damaged.xlsb" 不是有效的 Excel 二进制工作簿 .xlsb 文件/);
  });

  it('reads a GBK-encoded HTML table saved as .xls', async () => {
    const html = '<html><head><meta charset="gb2312"></head><body><table><tr><td>当事人</td><td>罚款金额（元）</td></tr>'
      + '<tr><td>连云港某某公司</td><td>5000</td></tr></table></body></html>';
    const path = tmp.file('gbk-html.xls');
    writeFileSync(path, iconv.encode(html, 'gb18030'));
    const src = await openSource(path);
    expect(src.format).toBe('xls');
    expect(await allRows(src.sheets[0])).toEqual([{ row: 1, cells: ['当事人', '罚款金额（元）'] }, { row: 2, cells: ['连云港某某公司', 5000] }]);
  });
});
