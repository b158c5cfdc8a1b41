/**
 * The valid starting points of the import fuzzer: a few committed sample exports of every common
 * kind, read into plain cell grids with exceljs / iconv-lite (independently of our own readers) and
 * cut to a few hundred rows so each case imports in well under a second. Also writes grids back as
 * .xlsx or .csv and counts their data rows the way the README defines them.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportKind } from '../../types.ts';
import { SAMPLE_EXPORTS } from '../../../workspace/sample.ts';

/** One cell as the fuzzer handles it (null = empty). */
export type Cell = string | number | Date | null;

/** One sheet: its rows, merged ranges ('A1:H1'), and where its data rows start (0-based). */
export interface SheetGrid {
  name: string;
  rows: Cell[][];
  merges: string[];
  dataStart: number;
}

/** A base file: the sample it came from, its kind and its sheets. */
export interface BaseFile {
  source: string;
  kind: ImportKind;
  format: 'xlsx' | 'csv';
  sheets: SheetGrid[];
}

/** The samples used, with the first data row where a header spans two rows. */
const BASES: { file: string; kind: ImportKind; dataStart?: number }[] = [
  { file: '行政处罚_案件系统导出_连云港市交通运输局_2025.csv', kind: 'penalty' },
  { file: '行政处罚_双公示_高新区_2025.xlsx', kind: 'penalty' },
  { file: '12345工单_2025.xlsx', kind: 'ticket' },
  { file: '行政检查记录_2025.xlsx', kind: 'inspection' },
  { file: '案卷评查结果_2025.xlsx', kind: 'review' },
  { file: '裁量基准_市场监管.xlsx', kind: 'benchmark' },
  { file: '执法满意度调查_2025.xlsx', kind: 'survey' },
  { file: '行政执法统计年报_2025.xlsx', kind: 'annual_stat', dataStart: 3 },
  { file: '执法机关名录.xlsx', kind: 'agency' },
];

/** The header: the first row with three or more filled text cells. */
function headerIndex(rows: Cell[][]): number {
  const i = rows.findIndex((r) => r.filter((c) => typeof c === 'string' && c.trim() !== '').length >= 3);
  return Math.max(0, i);
}

/** Reads every base file, each sheet cut to `maxRows` data rows. */
export async function loadBaseFiles(maxRows = 200): Promise<BaseFile[]> {
  const out: BaseFile[] = [];
  for (const b of BASES) {
    const path = join(SAMPLE_EXPORTS, b.file);
    if (b.file.endsWith('.csv')) {
      // The agencies' systems write GB18030; the samples have no quoted fields.
      const lines = iconv.decode(readFileSync(path), 'gb18030').split(/\r?\n/).filter((l) => l !== '');
      const rows: Cell[][] = lines.map((l) => l.split(',').map((c) => (c === '' ? null : c)));
      const dataStart = b.dataStart ?? headerIndex(rows) + 1;
      out.push({ source: b.file, kind: b.kind, format: 'csv', sheets: [{ name: 'csv', rows: rows.slice(0, dataStart + maxRows), merges: [], dataStart }] });
      continue;
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheets: SheetGrid[] = [];
    for (const ws of wb.worksheets) {
      const rows: Cell[][] = [];
      ws.eachRow({ includeEmpty: true }, (r) => {
        const cells: Cell[] = [];
        // exceljs repeats a merged value in every cell of the range: keep it only in the master.
        r.eachCell({ includeEmpty: true }, (c) => cells.push(c.isMerged && c.master !== c ? null : plain(c.value)));
        rows.push(cells);
      });
      const dataStart = b.dataStart ?? headerIndex(rows) + 1;
      const kept = rows.slice(0, dataStart + maxRows);
      const merges = ((ws.model as { merges?: string[] }).merges ?? []).filter((m) => rowOf(m) <= kept.length);
      sheets.push({ name: ws.name, rows: kept, merges, dataStart });
    }
    out.push({ source: b.file, kind: b.kind, format: 'xlsx', sheets });
  }
  return out;
}

function rowOf(range: string): number {
  return Number(/(\d+)$/.exec(range)?.[1] ?? 0);
}

/** A cell value exceljs returns, as a plain value (rich text, formulas and hyperlinks flattened). */
function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

/** A deep copy of a base file's sheets, for mutating. */
export function cloneSheets(sheets: readonly SheetGrid[]): SheetGrid[] {
  return sheets.map((s) => ({ ...s, merges: [...s.merges], rows: s.rows.map((r) => [...r]) }));
}

/** Writes sheets as an .xlsx file (exceljs). */
export async function xlsxBytes(sheets: readonly SheetGrid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(Array.from(r, (v) => v ?? undefined));
    for (const m of s.merges) {
      try {
        ws.mergeCells(m);
      } catch {
        // A mutation moved rows under a merge: the file is then written without it.
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV text of one sheet (RFC 4180 quoting, CRLF), cells as a spreadsheet would export them. */
function csvText(rows: readonly Cell[][], sep = ','): string {
  const cell = (v: Cell) => {
    const s = v === null || v === undefined ? '' : v instanceof Date ? (Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString().slice(0, 10)) : String(v);
    return s.includes(sep) || /["\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
  };
  return rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

/** The CSV encodings the fuzzer writes; `mixed` and `mojibake` are the broken ones seen in the wild. */
export const CSV_ENCODINGS = ['utf8', 'utf8-bom', 'gb18030', 'utf16le', 'mixed', 'mojibake'] as const;

/** A CSV encoding. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/**
 * Writes rows as CSV bytes. UTF-16 files are tab-separated, as Excel's "Unicode text" is. `mixed`:
 * the first line in UTF-8 and the rest in GB18030 (two exports pasted together); `mojibake`:
 * GB18030 bytes once decoded as UTF-8 and saved again (replacement characters everywhere) — GBK
 * trail bytes are never a comma, quote or line break, so the row structure survives.
 */
export function csvBytes(rows: readonly Cell[][], enc: CsvEncoding): Buffer {
  const text = csvText(rows, enc === 'utf16le' ? '\t' : ',');
  switch (enc) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'mixed': {
      const cut = text.indexOf('\n') + 1;
      return Buffer.concat([Buffer.from(text.slice(0, cut), 'utf8'), iconv.encode(text.slice(cut), 'gb18030')]);
    }
    case 'mojibake':
      return Buffer.from(iconv.encode(text, 'gb18030').toString('utf8'), 'utf8');
  }
}

function isEmpty(c: Cell): boolean {
  // undefined: a hole of a sparse row, made by a mutation that wrote past the row's end.
  return c === null || c === undefined || (typeof c === 'string' && c.replace(/[\s\u3000\u00a0]/g, '') === '');
}

// The fuzzer's own total and note rows (and the samples' 合计 rows); its garbage text never holds
// 计, 总, 汇 or a colon, so random cells cannot form either.
const TOTAL = /^(合计|总计|小计|汇总)$/;
const NOTE = /^(注|说明|制表人|填表说明)[:：]/;

/**
 * Data rows of a sheet as the README defines them: rows under the header that are neither blank
 * nor a 合计 / note row. Counted from the grid the fuzzer wrote, not from anything the importer says.
 */
export function dataRowCount(sheet: SheetGrid): number {
  return sheet.rows.slice(sheet.dataStart).filter((r) => {
    const filled = r.filter((c) => !isEmpty(c));
    if (!filled.length) return false;
    // Like the importer, a 合计 label may sit in any of the first three filled cells (after a 序号).
    return !filled.slice(0, 3).some((c) => TOTAL.test(String(c).trim())) && !NOTE.test(String(filled[0]).trim());
  }).length;
}
