/**
 * Building blocks of the bad-file corpus: a small penalty table, hand-written worksheet XML (for the
 * cell kinds no normal writer produces on demand: error cells, formulas with and without a cached
 * value, ISO dates), a shared-strings bomb and seeded random bytes. The zip bytes themselves come
 * from the reader tests' zip builder and the sample-data writer, so nothing here zips by hand.
 */
import { deflateRawSync, constants } from 'node:zlib';
import { columnName } from '../../read/xlsx-cell-convert.ts';
import { buildZip, sheetXml, workbookParts, type ZipInput } from '../read/zip-builder.ts';

/** The penalty headers every penalty-shaped corpus file uses (the five required fields and one more). */
export const PENALTY_HEADERS = ['行政处罚决定书文号', '行政相对人名称', '处罚类别', '罚款金额', '处罚决定日期', '处罚机关'];

/** The agency of every corpus row (a real 连云港 agency, so the division is found). */
export const AGENCY = '连云港市市场监督管理局';

/** One ordinary penalty row; `n` makes the decision number and party unique. */
export function penaltyRow(n: number, prefix = '坏文件测试罚'): (string | number)[] {
  return [`${prefix}〔2025〕${n}号`, `测试商行${n}`, '罚款', 1000 + n, '2025-03-01', AGENCY];
}

/** A cell of hand-written XML: text → inline string, number → `<v>`, `{ xml }` → written as is. */
export type XmlCell = string | number | null | { xml: string };

/** A `<row>` of hand-written cells (1-based row number). */
export function xmlRow(r: number, cells: XmlCell[]): string {
  const out = cells.map((v, i) => {
    const ref = `${columnName(i)}${r}`;
    if (v === null) return '';
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
    return v.xml.replace('<c ', `<c r="${ref}" `);
  });
  return `<row r="${r}">${out.join('')}</row>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A style sheet whose cellXfs index 1 shows dates (built-in format 14), for serial-number dates. */
export const DATE_STYLES = '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>';

/** An .xlsx of hand-written sheets (name, `<sheetData>` rows, optional state such as "hidden"). */
export function handmadeXlsx(sheets: { name: string; rows: string; state?: string }[], extra: Partial<{ styles: string }> = {}): Buffer {
  return buildZip(workbookParts({
    sheets: sheets.map((s) => ({ name: s.name, xml: sheetXml(s.rows), state: s.state })),
    styles: extra.styles,
  }));
}

/**
 * A workbook whose shared-strings part inflates to `gib` GiB while the file stays a few MB: the
 * same full-flushed deflate segment (1 MiB of `<si>` records, ~1.4 KB compressed) is repeated, which
 * is a valid deflate stream because a full flush ends byte-aligned with an empty dictionary. The
 * local and central headers declare 1 234 bytes, so only inflating reveals the real size.
 */
export function sharedStringsBomb(gib: number): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = deflateRawSync('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', flush);
  // Records padded with whitespace: long runs deflate at the format's best ratio (~1000×).
  const block = deflateRawSync(Buffer.from(`<si><t>a</t></si>${' '.repeat(4096 - 17)}`.repeat(256)), flush);
  const tail = deflateRawSync('</sst>', { level: 9 });
  const parts = workbookParts({
    sheets: [{ name: 'S', xml: sheetXml(xmlRow(1, PENALTY_HEADERS) + xmlRow(2, penaltyRow(1))) }],
    sharedStrings: '',
  });
  const sst = parts.find((p) => p.name === 'xl/sharedStrings.xml') as ZipInput;
  sst.raw = Buffer.concat([head, ...Array.from({ length: gib * 1024 }, () => block), tail]);
  sst.declaredSize = 1234;
  return buildZip(parts);
}

/** `n` bytes from a fixed-seed generator (xorshift32): the same "random" file on every run. */
export function seededBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
