/**
 * Streaming .xlsx reader of our own, built for speed: zip directory → workbook.xml for the sheet list →
 * shared strings and date styles resolved once (lazily, on the first rows() call) → each sheet's XML
 * inflated by native zlib and scanned byte by byte. On machines with enough cores (`limits.ts`) a
 * large sheet is scanned on a worker thread and its shared strings parsed on another, while this
 * thread converts cells. Memory stays bounded by the shared-strings table plus a few batches of
 * rows; the sheet XML is never held whole.
 */
import type { SheetRow, SheetSource, WorkbookSource } from '../types.ts';
import { findEntry, openZip, type ZipArchive } from './zip-directory.ts';
import { readWorkbookInfo, sheetJsZipFormat, type XlsxSheetInfo, type XlsxWorkbookInfo } from './xlsx-workbook.ts';
import { openXls } from './read-xls.ts';
import { readSharedStrings } from './xlsx-shared-strings.ts';
import type { SharedStrings } from './shared-string-table.ts';
import { readDateStyles } from './xlsx-styles.ts';
import { SheetScanner, type SheetScanContext } from './xlsx-sheet-scanner.ts';
import { openSheetRegions, sheetFail } from './xlsx-sheet-regions.ts';
import { workerSheetRows, type WorkerScanContext } from './sheet-worker-client.ts';
import { ProgressiveSharedStrings } from './shared-strings-client.ts';
import { resolveLimits, sheetWorkerMinBytes, type ReadLimits, type ReadOptions } from './limits.ts';
import { readError } from './read-error.ts';
import { asReadError, guardRows } from './read-guard.ts';
import { readMerges } from './xlsx-merges.ts';
import { VerticalMergeFill } from './merge-fill.ts';

/**
 * Shared-strings parts from this size are parsed on a worker while a big sheet is read (about
 * 40 000 strings); smaller ones take too little time to be worth a thread. (With the sheet worker
 * forced on every sheet, as the tests do, every table is parsed on a worker.)
 */
const PROGRESSIVE_STRINGS_MIN_BYTES = 2 * 1024 ** 2;

/** Rows per yielded batch: big enough to amortize the async hop, small enough for prompt aborts. */
export const XLSX_BATCH_ROWS = 2000;

interface SharedParts { sharedStrings: SharedStrings; dateStyles: Uint8Array }

/** Opens an .xlsx / .xlsm workbook. Reads only the directory and workbook.xml here. */
export async function openXlsx(path: string, opts: ReadOptions = {}): Promise<WorkbookSource> {
  const limits = resolveLimits(opts.limits);
  let zip: ZipArchive;
  let info: XlsxWorkbookInfo;
  try {
    zip = await openZip(path);
    const other = sheetJsZipFormat(zip);
    if (other) return await openXls(path, opts, other);
    info = await readWorkbookInfo(zip, limits.maxPartBytes, opts.signal);
  } catch (err) {
    throw asReadError(path, err);
  }
  if (info.sheets.length === 0) throw readError(path, '中没有可读取的工作表');

  const workerFrom = sheetWorkerMinBytes(opts);
  const sizeOf = (part: string | null) => (part ? findEntry(zip, part)?.uncompressedSize ?? 0 : 0);
  // A workbook with a sheet big enough for the sheet worker parses a big shared-strings table on a
  // worker of its own, so the sheet's first rows need not wait for the whole table.
  const stringsPart = info.sharedStringsPart;
  const progressiveFrom = stringsPart && sizeOf(stringsPart) >= Math.min(PROGRESSIVE_STRINGS_MIN_BYTES, workerFrom)
    && info.sheets.some((s) => sizeOf(s.part) >= workerFrom) ? stringsPart : null;
  let progressive: ProgressiveSharedStrings | null = null;
  const progressiveStrings = (part: string) => (progressive ??= new ProgressiveSharedStrings(zip, part, limits));

  // Shared by all sheets; a failed or aborted load is forgotten so a later call can retry.
  let shared: Promise<SharedParts> | null = null;
  const loadShared = (signal?: AbortSignal): Promise<SharedParts> => {
    shared ??= (async () => ({
      sharedStrings: progressiveFrom
        ? await progressiveStrings(progressiveFrom).complete()
        : await readSharedStrings(zip, info.sharedStringsPart, limits, signal),
      dateStyles: await loadDateStyles(signal),
    }))();
    shared.catch(() => { shared = null; progressive = null; });
    return shared;
  };
  let styles: Promise<Uint8Array> | null = null;
  const loadDateStyles = (signal?: AbortSignal): Promise<Uint8Array> => {
    styles ??= readDateStyles(zip, info.stylesPart, limits.maxPartBytes, signal);
    styles.catch(() => { styles = null; });
    return styles;
  };
  const workerContext = async (fail: (problem: string) => Error, signal?: AbortSignal): Promise<WorkerScanContext> => {
    if (!progressiveFrom) return { ctx: scanContext(info, limits, await loadShared(signal), fail) };
    const strings = progressiveStrings(progressiveFrom);
    const dateStyles = await loadDateStyles(signal);
    return {
      ctx: scanContext(info, limits, { sharedStrings: strings.table, dateStyles }, fail),
      until: (n) => strings.until(n),
      complete: () => strings.complete(),
    };
  };

  const sheets: SheetSource[] = info.sheets.map((sheet, index) => {
    const here = (signal?: AbortSignal) => readSheetRows(zip, info, sheet, limits, loadShared, signal);
    // The directory's size only picks the thread; the limits are enforced wherever the scan runs.
    const size = sizeOf(sheet.part);
    const onWorker = (signal?: AbortSignal) => workerSheetRows(
      { path, sheet: { name: sheet.name, part: sheet.part }, limits, batchRows: XLSX_BATCH_ROWS },
      () => workerContext(sheetFail(path, sheet.name), signal),
      () => here(signal), signal);
    return {
      name: sheet.name,
      index,
      hidden: sheet.hidden,
      rows: (signal?: AbortSignal) => {
        const s = signal ?? opts.signal;
        return guardRows(path, withMerges(zip, sheet.part, limits, (size >= workerFrom ? onWorker : here)(s), s));
      },
    };
  });
  return { path, format: 'xlsx', encoding: null, sheets, close: async () => { progressive?.close(); } };
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

/** The sheet's rows with its vertical merges filled down (merge-fill.ts), whichever thread scans them. */
async function* withMerges(
  zip: ZipArchive, part: string, limits: ReadLimits, rows: AsyncIterable<SheetRow[]>, signal?: AbortSignal,
): AsyncGenerator<SheetRow[], void, undefined> {
  const merges = new VerticalMergeFill(await readMerges(zip, part, limits, signal));
  if (merges.empty) {
    yield* rows;
    return;
  }
  for await (const batch of rows) {
    merges.apply(batch);
    yield batch;
  }
}
