/**
 * Format detection by content, not by extension, and the one-line messages for files that are not
 * tables at all (missing, empty, folders, PDFs, binary junk).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { openSource, sniffFormat } from '../../read/open-source.ts';
import { loadSheetJs } from '../../read/read-xls.ts';
import { allRows, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function message(name: string, bytes: Buffer | null): Promise<string> {
  const path = tmp.file(name);
  if (bytes) writeFileSync(path, bytes);
  return (await rejection(openSource(path).then(async (src) => { for (const s of src.sheets) await allRows(s); }))).message;
}

describe('openSource', () => {
  it('sniffs formats from the first bytes', () => {
    expect(sniffFormat(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('xlsx');
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('xls');
    expect(sniffFormat(Buffer.from('PAR1xxxx'))).toBe('parquet');
    expect(sniffFormat(Buffer.from('\ufeff  <html><table>'))).toBe('markup');
    expect(sniffFormat(Buffer.from('a,b,c\n'))).toBe('text');
  });

  it('opens an .xlsx saved under another extension as xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').addRow(['名称', 1]);
    const path = tmp.file('export.dat');
    await wb.xlsx.writeFile(path);
    const src = await openSource(path);
    expect(src.format).toBe('xlsx');
    expect(await allRows(src.sheets[0])).toEqual([{ row: 1, cells: ['名称', 1] }]);
  });

  it('reads a tab-separated text file named .xls as text', async () => {
    const path = tmp.file('fake.xls');
    writeFileSync(path, '名称\t金额\n海州区\t3\n');
    const src = await openSource(path);
    expect(src.format).toBe('csv');
    expect(await allRows(src.sheets[0])).toEqual([{ row: 1, cells: ['名称', '金额'] }, { row: 2, cells: ['海州区', '3'] }]);
  });

  it('explains files that are not tables', async () => {
    expect(await message('missing.xlsx', null)).toBe('文件 "missing.xlsx" 不存在');
    expect(await message('empty.csv', Buffer.alloc(0))).toBe('文件 "empty.csv" 是空文件');
    expect(await message('report.xlsx', Buffer.from('%PDF-1.7\n...'))).toBe('文件 "report.xlsx" 是 PDF 文件，不是 Excel 或 CSV 表格');
    const junk = Buffer.alloc(2048);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
    expect(await message('junk.csv', junk)).toBe('文件 "junk.csv" 不是文本表格（看起来是二进制文件，可能扩展名不对或文件已损坏）');
    expect(await message('junk.parquet', junk)).toBe('文件 "junk.parquet" 不是有效的 Parquet 文件');
    expect(await message('locked.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])))
      .toBe('文件 "locked.xlsx" 已加密，无法读取（请先在 Excel 中取消打开密码后另存）');
    mkdirSync(tmp.file('folder.csv'));
    expect(await message('folder.csv', null)).toBe('文件 "folder.csv" 是文件夹，不是文件');
  });

  it('routes HTML saved as .xls to the .xls reader', async () => {
    const path = tmp.file('html.xls');
    writeFileSync(path, '<html><body><table><tr><td>名称</td><td>金额</td></tr><tr><td>海州区</td><td>3</td></tr></table></body></html>');
    if (await loadSheetJs()) {
      const src = await openSource(path);
      expect(src.format).toBe('xls');
      expect((await allRows(src.sheets[0]))[0].cells).toEqual(['名称', '金额']);
    } else {
      expect((await rejection(openSource(path))).message).toMatch(/^文件 "html\.xls" 是旧版 Excel 97-2003（\.xls）文件，读取它所需的组件 @e965\/xlsx 未安装/);
    }
  });
});
