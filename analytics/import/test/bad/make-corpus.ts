/**
 * The bad-file corpus (issue 8): broken, hostile and awkward input files, generated on demand so no
 * binary is committed. `makeCorpus(dir)` writes every file into `dir` and returns the list;
 * `bad-files.test.ts` imports each through the real CLI and states what must happen to it.
 *
 * Run by hand to look at the files: `npx tsx analytics/import/test/bad/make-corpus.ts OUT_DIR`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { xlsxBytes, type Cell } from '../../../../sample-data/generator/xlsx.ts';
import { csvBytes } from '../../../../sample-data/generator/csv.ts';
import { buildZip, sheetXml, workbookParts } from '../read/zip-builder.ts';
import {
  AGENCY, DATE_STYLES, PENALTY_HEADERS, handmadeXlsx, type XmlCell, penaltyRow, seededBytes, sharedStringsBomb, xmlRow,
} from './corpus-parts.ts';

/** One corpus file: its name in the folder and what is wrong with it. */
export interface CorpusFile {
  name: string;
  what: string;
}

/** A valid sample export, cut in half for the truncated case. */
const SAMPLE = resolve(import.meta.dirname, '../../../../sample-data/exports/行政处罚_双公示_云台山风景名胜区_2024.xlsx');

/** Size of the shared-strings bomb once inflated. */
export const BOMB_GIB = 2;

/** Characters of the oversized cell: 5 MB in GB18030 (2 bytes each), 7.5 MB in UTF-8; the limit is 1 M characters. */
const HUGE_CELL_CHARS = (5 * 1024 * 1024) / 2;

const header = (): Cell[] => [...PENALTY_HEADERS];
const rows = (from: number, to: number, prefix?: string): (string | number)[][] => {
  const out: (string | number)[][] = [];
  for (let n = from; n <= to; n++) out.push(penaltyRow(n, prefix));
  return out;
};
const xlsx = async (sheets: Parameters<typeof xlsxBytes>[0]) => Buffer.from(await xlsxBytes(sheets, 2025));

/** `width` columns: the penalty headers, then filler headers; each data row filled to the width. */
function wideSheet(width: number): Cell[][] {
  const fill = (r: Cell[], label: (i: number) => Cell) => [...r, ...Array.from({ length: width - r.length }, (_, i) => label(i))];
  return [fill(header(), (i) => `附加字段${i + 1}`), ...rows(1, 3).map((r) => fill(r, (i) => i))];
}

/** Rows of the formula / error-cell file (see the test for what each must become). */
function formulaRows(): string {
  const [, , cat, , date, agency] = penaltyRow(1);
  return [
    xmlRow(1, PENALTY_HEADERS),
    xmlRow(2, penaltyRow(1)),
    // Row 3: the fine is a formula with its cached result — the result is the value.
    xmlRow(3, [...penaltyRow(2).slice(0, 3), { xml: '<c><f>1000*2</f><v>2000</v></c>' }, date, agency]),
    // Row 4: a formula whose result is text (t="str") in the party column.
    xmlRow(4, [penaltyRow(3)[0], { xml: '<c t="str"><f>"测试"&amp;"商行3"</f><v>测试商行3</v></c>' }, cat, 1003, date, agency]),
    // Row 5: #N/A in the fine column.
    xmlRow(5, [...penaltyRow(4).slice(0, 3), { xml: '<c t="e"><f>VLOOKUP(A5,X:Y,2,0)</f><v>#N/A</v></c>' }, date, agency]),
    // Row 6: #DIV/0! in the date column.
    xmlRow(6, [...penaltyRow(5).slice(0, 4), { xml: '<c t="e"><v>#DIV/0!</v></c>' }, agency]),
    // Row 7: a formula never calculated (no cached <v>): no value to read, the row is a reject.
    xmlRow(7, [...penaltyRow(6).slice(0, 3), { xml: '<c><f>SUM(D2:D3)</f></c>' }, date, agency]),
    // Row 8: #REF! in the party column (text); row 9: #VALUE! in the fine column.
    xmlRow(8, [penaltyRow(7)[0], { xml: '<c t="e"><v>#REF!</v></c>' }, ...penaltyRow(7).slice(2)]),
    xmlRow(9, [...penaltyRow(8).slice(0, 3), { xml: '<c t="e"><v>#VALUE!</v></c>' }, date, agency]),
  ].join('');
}

/** Dates Excel cannot hold as serials (before 1900) in the date column, next to one good row. */
function oldDateRows(): string {
  const d = (n: number, cell: XmlCell) => [...penaltyRow(n).slice(0, 4), cell, AGENCY];
  return [
    xmlRow(1, PENALTY_HEADERS),
    xmlRow(2, penaltyRow(1)),
    xmlRow(3, d(2, '1899-12-31')), // typed as text: Excel keeps pre-1900 dates as text
    xmlRow(4, d(3, { xml: '<c t="d"><v>1850-06-01T00:00:00</v></c>' })), // ISO date cell
    xmlRow(5, d(4, { xml: '<c s="1"><v>1</v></c>' })), // serial 1 = 1900-01-01
    xmlRow(6, d(5, { xml: '<c s="1"><v>-3</v></c>' })), // negative serial: no date at all
  ].join('');
}

/** Four penalty rows whose agency (column F) is merged over rows 2–4: Excel keeps it in F2 only. */
function mergedRows(): Cell[][] {
  const body = rows(1, 4).map((r, i) => (i === 1 || i === 2 ? r.map((v, j) => (j === 5 ? null : v)) : r));
  return [header(), ...body];
}

