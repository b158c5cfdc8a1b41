/**
 * Streaming .xlsx reader of our own, built for speed: zip directory → workbook.xml for the sheet list →
 * shared strings and date styles resolved once (lazily, on the first rows() call) → each sheet's XML
 * inflated by native zlib and scanned byte by byte — for a large sheet on a worker thread, while this
 * thread loads the shared strings and then converts cells. Memory stays bounded by the shared-strings
 * table plus a few batches of rows; the sheet XML is never held whole.
 */
import type { SheetRow, SheetSource, WorkbookSource } from '../types.ts';
import { findEntry, openZip, type ZipArchive } from './zip-directory.ts';
import { readWorkbookInfo, type XlsxSheetInfo, type XlsxWorkbookInfo } from './xlsx-workbook.ts';
import { readSharedStrings } from './xlsx-shared-strings.ts';
import type { SharedStringTable } from './shared-string-table.ts';
import { readDateStyles } from './xlsx-styles.ts';
import { SheetScanner, type SheetScanContext } from './xlsx-sheet-scanner.ts';
import { openSheetRegions, sheetFail } from './xlsx-sheet-regions.ts';
import { workerSheetRows } from './sheet-worker-client.ts';
import { resolveLimits, sheetWorkerMinBytes, type ReadLimits, type ReadOptions } from './limits.ts';
import { readError } from './read-error.ts';
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

  const workerFrom = sheetWorkerMinBytes(opts);
  const sheets: SheetSource[] = info.sheets.map((sheet, index) => {
    const here = (signal?: AbortSignal) => readSheetRows(zip, info, sheet, limits, loadShared, signal);
    // The directory's size only picks the thread; the limits are enforced wherever the scan runs.
    const size = findEntry(zip, sheet.part)?.uncompressedSize ?? 0;
    const onWorker = (signal?: AbortSignal) => workerSheetRows(
      { path, sheet: { name: sheet.name, part: sheet.part }, limits, batchRows: XLSX_BATCH_ROWS },
      async () => scanContext(info, limits, await loadShared(signal), sheetFail(path, sheet.name)),
      () => here(signal), signal);
    return {
      name: sheet.name,
      index,
      hidden: sheet.hidden,
      rows: (signal?: AbortSignal) =>
        guardRows(path, (size >= workerFrom ? onWorker : here)(signal ?? opts.signal)),
    };
  });
  return { path, format: 'xlsx', encoding: null, sheets, close: async () => {} };
}

function scanContext(
  info: XlsxWorkbookInfo, limits: ReadLimits, shared: SharedParts, fail: (problem: string) => Error,
): SheetScanContext {
  return {
    sharedStrings: shared.sharedStrings, dateStyles: shared.dateStyles, date1904: info.date1904,
    maxColumns: limits.maxColumns, maxCellChars: limits.maxCellChars, fail,
  };
}

async function* readSheetRows(
  zip: ZipArchive,
  info: XlsxWorkbookInfo,
  sheet: XlsxSheetInfo,
  limits: ReadLimits,
  loadShared: (signal?: AbortSignal) => Promise<SharedParts>,
  signal?: AbortSignal,
): AsyncGenerator<SheetRow[], void, undefined> {
  const shared = await loadShared(signal);
  const opened = await openSheetRegions(zip, sheet, limits, signal);
  if (!opened) return;
  const scanner = new SheetScanner(scanContext(info, limits, shared, opened.fail), opened.prefix);
  const regions = opened.regions;
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
