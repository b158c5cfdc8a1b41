/**
 * Broken and hostile .xlsx files: each must fail with one clear Chinese message naming the file,
 * quickly and without large memory — truncated, random bytes, not a workbook, corrupt deflate data,
 * and a shared-strings zip bomb.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { openSource } from '../../read/open-source.ts';
import { buildZip, sheetXml, workbookParts } from './zip-builder.ts';
import { allRows, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
let valid: Buffer;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  for (let i = 0; i < 2000; i++) ws.addRow([`单位${i}`, i, `备注${i * 7}`]);
  await wb.xlsx.writeFile(tmp.file('valid.xlsx'));
  valid = readFileSync(tmp.file('valid.xlsx'));
});
afterAll(() => tmp.cleanup());

/** Opens and reads every sheet; resolves to the error raised (or fails). */
async function readError(name: string, bytes: Buffer): Promise<Error> {
  const path = tmp.file(name);
  writeFileSync(path, bytes);
  return rejection((async () => {
    const src = await openSource(path);
    for (const s of src.sheets) await allRows(s);
  })());
}

/** Deflated bytes of `piece` repeated `times` times, compressed in a stream (never held whole). */
async function deflateRepeated(head: string, piece: string, times: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  z.write(head);
  const block = Buffer.from(piece.repeat(Math.ceil((1 << 20) / piece.length)));
  for (let i = 0; i < times; i++) {
    if (!z.write(block)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

describe('broken .xlsx files', () => {
  it('truncated file → zip structure message', async () => {
    const err = await readError('truncated.xlsx', valid.subarray(0, Math.floor(valid.length * 0.6)));
    expect(err.message).toMatch(/^文件 "truncated\.xlsx" 不是有效的 Excel 文件（zip 结构损坏：/);
  });

  it('random bytes named .xlsx → not an Excel file', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const err = await readError('random.xlsx', bytes);
    expect(err.message).toBe('文件 "random.xlsx" 不是有效的 Excel 文件（内容不是 xlsx 格式，可能已损坏或扩展名不对）');
  });

  it('random bytes behind a zip signature → zip structure message', async () => {
    const bytes = Buffer.alloc(4096, 7);
    bytes.write('PK\x03\x04', 0, 'latin1');
    const err = await readError('fake-zip.xlsx', bytes);
    expect(err.message).toMatch(/^文件 "fake-zip\.xlsx" 不是有效的 Excel 文件（zip 结构损坏/);
  });

  it('corrupt deflate data inside a sound zip → names the damaged part', async () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50)) }] });
    const sheet = parts.find((p) => p.name.endsWith('sheet1.xml'))!;
    sheet.raw = Buffer.from('this is not deflate data at all \xff\xfe\xfd', 'latin1');
    sheet.declaredSize = 1000;
    const err = await readError('corrupt.xlsx', buildZip(parts));
    expect(err.message).toBe('文件 "corrupt.xlsx" 已损坏（压缩包中的 "xl/worksheets/sheet1.xml" 无法解压，文件可能不完整）');
  });

  it('checks CRC-32 of shared strings and (by default) sheets', async () => {
    const parts = workbookParts({
      sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      sharedStrings: '<sst><si><t>甲</t></si></sst>',
    });
    parts.find((p) => p.name === 'xl/sharedStrings.xml')!.crc = 12345;
    expect((await readError('crc-sst.xlsx', buildZip(parts))).message)
      .toBe('文件 "crc-sst.xlsx" 已损坏（压缩包中的 "xl/sharedStrings.xml" 校验和不符，内容可能已被破坏）');

    const sheetParts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
    sheetParts.find((p) => p.name.endsWith('sheet1.xml'))!.crc = 1;
    const path = tmp.file('crc-sheet.xlsx');
    writeFileSync(path, buildZip(sheetParts));
    const lax = await openSource(path, { limits: { verifySheetCrc: false } });
    expect(await allRows(lax.sheets[0])).toEqual([{ row: 1, cells: [1] }]);
    expect((await rejection(allRows((await openSource(path)).sheets[0]))).message)
      .toBe('文件 "crc-sheet.xlsx" 已损坏（压缩包中的 "xl/worksheets/sheet1.xml" 校验和不符，内容可能已被破坏）');
  });

  it('a zip that is not a workbook → says what it is', async () => {
    expect((await readError('doc.xlsx', buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]))).message)
      .toBe('文件 "doc.xlsx" 是 Word 文档，不是 Excel 表格');
    expect((await readError('other.xlsx', buildZip([{ name: 'readme.txt', data: 'hello' }]))).message)
      .toBe('文件 "other.xlsx" 不是有效的 Excel 文件（压缩包中没有工作簿 xl/workbook.xml）');
  });

  it('empty file → empty-file message', async () => {
    expect((await readError('empty.xlsx', Buffer.alloc(0))).message).toBe('文件 "empty.xlsx" 是空文件');
  });
});

describe('shared-strings bomb', () => {
  it('refuses a tiny entry that inflates to 64 MB of strings, quickly and in little memory', async () => {
    const raw = await deflateRepeated('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '<si><t>a</t></si>', 64);
    expect(raw.length).toBeLessThan(200_000);
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: '' });
    const sst = parts.find((p) => p.name === 'xl/sharedStrings.xml')!;
    sst.raw = raw;
    sst.declaredSize = 1234; // lies: the real size is only found while inflating
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const err = await readError('bomb.xlsx', buildZip(parts));
    expect(err.message).toBe('文件 "bomb.xlsx" 的共享字符串表过大（可能是压缩炸弹），已拒绝');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 ** 2);
  });

  it('refuses a shared-strings part whose declared size is over the limit without inflating it', async () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml('') }], sharedStrings: '<sst/>' });
    parts.find((p) => p.name === 'xl/sharedStrings.xml')!.declaredSize = 0xfffffff0;
    const err = await readError('declared.xlsx', buildZip(parts));
    expect(err.message).toBe('文件 "declared.xlsx" 的共享字符串表过大（可能是压缩炸弹），已拒绝');
  });

  it('refuses by size when the ratio looks normal but the total is over the limit', async () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml('') }], sharedStrings: `<sst>${'<si><t>x</t></si>'.repeat(100_000)}</sst>` });
    const path = tmp.file('size.xlsx');
    writeFileSync(path, buildZip(parts));
    const src = await openSource(path, { limits: { maxSharedStringsBytes: 1024 * 1024 } });
    const err = await rejection(allRows(src.sheets[0]));
    expect(err.message).toBe('文件 "size.xlsx" 的共享字符串表过大（可能是压缩炸弹），已拒绝');
  });
});
