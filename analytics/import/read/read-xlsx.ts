/**
 * Streaming .xlsx reader of our own, built for speed: zip directory → workbook.xml for the sheet list →
 * shared strings and date styles resolved once (lazily, on the first rows() call) → each sheet's XML
 * inflated by native zlib and scanned byte by byte. Memory stays bounded by the shared-strings table
 * plus one batch of rows; the sheet XML is never held whole.
 */
import type { SheetRow, SheetSource, WorkbookSource } from '../types.ts';
import { findEntry, openZip, type ZipArchive } from './zip-directory.ts';
import { readEntryChunks } from './zip-entry-stream.ts';
import { readWorkbookInfo, type XlsxSheetInfo, type XlsxWorkbookInfo } from './xlsx-workbook.ts';
import { readSharedStrings } from './xlsx-shared-strings.ts';
import type { SharedStringTable } from './shared-string-table.ts';
import { readDateStyles } from './xlsx-styles.ts';
import { SheetScanner } from './xlsx-sheet-scanner.ts';
import { recordRegions } from './xml-record-chunks.ts';
import { utf8Chunks } from './xml-encoding.ts';
import { detectPrefix } from './xml-bytes.ts';
import { resolveLimits, type ReadLimits, type ReadOptions } from './limits.ts';
import { readError, formatBytes } from './read-error.ts';
import { asReadError, guardRows } from './read-guard.ts';

/** Rows per yielded batch: big enough to amortize the async hop, small enough for prompt aborts. */
export const XLSX_BATCH_ROWS = 2000;

interface SharedParts { sharedStrings: SharedStringTable; dateStyles: Uint8Array }

/** Opens an .xlsx / .xlsm workbook. Reads only the directory and workbook.xml here. */
export async function openXlsx(path: string, opts: ReadOptions = {}): Promise<WorkbookSource> {
  const limits = resolveLimits(opts.limits);
  let zip: ZipArchive;
  let info: XlsxWorkbookInfo;
  try {
    zip = await openZip(path);
    info = await readWorkbookInfo(zip, limits.maxPartBytes, opts.signal);
  } catch (err) {
    throw asReadError(path, err);
  }
  if (info.sheets.length === 0) throw readError(path, '中没有可读取的工作表');

  // Shared by all sheets; a failed or aborted load is forgotten so a later call can retry.
  let shared: Promise<SharedParts> | null = null;
  const loadShared = (signal?: AbortSignal): Promise<SharedParts> => {
    shared ??= (async () => ({
      sharedStrings: await readSharedStrings(zip, info.sharedStringsPart, limits, signal),
      dateStyles: await readDateStyles(zip, info.stylesPart, limits.maxPartBytes, signal),
    }))();
    shared.catch(() => { shared = null; });
    return shared;
  };

  const sheets: SheetSource[] = info.sheets.map((sheet, index) => ({
    name: sheet.name,
    index,
    hidden: sheet.hidden,
    rows: (signal?: AbortSignal) =>
      guardRows(path, readSheetRows(zip, info, sheet, limits, loadShared, signal ?? opts.signal)),
  }));
  return { path, format: 'xlsx', encoding: null, sheets, close: async () => {} };
}

async function* readSheetRows(
  zip: ZipArchive,
  info: XlsxWorkbookInfo,
  sheet: XlsxSheetInfo,
  limits: ReadLimits,
  loadShared: (signal?: AbortSignal) => Promise<SharedParts>,
  signal?: AbortSignal,
): AsyncGenerator<SheetRow[], void, undefined> {
  const { sharedStrings, dateStyles } = await loadShared(signal);
  const entry = findEntry(zip, sheet.part);
  if (!entry) throw readError(zip.path, `的工作表 "${sheet.name}" 缺失（文件不完整）`);
  const fail = (problem: string) => readError(zip.path, `的工作表 "${sheet.name}" ${problem}`);
  const chunks = readEntryChunks(zip, entry, {
    maxBytes: limits.maxSheetBytes,
    signal,
    verifyCrc: limits.verifySheetCrc,
    tooLarge: () => fail(`过大（解压后超过 ${formatBytes(limits.maxSheetBytes)}），已拒绝`),
  });
  const first = await chunks.next();
  if (first.done) return;
  const prefix = detectPrefix(first.value, 'worksheet') ?? '';
  const scanner = new SheetScanner({
    sharedStrings, dateStyles, date1904: info.date1904,
    maxColumns: limits.maxColumns, maxCellChars: limits.maxCellChars, fail,
  }, prefix);
  const regions = recordRegions(
    utf8Chunks(first.value, chunks, (enc) => fail(`使用了无法识别的字符编码 ${enc}，请在 Excel 或 WPS 中打开后另存为 .xlsx`)),
    `<${prefix}row`, limits.maxRowBytes,
    () => fail(`中有一行数据超过 ${formatBytes(limits.maxRowBytes)}，已拒绝`),
  );
  for await (const region of regions) {
    scanner.scan(region);
    if (scanner.rows.length >= XLSX_BATCH_ROWS) {
      const batch = scanner.rows;
      scanner.rows = [];
      yield batch;
      signal?.throwIfAborted();
    }
    // Nothing after </sheetData> holds cells: stop inflating.
    if (scanner.done) break;
  }
  if (scanner.rows.length > 0) yield scanner.rows;
}
