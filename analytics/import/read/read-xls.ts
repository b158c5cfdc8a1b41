/**
 * Legacy Excel 97-2003 (.xls, BIFF8) through SheetJS (`@e965/xlsx`, a maintained npm build). Also used
 * for ".xls" files that are really HTML tables or SpreadsheetML 2003 XML, which many government
 * systems export, and for the zip workbooks our own reader does not parse: Excel binary (.xlsb) and
 * OpenDocument (.ods, as WPS and LibreOffice save). The package is loaded lazily so the rest of the
 * reader works without it; such files are read whole, within `maxWholeFileBytes` (.xls files are at
 * most 65 536 rows anyway).
 */
import { VerticalMergeFill, type MergeRange } from './merge-fill.ts';
import { readFile, stat } from 'node:fs/promises';
import type { Cell, SheetRow, SheetSource, WorkbookSource } from '../types.ts';
import { resolveLimits, type ReadOptions } from './limits.ts';
import { readError, formatBytes } from './read-error.ts';
import { asReadError } from './read-guard.ts';
import { excelSerialToDate, isBuiltinDateFormat, isDateFormatCode } from './excel-dates.ts';
import { detectEncoding } from './csv-encoding.ts';
import { sniffFormat } from './sniff-format.ts';
import { columnIndex } from './xlsx-cell-convert.ts';

/** The few SheetJS shapes this reader uses (typed here so the package stays optional). */
interface SjsCell { t?: string; v?: unknown; w?: string; z?: string | number }
type SjsSheet = Record<string, unknown> & { '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[]; '!ref'?: string; '!data'?: (SjsCell[] | undefined)[] };
interface SjsWorkbook {
  SheetNames: string[];
  Sheets: Record<string, SjsSheet>;
  Workbook?: { Sheets?: ({ Hidden?: number } | undefined)[]; WBProps?: { date1904?: boolean } };
}
interface SjsModule { read(data: Buffer | string, opts: Record<string, unknown>): SjsWorkbook }

/** The npm package name of the SheetJS build; kept in a variable so TypeScript does not require it. */
const SHEETJS_PACKAGE = '@e965/xlsx';
const BATCH_ROWS = 2000;
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A',
};

/** Loads SheetJS, or null when the package is not installed. */
export async function loadSheetJs(): Promise<SjsModule | null> {
  try {
    const mod = (await import(SHEETJS_PACKAGE)) as SjsModule & { default?: SjsModule };
    return typeof mod.read === 'function' ? mod : (mod.default ?? null);
  } catch {
    return null;
  }
}

/** Converts one SheetJS cell to a {@link Cell}: dates by their number format, errors as their text. */
export function sheetJsCellToCell(cell: SjsCell | undefined, date1904: boolean): Cell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  const v = cell.v;
  switch (cell.t) {
    case 's': return v === '' ? null : String(v);
    case 'b': return Boolean(v);
    case 'e': return cell.w ?? ERROR_TEXT[v as number] ?? '#ERR';
    case 'n': {
      const z = cell.z;
      const isDate = typeof z === 'number' ? isBuiltinDateFormat(z) : typeof z === 'string' && isDateFormatCode(z);
      return (isDate ? excelSerialToDate(v as number, date1904) : null) ?? (v as number);
    }
    case 'd': {
      // SheetJS builds such dates in local time; keep the wall clock as UTC fields like the other readers.
      const d = v instanceof Date ? v : new Date(String(v));
      if (Number.isNaN(d.getTime())) return String(v);
      return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()));
    }
    default: return typeof v === 'number' || typeof v === 'string' ? v : String(v);
  }
}

/** The sheet's cells as rows of cells keyed by 0-based row index (dense or sparse SheetJS sheets). */
function sheetGrid(ws: SjsSheet): Map<number, SjsCell[]> {
  const grid = new Map<number, SjsCell[]>();
  const dense = ws['!data'];
  if (Array.isArray(dense)) {
    dense.forEach((row, r) => { if (row) grid.set(r, row); });
    return grid;
  }
  for (const key of Object.keys(ws)) {
    // Older SheetJS dense sheets keep rows under numeric keys.
    if (/^\d+$/.test(key) && Array.isArray(ws[key])) { grid.set(Number(key), ws[key] as SjsCell[]); continue; }
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (!m) continue;
    const r = Number(m[2]) - 1;
    let row = grid.get(r);
    if (!row) grid.set(r, (row = []));
    row[columnIndex(m[1])] = ws[key] as SjsCell;
  }
  return grid;
}

