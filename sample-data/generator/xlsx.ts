/**
 * Deterministic .xlsx writing. The package is assembled here (SpreadsheetML parts with shared
 * strings, a small style sheet for dates and bold titles, merged ranges) and zipped with fflate —
 * pure JS, so the bytes do not depend on the platform's zlib — in a fixed entry order with a fixed
 * timestamp; document properties carry fixed dates. Same content → same bytes on any machine.
 * (exceljs's writer was used first; it stamps the zip with the time of writing and was three
 * times slower on the default set. The tests read every file back with exceljs.)
 */

import { writeFile } from 'node:fs/promises';
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A cell value: text, number, a wall-clock date (UTC fields), or empty. */
export type Cell = string | number | Date | null;

/** One worksheet. */
export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Merged ranges such as `A1:Z1`. */
  merges?: string[];
  widths?: number[];
  /** Rows (1-based) written bold: titles and headers. */
  boldRows?: number[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes of `styles.xml` below. */
const STYLE = { date: 1, dateTime: 2, bold: 3, boldDate: 4 } as const;

const STYLES = `${HEAD}<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="2"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function esc(s: string): string {
  // Drop characters XML 1.0 forbids, then escape markup.
  // eslint-disable-next-line no-control-regex -- removing those control characters is the point
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters of a 1-based index (1 → A, 27 → AA). */
function colName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`);
    return `${HEAD}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

function cellXml(ref: string, v: Cell, bold: boolean, sst: SharedStrings): string {
  if (v === null || v === '') return '';
  if (typeof v === 'number') return `<c r="${ref}"${bold ? ` s="${STYLE.bold}"` : ''}><v>${v}</v></c>`;
  if (v instanceof Date) {
    const serial = v.getTime() / 86_400_000 + 25569;
    const timed = v.getUTCHours() || v.getUTCMinutes() || v.getUTCSeconds();
    const s = timed ? STYLE.dateTime : bold ? STYLE.boldDate : STYLE.date;
    return `<c r="${ref}" s="${s}"><v>${serial}</v></c>`;
  }
  return `<c r="${ref}"${bold ? ` s="${STYLE.bold}"` : ''} t="s"><v>${sst.id(v)}</v></c>`;
}

function sheetXml(s: SheetSpec, sst: SharedStrings): string {
  const bold = new Set(s.boldRows ?? []);
  const width = Math.max(1, ...s.rows.map((r) => r.length));
  const parts: string[] = [];
  s.rows.forEach((row, i) => {
    const r = i + 1;
    const cells = row.map((v, j) => cellXml(`${colName(j + 1)}${r}`, v, bold.has(r), sst)).join('');
    if (cells !== '') parts.push(`<row r="${r}">${cells}</row>`);
  });
  const cols = s.widths ? `<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const merges = s.merges && s.merges.length > 0 ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${RNS}"><dimension ref="A1:${colName(width)}${Math.max(1, s.rows.length)}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${parts.join('')}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function packageParts(sheets: SheetSpec[], year: number): Zippable {
  const sst = new SharedStrings();
  const sheetParts = sheets.map((s) => sheetXml(s, sst));
  const stamp = `${year}-01-31T09:00:00Z`;
  const types = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PKG}/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${RNS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/app.xml': `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>执法监督分析工作站样例数据</Application></Properties>`,
    'docProps/core.xml': `${HEAD}<cp:coreProperties xmlns:cp="${PKG}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>执法监督分析工作站样例数据</dc:creator><cp:lastModifiedBy>执法监督分析工作站样例数据</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="${NS}" xmlns:r="${RNS}"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="${PKG}/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${RNS}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': sst.xml(),
  };
  sheetParts.forEach((xml, i) => { parts[`xl/worksheets/sheet${i + 1}.xml`] = xml; });
  // fflate writes the DOS timestamp from local date fields, so a local Date keeps bytes TZ-independent.
  const mtime = new Date(year, 0, 31, 9, 0, 0);
  const out: Zippable = {};
  for (const [name, xml] of Object.entries(parts)) out[name] = [strToU8(xml), { level: 4, mtime }];
  return out;
}

/** Build a workbook in memory; `year` fixes every date the package carries. */
export async function xlsxBytes(sheets: SheetSpec[], year: number): Promise<Uint8Array> {
  return zipSync(packageParts(sheets, year));
}

/** Write a workbook; returns its size in bytes. */
export async function writeXlsx(path: string, sheets: SheetSpec[], year: number): Promise<number> {
  const bytes = await xlsxBytes(sheets, year);
  await writeFile(path, bytes);
  return bytes.length;
}
