/**
 * A workbook sheet described as data: its name, what it holds, typed columns and rows, an optional
 * chart and which rows to mark. `write-sheet.ts` turns a spec into a formatted worksheet.
 */
import type { ChartId } from '../figures/chart-ids.ts';

/** How a column's values are written and formatted. */
export type ColumnFormat =
  /** Text, written as a string (never a formula, whatever it starts with); phone and ID numbers masked. */
  | 'text'
  /** An identifier written as is (SHA-256, file names): text, never masked. */
  | 'code'
  /** Whole number with thousands separators. */
  | 'int'
  /** Money in 元, two decimals. */
  | 'yuan'
  /** Money given in 元, written in 万元 with two decimals. */
  | 'wan'
  /** Share in 0–1 shown as 12.3%. */
  | 'pct'
  /** Score or rate with one decimal. */
  | 'score'
  /** Ratio with two decimals. */
  | 'num2'
  /** A number as Excel shows it by default (columns mixing counts and money). */
  | 'general';

/** One column. */
export interface SheetColumn<R> {
  header: string;
  format: ColumnFormat;
  /** Width in characters (default from the format). */
  width?: number;
  value(row: R): string | number | null | undefined;
}

/** How a marked row is coloured. */
export type RowMark = 'warn' | 'good' | null;

/** One sheet. */
export interface SheetSpec<R = never> {
  /** Sheet name (≤ 31 characters, none of []:*?/\). */
  name: string;
  /** One line for the 目录 sheet. */
  description: string;
  columns: SheetColumn<R>[];
  rows: readonly R[];
  /** Charts placed to the right of the table. */
  charts?: ChartId[];
  /** Rows to colour, and what the colour means (a note under the table). */
  mark?: { row(r: R): RowMark; legend: string };
}

/** A spec with its row type erased, for lists of sheets. */
export type AnySheet = SheetSpec<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Makes the columns of a sheet whose rows are R. */
export type ColumnMaker<R> = (header: string, format: ColumnFormat, value: (row: R) => string | number | null | undefined, width?: number) => SheetColumn<R>;

/**
 * A typed spec: the rows come first so the column functions know their row type; `spec` receives
 * the column maker for that type.
 */
export function sheet<R>(rows: readonly R[], spec: (col: ColumnMaker<R>) => Omit<SheetSpec<R>, 'rows'>): AnySheet {
  const col: ColumnMaker<R> = (header, format, value, width) => ({ header, format, value, ...(width ? { width } : {}) });
  return { ...spec(col), rows } as AnySheet;
}