async function* sheetRows(ws: SjsSheet, date1904: boolean, signal?: AbortSignal): AsyncGenerator<SheetRow[], void, undefined> {
  const grid = sheetGrid(ws);
  const order = [...grid.keys()].sort((a, b) => a - b);
  const merges = new VerticalMergeFill(sheetMerges(ws));
  let batch: SheetRow[] = [];
  for (const r of order) {
    const src = grid.get(r)!;
    const cells: Cell[] = [];
    let last = -1;
    for (let c = 0; c < src.length; c++) {
      const v = sheetJsCellToCell(src[c], date1904);
      cells.push(v);
      if (v !== null) last = c;
    }
    if (last < 0) continue;
    cells.length = last + 1;
    batch.push({ row: r + 1, cells });
    if (batch.length >= BATCH_ROWS) {
      if (!merges.empty) merges.apply(batch);
      yield batch;
      batch = [];
      signal?.throwIfAborted();
    }
  }
  if (!merges.empty) merges.apply(batch);
  if (batch.length > 0) yield batch;
}

/** SheetJS's `!merges` (0-based rows and columns) as {@link MergeRange}s. */
function sheetMerges(ws: SjsSheet): MergeRange[] {
  const list = ws['!merges'];
  if (!Array.isArray(list)) return [];
  return list.map((m: { s: { r: number; c: number }; e: { r: number; c: number } }) => ({
    firstRow: m.s.r + 1, lastRow: m.e.r + 1, firstCol: m.s.c, lastCol: m.e.c,
  }));
}

/** The workbook formats read through SheetJS. */
export type SheetJsFormat = 'xls' | 'xlsb' | 'ods';

/** How messages name each format: as a whole, in the size limit, in "not a valid … file". */
const FORMAT_NAMES: Record<SheetJsFormat, { is: string; size: string; valid: string }> = {
  xls: { is: '旧版 Excel 97-2003（.xls）', size: '旧版 .xls', valid: 'Excel 97-2003' },
  xlsb: { is: 'Excel 二进制工作簿（.xlsb）', size: '.xlsb', valid: 'Excel 二进制工作簿 .xlsb' },
  ods: { is: 'OpenDocument 表格（.ods）', size: '.ods', valid: 'OpenDocument 表格 .ods' },
};

/** Opens an .xls workbook (or an HTML / XML 2003 file saved as .xls), an .xlsb or an .ods with SheetJS. */
export async function openXls(path: string, opts: ReadOptions = {}, format: SheetJsFormat = 'xls'): Promise<WorkbookSource> {
  const limits = resolveLimits(opts.limits);
  const names = FORMAT_NAMES[format];
  const xlsx = await loadSheetJs();
  if (!xlsx) {
    throw readError(path, `是${names.is}文件，读取它所需的组件 ${SHEETJS_PACKAGE} 未安装；请在 Excel 或 WPS 中另存为 .xlsx 后再导入`);
  }
  let wb: SjsWorkbook;
  try {
    const size = (await stat(path)).size;
    if (size > limits.maxWholeFileBytes) throw readError(path, `过大（${formatBytes(size)}），${names.size} 文件最多读取 ${formatBytes(limits.maxWholeFileBytes)}`);
    opts.signal?.throwIfAborted();
    const data = await readFile(path);
    const parse = { cellDates: false, cellNF: true, cellFormula: false, cellHTML: false, dense: true };
    // HTML / XML "Excel" exports are often GBK: decode them ourselves, SheetJS would assume UTF-8.
    if (sniffFormat(data.subarray(0, 512)) === 'markup') {
      const { encoding, bomLength } = detectEncoding(data, true);
      wb = xlsx.read(new TextDecoder(encoding).decode(data.subarray(bomLength)), { ...parse, type: 'string' });
    } else {
      wb = xlsx.read(data, { ...parse, type: 'buffer' });
    }
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(msg)) throw readError(path, '已加密，无法读取（请先在 Excel 中取消密码保护）', err);
    if (err instanceof Error && !(err as NodeJS.ErrnoException).code && err.name !== 'ReadError' && err.name !== 'AbortError') {
      throw readError(path, `不是有效的 ${names.valid} 文件（${msg}）`, err);
    }
    throw asReadError(path, err);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets: SheetSource[] = wb.SheetNames.map((name, index) => ({
    name,
    index,
    hidden: (wb.Workbook?.Sheets?.[index]?.Hidden ?? 0) > 0,
    rows: (signal?: AbortSignal) => sheetRows(wb.Sheets[name] ?? {}, date1904, signal ?? opts.signal),
  }));
  return { path, format: 'xls', encoding: null, sheets, close: async () => {} };
}
