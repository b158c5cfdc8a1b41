/**
 * Shapes shared by the import pipeline: readers produce rows of cells, the header layer finds the
 * table and maps columns to canonical fields, the loader turns values into canonical rows.
 */

/** A raw cell as a reader delivers it: numbers stay numbers, dates may arrive as Date (UTC wall clock). */
export type Cell = string | number | boolean | Date | null;

/**
 * What a reader delivers for a formula cell saved without its result (files written by programs
 * that do not calculate, such as report generators): not blank, not a value. Mapped cells holding
 * it reject their row (load/row-input.ts) instead of reading as empty.
 */
export const FORMULA_WITHOUT_RESULT = '#公式无结果';

/** One physical row. `row` is the 1-based row number the user sees in Excel (the line number in a CSV). */
export interface SheetRow {
  row: number;
  cells: Cell[];
  /** Set by a text reader when a cell holds bytes it could not decode (U+FFFD): a file of mixed encodings. */
  garbled?: true;
}

/** One sheet of a workbook (a CSV or Parquet file has exactly one). */
export interface SheetSource {
  name: string;
  index: number;
  hidden: boolean;
  /** Streams the rows in order, in batches (for speed). Blank rows may be omitted. */
  rows(signal?: AbortSignal): AsyncIterable<SheetRow[]>;
}

/** An opened input file. */
export interface WorkbookSource {
  path: string;
  format: 'xlsx' | 'xls' | 'csv' | 'parquet';
  /** Detected text encoding for CSV/TXT ('utf-8', 'gb18030', 'utf-16le'); null otherwise. */
  encoding: string | null;
  sheets: SheetSource[];
  close(): Promise<void>;
}

/** Canonical import kinds (DESIGN §4). */
export const IMPORT_KINDS = [
  'penalty', 'benchmark', 'ticket', 'inspection', 'review', 'survey', 'survey_item', 'annual_stat', 'division', 'agency',
] as const;

/** One of the canonical import kinds. */
export type ImportKind = (typeof IMPORT_KINDS)[number];
