/**
 * Limits that keep a hostile or broken input file from exhausting memory or time. Every reader takes
 * the same shape; callers override single fields and keep the rest of the defaults.
 */
import { availableParallelism } from 'node:os';

/** Size and shape limits applied while reading an input file. */
export interface ReadLimits {
  /** Largest uncompressed size of one worksheet inside an .xlsx (bytes). */
  maxSheetBytes: number;
  /** Largest uncompressed size of `xl/sharedStrings.xml` (bytes). */
  maxSharedStringsBytes: number;
  /** Largest uncompressed size of the small workbook parts (workbook.xml, rels, styles.xml). */
  maxPartBytes: number;
  /**
   * Largest compression ratio (uncompressed / compressed) accepted for the shared-strings part once it
   * has grown past `ratioCheckAfterBytes`. Real shared-string tables compress 5–30×; a zip bomb 1000×.
   */
  maxSharedStringsRatio: number;
  /** The ratio check starts only past this many uncompressed bytes: small parts may compress well. */
  ratioCheckAfterBytes: number;
  /** Largest number of columns in a row (Excel's own maximum is 16 384, column XFD). */
  maxColumns: number;
  /**
   * Longest text of one cell, in characters. Longer cells make the file refused (not truncated), so
   * no value is silently altered; Excel itself stops at 32 767 characters per cell.
   */
  maxCellChars: number;
  /** Largest amount of XML one sheet row may occupy (bytes) — bounds the reader's buffering. */
  maxRowBytes: number;
  /** Largest file the legacy .xls reader accepts: it has to load the whole file at once. */
  maxWholeFileBytes: number;
  /**
   * Also check the CRC-32 of worksheet data (always checked for the other parts). On by default:
   * zlib checks it on its own thread (zip-entry-stream.ts), and damaged deflate data often inflates
   * without error into other data of the same length (the fuzz test found about half of single-bit
   * flips doing so), and an import of altered figures must not pass silently. The check ends the
   * sheet, so a mismatch rolls the file's transaction back.
   */
  verifySheetCrc: boolean;
}

/** Defaults: generous for real exports (a 1 M-row sheet is ~1 GB of XML), tight against bombs. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxSheetBytes: 4 * 1024 ** 3,
  maxSharedStringsBytes: 512 * 1024 ** 2,
  maxPartBytes: 64 * 1024 ** 2,
  maxSharedStringsRatio: 200,
  ratioCheckAfterBytes: 16 * 1024 ** 2,
  maxColumns: 16_384,
  maxCellChars: 1024 * 1024,
  maxRowBytes: 128 * 1024 ** 2,
  maxWholeFileBytes: 512 * 1024 ** 2,
  verifySheetCrc: true,
});

/** The defaults with the caller's overrides applied. */
export function resolveLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}

/** Options every reader accepts. */
export interface ReadOptions {
  /** Aborts opening (and is the default signal for reading rows). */
  signal?: AbortSignal;
  /** Overrides of {@link DEFAULT_READ_LIMITS}. */
  limits?: Partial<ReadLimits>;
  /**
   * Worksheets of at least this many uncompressed bytes are scanned on a worker thread (see
   * `sheet-worker-client.ts`); `Infinity` reads every sheet on the calling thread. Default: see
   * {@link sheetWorkerMinBytes}.
   */
  sheetWorkerMinBytes?: number;
}

/**
 * Size from which an .xlsx worksheet is scanned on a worker thread when workers are used: below it
 * the thread's start (~0.2 s from sources) costs more than it saves. 32 MB of sheet XML is roughly
 * 35 000 rows of 26 columns.
 */
export const SHEET_WORKER_MIN_BYTES = 32 * 1024 ** 2;

/** Cores from which the reader's workers pay off by default. */
export const READER_WORKER_MIN_CORES = 4;

/**
 * The worksheet size from which a worker thread scans, for these options. By default workers are
 * used only on machines with {@link READER_WORKER_MIN_CORES} cores or more: on 2 cores the import's
 * main thread and DuckDB's loading already fill the machine, and the workers' extra threads made a
 * 1 M-row import slower (11.3 s against 8.2 s on one thread, measured on the 2-core build machine).
 * `SUPERVISE_IMPORT_WORKERS=1` or `=0` forces them on or off.
 */
export function sheetWorkerMinBytes(opts: ReadOptions, cores = availableParallelism()): number {
  if (opts.sheetWorkerMinBytes !== undefined) return opts.sheetWorkerMinBytes;
  const env = process.env.SUPERVISE_IMPORT_WORKERS;
  if (env === '0') return Infinity;
  if (env === '1') return SHEET_WORKER_MIN_BYTES;
  return cores >= READER_WORKER_MIN_CORES ? SHEET_WORKER_MIN_BYTES : Infinity;
}
