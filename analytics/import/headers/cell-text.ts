/**
 * Cell helpers for table finding: what a cell reads as, and whether it looks like a header label
 * rather than a data value.
 */

import type { Cell } from '../types.ts';

/** The text of a cell as the user sees it, trimmed; '' for null. Dates read as `YYYY-MM-DD`. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** True when the cell is empty or only whitespace, including NBSP and zero-width spaces (`''`, `'  '`, `'\u200b'`). */
export function isEmptyCell(cell: Cell): boolean {
  // Zero-width spaces and joiners, word joiners and BOMs are left behind by copy-paste from web pages.
  return cellText(cell).replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]/g, '') === '';
}

// A label is text; these shapes are values even when a CSV delivers them as text.
const NUMERIC_TEXT = /^[-+]?[\d,，.．０-９]+%?$/;
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}/;
const MAX_LABEL_LENGTH = 60;

/** True when a non-empty cell could be a header label: short text, not a number or a date. */
export function isLabelLike(cell: Cell): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  if (text === '' || text.length > MAX_LABEL_LENGTH) return false;
  return !NUMERIC_TEXT.test(text) && !DATE_TEXT.test(text);
}

/** The non-empty cells of a row with their indices. */
export function filledCells(cells: Cell[]): { index: number; cell: Cell; text: string }[] {
  const out: { index: number; cell: Cell; text: string }[] = [];
  cells.forEach((cell, index) => {
    if (!isEmptyCell(cell)) out.push({ index, cell, text: cellText(cell) });
  });
  return out;
}
