/**
 * The .xlsx reader on hand-written XML, for what exceljs never writes: inline strings, `t="str"`,
 * `t="d"`, cells and rows without `r`, namespace prefixes, phonetic runs, `_x000D_` escapes,
 * stored (uncompressed) entries, CJK built-in date formats — and chunk boundaries at every byte.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { openSource } from '../../read/open-source.ts';
import { SheetScanner } from '../../read/xlsx-sheet-scanner.ts';
import { sheetWorkerStats } from '../../read/sheet-worker-client.ts';
import { recordRegions } from '../../read/xml-record-chunks.ts';
import { parseSharedStringRegion } from '../../read/xlsx-shared-strings.ts';
import { parseDateStyles } from '../../read/xlsx-styles.ts';
import { SharedStringTable } from '../../read/shared-string-table.ts';
import { FORMULA_WITHOUT_RESULT, type SheetRow } from '../../types.ts';
import { buildZip, sheetXml, workbookParts } from './zip-builder.ts';
import { allRows, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const SST = '<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">'
  + '<si><t>行政处罚</t></si>'
  + '<si><t xml:space="preserve">  前后空格 </t></si>'
  + '<si><r><rPr><b/></rPr><t>罚款</t></r><r><t>&amp;警告</t></r></si>'
  + '<si><t>连云港</t><rPh sb="0" eb="3"><t>レンウンコウ</t></rPh></si>'
  + '<si/>'
  + '<si><t>第一行_x000D_\n第二行 &#x4E2D;&#20013; &lt;x&gt;</t></si>'
  + '</sst>';

const STYLES = '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
  + '<numFmt numFmtId="165" formatCode="0.00&quot;天&quot;"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>'
  + '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
  + '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>'
  + '<xf numFmtId="165"/><xf numFmtId="31"/><xf numFmtId="166"/><xf numFmtId="4"/></cellXfs></styleSheet>';

const ROWS = '<row r="2" spans="1:5"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c><c r="E2" t="s"><v>4</v></c><c r="F2" t="s"><v>5</v></c></row>'
  + '<row r="3"><c r="A3" t="inlineStr"><is><t>内联&amp;字符串</t></is></c><c r="B3" t="str"><f>A3&amp;"x"</f><v>内联&amp;字符串x</v></c>'
  + '<c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><f>NA()</f><v>#N/A</v></c><c r="E3" t="d"><v>2024-03-05T10:20:00</v></c><c r="F3" t="n"><v>1.5E-3</v></c></row>'
  + '<row r="5"><c s="1"><v>45356</v></c><c s="2"><v>45356.5</v></c><c s="3"><v>12.5</v></c><c s="4"><v>45356</v></c><c s="5"><v>1.25</v></c><c s="6"><v>1234.5</v></c></row>'
  + '<row><c r="C6"><v>-7</v></c><c/><c><v>3</v></c></row>'
  + '<row r="8" customHeight="1"/>'
  + '<row r="9"><c r="A9" s="1"/><c r="B9" t="s"/><c r="C9" t="inlineStr"><is><t/></is></c></row>'
  + '<row r="10"><c r="A10" s="1"><v>1</v></c><c r="B10" s="1"><v>59</v></c><c r="C10" s="1"><v>61</v></c><c r="D10" t="b"><v>0</v></c></row>';

const EXPECTED: SheetRow[] = [
  { row: 2, cells: ['行政处罚', '  前后空格 ', '罚款&警告', '连云港', null, '第一行\r\n第二行 中中 <x>'] },
  { row: 3, cells: ['内联&字符串', '内联&字符串x', true, '#N/A', new Date('2024-03-05T10:20:00Z'), 0.0015] },
  { row: 5, cells: [new Date('2024-03-05T00:00:00Z'), new Date('2024-03-05T12:00:00Z'), 12.5, new Date('2024-03-05T00:00:00Z'), new Date('1900-01-01T06:00:00Z'), 1234.5] },
  { row: 6, cells: [null, null, -7, null, 3] },
  { row: 10, cells: [new Date('1900-01-01T00:00:00Z'), new Date('1900-02-28T00:00:00Z'), new Date('1900-03-01T00:00:00Z'), false] },
];

function writeBook(name: string, opts: Parameters<typeof workbookParts>[0]): string {
  const path = tmp.file(name);
  writeFileSync(path, buildZip(workbookParts(opts)));
  return path;
}

describe('xlsx reader on hand-written parts', () => {
  it('reads every cell type from stored (uncompressed) entries', async () => {
    const path = writeBook('stored.xlsx', { sheets: [{ name: '表1', xml: sheetXml(ROWS) }], sharedStrings: SST, styles: STYLES, method: 0 });
    const src = await openSource(path);
    expect(await allRows(src.sheets[0])).toEqual(EXPECTED);
  });

  it('reads the same from deflated entries', async () => {
    const path = writeBook('deflated.xlsx', { sheets: [{ name: '表1', xml: sheetXml(ROWS) }], sharedStrings: SST, styles: STYLES });
    expect(await allRows((await openSource(path)).sheets[0])).toEqual(EXPECTED);
  });

  it('reads a zip64 archive (sizes and offsets in zip64 records)', async () => {
    const path = tmp.file('zip64.xlsx');
    writeFileSync(path, buildZip(workbookParts({ sheets: [{ name: '表1', xml: sheetXml(ROWS) }], sharedStrings: SST, styles: STYLES }), true));
    expect(await allRows((await openSource(path)).sheets[0])).toEqual(EXPECTED);
  });

  it('reads a workbook with data prepended to the zip (self-extractor style)', async () => {
    const path = tmp.file('prefixed-data.xlsx');
    const zip = buildZip(workbookParts({ sheets: [{ name: '表1', xml: sheetXml(ROWS) }], sharedStrings: SST, styles: STYLES }));
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'.padEnd(100, 'x'), 'latin1'), zip]));
    expect(await allRows((await openSource(path)).sheets[0])).toEqual(EXPECTED);
  });

  it('reads namespace-prefixed parts (OpenXML SDK style)', async () => {
    const prefixed = ROWS.replace(/<(\/?)(row|c|v|f|is|t)([\s>/])/g, '<$1x:$2$3');
    const sst = SST.replace(/<(\/?)(sst|si|t|r|rPr|b|rPh)([\s>/])/g, '<$1x:$2$3').replace('xmlns=', 'xmlns:x=');
    const path = writeBook('prefixed.xlsx', { sheets: [{ name: '表1', xml: sheetXml(prefixed, 'x:') }], sharedStrings: sst, styles: STYLES });
    expect(await allRows((await openSource(path)).sheets[0])).toEqual(EXPECTED);
  });

  it('marks a formula saved without its result (a generator that does not calculate), keeps one with a result', async () => {
    const path = writeBook('no-cache.xlsx', {
      sheets: [{ name: '表1', xml: sheetXml('<row r="2"><c r="A2"><f>1000*2</f></c><c r="B2" t="str"><f>"连罚"&amp;1</f></c>'
        + '<c r="C2"><f t="shared" ref="C2:C3" si="0">A2/10</f><v>200</v></c><c r="D2" t="str"><f>""</f><v></v></c></row>'
        + '<row r="3"><c r="C3"><f t="shared" si="0"/></c><c r="D3" s="1"><f>TODAY()</f></c></row>') }],
      styles: STYLES,
    });
    expect(await allRows((await openSource(path)).sheets[0])).toEqual([
      { row: 2, cells: [FORMULA_WITHOUT_RESULT, FORMULA_WITHOUT_RESULT, 200] },
      { row: 3, cells: [null, null, FORMULA_WITHOUT_RESULT, FORMULA_WITHOUT_RESULT] },
    ]);
  });

  it('reads the 1904 date system and sheet states from workbook.xml', async () => {
    const path = writeBook('1904.xlsx', {
      date1904: true,
      sheets: [
        { name: 'A', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43894</v></c></row>') },
        { name: 'B', xml: sheetXml(''), state: 'hidden' },
        { name: 'C', xml: sheetXml('').replace('<sheetData></sheetData>', '<sheetData/>'), state: 'veryHidden' },
      ],
      styles: STYLES,
    });
    const src = await openSource(path);
    expect(src.sheets.map((s) => [s.name, s.hidden])).toEqual([['A', false], ['B', true], ['C', true]]);
    expect(await allRows(src.sheets[0])).toEqual([{ row: 1, cells: [new Date('1904-01-01T00:00:00Z'), new Date('2024-03-05T00:00:00Z')] }]);
    expect(await allRows(src.sheets[1])).toEqual([]);
    expect(await allRows(src.sheets[2])).toEqual([]);
  });

  it('never splits a token at a chunk boundary (sheet scanner, every chunk size 1–13 and odd ones)', async () => {
    const xml = Buffer.from(sheetXml(ROWS));
    const sharedStrings = new SharedStringTable();
    parseSharedStringRegion(Buffer.from(SST), Buffer.alloc(0), sharedStrings, 1e6, () => new Error('long'));
    const scanWith = async (size: number) => {
      const scanner = new SheetScanner({
        sharedStrings, dateStyles: parseDateStyles(STYLES), date1904: false, maxColumns: 16384, maxCellChars: 1e6,
        fail: (m) => new Error(m),
      }, '');
      async function* pieces() { for (let i = 0; i < xml.length; i += size) yield xml.subarray(i, i + size); }
      for await (const region of recordRegions(pieces(), '<row', 1e6, () => new Error('big'))) scanner.scan(region);
      return scanner.rows;
    };
    for (const size of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 64, 333, xml.length]) {
      expect(await scanWith(size), `chunk size ${size}`).toEqual(EXPECTED);
    }
  });

  it('never splits a shared string at a chunk boundary', async () => {
    const table = new SharedStringTable();
    parseSharedStringRegion(Buffer.from(SST), Buffer.alloc(0), table, 1e6, () => new Error('long'));
    const whole = table.toArray();
    expect(whole).toEqual(['行政处罚', '  前后空格 ', '罚款&警告', '连云港', '', '第一行\r\n第二行 中中 <x>']);
    const bytes = Buffer.from(SST);
    for (const size of [1, 2, 3, 5, 7, 11, 100]) {
      const out = new SharedStringTable();
      async function* pieces() { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); }
      for await (const region of recordRegions(pieces(), '<si', 1e6, () => new Error('big'))) {
        parseSharedStringRegion(region, Buffer.alloc(0), out, 1e6, () => new Error('long'));
      }
      expect(out.toArray(), `chunk size ${size}`).toEqual(whole);
    }
  });

  it('keeps an empty shared string that comes first', () => {
    const table = new SharedStringTable();
    parseSharedStringRegion(Buffer.from('<sst><si><t></t></si><si/><si><t>x</t></si></sst>'), Buffer.alloc(0), table, 10, () => new Error('long'));
    expect(table.toArray()).toEqual(['', '', 'x']);
  });

  it('reads a large generated sheet in batches with true row numbers', async () => {
    let rows = '';
    for (let r = 1; r <= 9000; r++) if (r % 10 !== 0) rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>行${r}</t></is></c><c r="C${r}"><v>${r}</v></c></row>`;
    const path = writeBook('big.xlsx', { sheets: [{ name: 'S', xml: sheetXml(rows) }] });
    const src = await openSource(path);
    let batches = 0;
    const seen: SheetRow[] = [];
    for await (const batch of src.sheets[0].rows()) { batches++; seen.push(...batch); }
    expect(batches).toBeGreaterThan(1);
    expect(seen).toHaveLength(8100);
    expect(seen[8]).toEqual({ row: 9, cells: ['行9', null, 9] });
    expect(seen[9]).toEqual({ row: 11, cells: ['行11', null, 11] });
    expect(seen.at(-1)!.row).toBe(8999);
  });
});

describe('xlsx reader limits', () => {
  it('refuses a row wider than 16 384 columns', async () => {
    const path = writeBook('wide.xlsx', { sheets: [{ name: '宽表', xml: sheetXml('<row r="1"><c r="XFD1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>') }] });
    const err = await rejection(allRows((await openSource(path)).sheets[0]));
    expect(err.message).toBe('文件 "wide.xlsx" 的工作表 "宽表" 第 1 行的列数超过 16384 列上限，已拒绝');
  });

  it('accepts exactly 16 384 columns', async () => {
    const path = writeBook('wide-ok.xlsx', { sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>') }] });
    const rows = await allRows((await openSource(path)).sheets[0]);
    expect(rows[0].cells).toHaveLength(16384);
    expect(rows[0].cells[16383]).toBe(2);
  });

  it('refuses a cell longer than the text limit, naming the cell', async () => {
    const long = '长'.repeat(5000);
    const path = writeBook('long.xlsx', { sheets: [{ name: 'S', xml: sheetXml(`<row r="4"><c r="B4" t="inlineStr"><is><t>${long}</t></is></c></row>`) }] });
    const src = await openSource(path, { limits: { maxCellChars: 1000 } });
    const err = await rejection(allRows(src.sheets[0]));
    expect(err.message).toBe('文件 "long.xlsx" 的工作表 "S" B4 单元格内容过长（超过 1000 个字符），已拒绝');
  });

  it('stops promptly when aborted', async () => {
    let rows = '';
    for (let r = 1; r <= 20000; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const path = writeBook('abort.xlsx', { sheets: [{ name: 'S', xml: sheetXml(rows) }] });
    const src = await openSource(path);
    const ac = new AbortController();
    let seen = 0;
    const err = await rejection((async () => {
      for await (const batch of src.sheets[0].rows(ac.signal)) {
        seen += batch.length;
        ac.abort();
      }
    })());
    expect(err.name).toBe('AbortError');
    expect(seen).toBeLessThan(20000);
  });
});

describe('xlsx reader with the sheet scanned on a worker thread', () => {
  const inWorker = { sheetWorkerMinBytes: 0 };

  it('reads every cell type, prefixed parts and the 1904 date system exactly as on this thread', async () => {
    const started = sheetWorkerStats.started;
    const plain = writeBook('w-plain.xlsx', { sheets: [{ name: '表1', xml: sheetXml(ROWS) }], sharedStrings: SST, styles: STYLES });
    expect(await allRows((await openSource(plain, inWorker)).sheets[0])).toEqual(EXPECTED);
    const prefixed = ROWS.replace(/<(\/?)(row|c|v|f|is|t)([\s>/])/g, '<$1x:$2$3');
    const sst = SST.replace(/<(\/?)(sst|si|t|r|rPr|b|rPh)([\s>/])/g, '<$1x:$2$3').replace('xmlns=', 'xmlns:x=');
    const px = writeBook('w-prefixed.xlsx', { sheets: [{ name: '表1', xml: sheetXml(prefixed, 'x:') }], sharedStrings: sst, styles: STYLES });
    expect(await allRows((await openSource(px, inWorker)).sheets[0])).toEqual(EXPECTED);
    const d1904 = writeBook('w-1904.xlsx', { date1904: true, styles: STYLES, sheets: [{ name: 'A', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>0</v></c></row>') }] });
    expect(await allRows((await openSource(d1904, inWorker)).sheets[0])).toEqual([{ row: 1, cells: [new Date('1904-01-01T00:00:00Z')] }]);
    expect(sheetWorkerStats.started - started).toBe(3);
  });

  it('keeps batches and true row numbers across many worker batches', async () => {
    let rows = '';
    for (let r = 1; r <= 9000; r++) if (r % 10 !== 0) rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>行${r}</t></is></c><c r="C${r}"><v>${r}</v></c></row>`;
    const path = writeBook('w-big.xlsx', { sheets: [{ name: 'S', xml: sheetXml(rows) }] });
    const here = await allRows((await openSource(path, { sheetWorkerMinBytes: Infinity })).sheets[0]);
    const there = await allRows((await openSource(path, inWorker)).sheets[0]);
    expect(there).toHaveLength(8100);
    expect(there).toEqual(here);
  });

  it('refuses a too-wide row and a too-long cell with the messages of this thread', async () => {
    const wide = writeBook('w-wide.xlsx', { sheets: [{ name: '宽表', xml: sheetXml('<row r="1"><c r="XFD1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>') }] });
    const e1 = await rejection(allRows((await openSource(wide, inWorker)).sheets[0]));
    expect(e1.name).toBe('ReadError');
    expect(e1.message).toBe('文件 "w-wide.xlsx" 的工作表 "宽表" 第 1 行的列数超过 16384 列上限，已拒绝');
    const long = writeBook('w-long.xlsx', { sheets: [{ name: 'S', xml: sheetXml(`<row r="4"><c r="B4" t="inlineStr"><is><t>${'长'.repeat(5000)}</t></is></c></row>`) }] });
    const e2 = await rejection(allRows((await openSource(long, { ...inWorker, limits: { maxCellChars: 1000 } })).sheets[0]));
    expect(e2.message).toBe('文件 "w-long.xlsx" 的工作表 "S" B4 单元格内容过长（超过 1000 个字符），已拒绝');
  });
});