/** The same penalty sheet with an XML declaration claiming GBK; `gbkBytes` also encodes it so. */
function gbkDeclared(gbkBytes: boolean): Buffer {
  const xml = sheetXml(xmlRow(1, PENALTY_HEADERS) + xmlRow(2, penaltyRow(1)) + xmlRow(3, penaltyRow(2)))
    .replace('encoding="UTF-8"', 'encoding="GBK"');
  const parts = workbookParts({ sheets: [{ name: '处罚', xml }] });
  if (gbkBytes) parts.find((p) => p.name.endsWith('sheet1.xml'))!.data = iconv.encode(xml, 'gbk');
  return buildZip(parts);
}

/** Writes the corpus into `dir` (created when missing); returns the files in a fixed order. */
export async function makeCorpus(dir: string): Promise<CorpusFile[]> {
  mkdirSync(dir, { recursive: true });
  const sample = readFileSync(SAMPLE);
  const huge = '违'.repeat(HUGE_CELL_CHARS);
  const files: [string, string, Buffer | Promise<Buffer>][] = [
    ['random-bytes.xlsx', '64 KB of random bytes named .xlsx', seededBytes(64 * 1024, 8)],
    ['random-bytes.csv', '64 KB of random bytes named .csv', seededBytes(64 * 1024, 9)],
    ['truncated.xlsx', 'the first half of a valid sample export', sample.subarray(0, sample.length >> 1)],
    ['not-ooxml.xlsx', 'a zip holding a text file and a CSV, no workbook', buildZip([{ name: 'readme.txt', data: '说明' }, { name: 'data/report.csv', data: 'a,b\n1,2\n' }])],
    ['empty.xlsx', '0 bytes', Buffer.alloc(0)],
    ['empty.csv', '0 bytes', Buffer.alloc(0)],
    ['header-only.xlsx', 'valid penalty headers, no rows', xlsx([{ name: '处罚', rows: [header()] }])],
    ['header-only.csv', 'valid penalty headers (GB18030), no rows', csvBytes([PENALTY_HEADERS])],
    ['unknown-shape.xlsx', 'headers that match no kind', xlsx([{ name: '名单', rows: [['姓名', '年龄', '爱好', '体重'], ['张三', 30, '下棋', 70], ['李四', 41, '钓鱼', 65]] }])],
    ['wide-16384.xlsx', '16 384 columns (Excel\'s maximum): penalty headers then filler', xlsx([{ name: '处罚', rows: wideSheet(16_384) }])],
    ['too-wide-16385.xlsx', '16 385 columns, one past Excel\'s maximum', xlsx([{ name: '处罚', rows: wideSheet(16_385) }])],
    ['huge-cell.xlsx', 'a shared string of 5 MB in a data row', xlsx([{ name: '处罚', rows: [[...header(), '违法事实'], [...penaltyRow(1), huge]] }])],
    ['huge-cell.csv', 'a 5 MB field in a data row', csvBytes([[...PENALTY_HEADERS, '违法事实'], [...penaltyRow(1), huge]])],
    ['sst-bomb.xlsx', `shared strings inflating to ${BOMB_GIB} GiB, declared as 1 234 bytes`, sharedStringsBomb(BOMB_GIB)],
    ['gbk-declared.xlsx', 'worksheet XML declaring encoding="GBK" but written in UTF-8', gbkDeclared(false)],
    ['gbk-encoded.xlsx', 'worksheet XML declaring and really written in GBK', gbkDeclared(true)],
    ['bom-misleading.csv', 'a UTF-8 BOM in front of GB18030 text', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csvBytes([PENALTY_HEADERS, ...rows(1, 3)])])],
    ['formulas-errors.xlsx', 'formulas (cached, text, uncalculated) and #N/A #DIV/0! #REF! #VALUE! cells in data columns', handmadeXlsx([{ name: '处罚', rows: formulaRows() }])],
    ['merged-data.xlsx', 'the agency merged over rows 2–4 (only the first cell holds it; every row of the merge gets it)', xlsx([{ name: '处罚', rows: mergedRows(), merges: ['F2:F4'] }])],
    ['hidden-sheets.xlsx', 'a visible sheet, a hidden and a very hidden one, all penalty tables', handmadeXlsx([
      { name: '处罚', rows: xmlRow(1, PENALTY_HEADERS) + xmlRow(2, penaltyRow(1)) + xmlRow(3, penaltyRow(2)) },
      { name: '旧数据', state: 'hidden', rows: xmlRow(1, PENALTY_HEADERS) + xmlRow(2, penaltyRow(1, '隐藏表罚')) },
      { name: '草稿', state: 'veryHidden', rows: xmlRow(1, PENALTY_HEADERS) + xmlRow(2, penaltyRow(1, '深度隐藏罚')) },
    ])],
    ['dates-before-1900.xlsx', 'dates before 1900 as text, ISO cell, serial 1 and a negative serial', handmadeXlsx([{ name: '处罚', rows: oldDateRows() }], { styles: DATE_STYLES })],
  ];
  const out: CorpusFile[] = [];
  for (const [name, what, bytes] of files) {
    writeFileSync(join(dir, name), await bytes);
    out.push({ name, what });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? 'bad-corpus');
  for (const f of await makeCorpus(dir)) console.log(`${f.name}\t${f.what}`);
}
