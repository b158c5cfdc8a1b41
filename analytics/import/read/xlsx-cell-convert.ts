/**
 * Turns a cell's raw bytes into a {@link Cell} by its `t` type: shared-string lookup, numbers (dates
 * when the style's number format is a date), booleans, error text, inline and formula strings, ISO
 * dates. Split from the scanner so each file stays small; the scanner calls {@link cellValue} per cell.
 */
import { FORMULA_WITHOUT_RESULT, type Cell } from '../types.ts';
import { utf8 } from './xml-bytes.ts';
import { parseIsoDate, parseNumberBytes, parseUintBytes } from './xlsx-cell-values.ts';
import { decodeXmlText } from './xml-text.ts';
import { excelSerialToDate } from './excel-dates.ts';
import type { SharedStrings } from './shared-string-table.ts';

/** What the scanner needs to know about the workbook and the limits. */
export interface SheetScanContext {
  sharedStrings: SharedStrings;
  /** Per cellXfs index: 1 when the style shows a date. */
  dateStyles: Uint8Array;
  date1904: boolean;
  maxColumns: number;
  maxCellChars: number;
  /** Builds the error for a refused sheet; the message names the file and the sheet. */
  fail: (problem: string) => Error;
}

/** Cell types by `t` attribute: number (absent or "n"), "s", "str", "inlineStr", "b", "e", "d". */
export const T_NUM = 0;
/** `t="s"`: index into the shared strings. */
export const T_SHARED = 1;
/** `t="str"`: a formula's string result. */
export const T_STR = 2;
/** `t="inlineStr"`: text in `<is>`. */
export const T_INLINE = 3;
/** `t="b"`: 0 or 1. */
export const T_BOOL = 4;
/** `t="e"`: an error such as #N/A, delivered as its text. */
export const T_ERR = 5;
/** `t="d"`: an ISO 8601 date. */
export const T_DATE = 6;

/** Not a `t` value: a formula cell without a cached `<v>` (see {@link FORMULA_WITHOUT_RESULT}). */
export const T_NO_RESULT = 7;

/** Excel column letters for a 0-based index: 0 → A, 27 → AB. */
export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 0-based index of Excel column letters (upper case): A → 0, AB → 27; the inverse of {@link columnName}. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

/** Cell type from the `t` attribute value in `buf[a, b)`. */
export function cellType(buf: Buffer, a: number, b: number): number {
  const len = b - a;
  const c = buf[a];
  if (len === 1) {
    if (c === 0x73) return T_SHARED; // s
    if (c === 0x62) return T_BOOL; // b
    if (c === 0x65) return T_ERR; // e
    if (c === 0x64) return T_DATE; // d
    return T_NUM;
  }
  if (len === 3 && c === 0x73) return T_STR; // str
  if (len === 9 && c === 0x69) return T_INLINE; // inlineStr
  return T_NUM;
}

/** Decoded text of `buf[a, b)`, null when empty; refuses text over the cell limit. */
function text(buf: Buffer, a: number, b: number, ctx: SheetScanContext, rowNum: number, col: number): string | null {
  if (a === b) return null;
  const s = decodeXmlText(utf8(buf, a, b));
  if (s.length > ctx.maxCellChars) throw tooLong(ctx, rowNum, col);
  return s === '' ? null : s;
}

function tooLong(ctx: SheetScanContext, rowNum: number, col: number): Error {
  return ctx.fail(`${columnName(col)}${rowNum} 单元格内容过长（超过 ${ctx.maxCellChars} 个字符），已拒绝`);
}

/**
 * The value of one cell: `buf[vs, ve)` is its `<v>` text (vs < 0 when absent), `inline` the text of
 * its `<is>`. Empty text is null. Throws (through `ctx.fail`) for text over the cell limit.
 */
export function cellValue(
  buf: Buffer, vs: number, ve: number, type: number, style: number, inline: string | null,
  ctx: SheetScanContext, rowNum: number, colIdx: number,
): Cell {
  switch (type) {
    case T_SHARED: {
      if (vs < 0) return null;
      const s = ctx.sharedStrings.get(parseUintBytes(buf, vs, ve));
      return s === undefined || s === '' ? null : s;
    }
    case T_NUM: {
      if (vs < 0 || ve === vs) return null;
      const num = parseNumberBytes(buf, vs, ve);
      if (Number.isNaN(num)) return text(buf, vs, ve, ctx, rowNum, colIdx);
      return (style < ctx.dateStyles.length && ctx.dateStyles[style] === 1
        ? excelSerialToDate(num, ctx.date1904) : null) ?? num;
    }
    case T_INLINE: {
      const value = inline ?? (vs >= 0 ? text(buf, vs, ve, ctx, rowNum, colIdx) : null);
      if (value !== null && value.length > ctx.maxCellChars) throw tooLong(ctx, rowNum, colIdx);
      return value === '' ? null : value;
    }
    case T_STR:
    case T_ERR:
      return vs >= 0 ? text(buf, vs, ve, ctx, rowNum, colIdx) : null;
    case T_BOOL:
      return vs >= 0 && ve > vs ? buf[vs] === 0x31 || buf[vs] === 0x74 : null;
    case T_NO_RESULT:
      return FORMULA_WITHOUT_RESULT;
    case T_DATE: {
      if (vs < 0 || ve === vs) return null;
      const s = buf.toString('latin1', vs, ve);
      return parseIsoDate(s) ?? s;
    }
    default:
      return null;
  }
}

/** Puts a (non-null) value at column `col` of a row's cells, filling skipped columns with null. */
export function putCell(cells: Cell[], col: number, value: Cell): void {
  const len = cells.length;
  if (col === len) cells.push(value);
  else if (col > len) {
    for (let i = len; i < col; i++) cells.push(null);
    cells.push(value);
  } else cells[col] = value;
}
