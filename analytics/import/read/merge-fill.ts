/**
 * Vertically merged cells over data rows. Agencies group their cases under one merged 执法机关 or
 * 日期 cell; the file keeps the value only in the merge's first cell and leaves the cells below it
 * empty, although on screen and on paper every row of the group shows it. Readers fill the value
 * down the merge's first column, as the reader of the printed table does, so each row carries it
 * — but only into rows that hold something else (a merge running on over empty rows adds no record).
 */
import type { Cell, SheetRow } from '../types.ts';
import { isPageLine } from '../values/page-line.ts';
import { columnIndex } from './xlsx-cell-convert.ts';

/** A merged range, 1-based rows and 0-based columns, inclusive. */
export interface MergeRange {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A `第 1 页 共 2 页` line a merge runs on across (a paged export whose group spans the page break):
 * filled, it would read as a record and be rejected instead of skipped as a page line.
 */
function isPageOnly(cells: Cell[]): boolean {
  let text: string | null = null;
  for (const c of cells) {
    if (isBlank(c)) continue;
    if (text !== null || typeof c !== 'string') return false;
    text = c;
  }
  return text !== null && isPageLine(text);
}

/** Fills vertical merges down, batch by batch, in row order. */
export class VerticalMergeFill {
  /** Merges spanning more than one row, by first row. */
  private readonly byFirstRow = new Map<number, MergeRange[]>();
  /** Merges whose first row has been seen, with the value to carry. */
  private active: { range: MergeRange; value: Cell }[] = [];
  /** How many cells were filled. */
  filled = 0;

  constructor(merges: readonly MergeRange[]) {
    for (const m of merges) {
      if (m.lastRow <= m.firstRow) continue;
      const list = this.byFirstRow.get(m.firstRow) ?? [];
      list.push(m);
      this.byFirstRow.set(m.firstRow, list);
    }
  }

  /** True when there is nothing to fill (the common case: no vertical merge at all). */
  get empty(): boolean {
    return this.byFirstRow.size === 0;
  }

  /** Fills the cells of `rows` (in place) that lie under a merge's first cell. */
  apply(rows: SheetRow[]): void {
    for (const r of rows) {
      if (this.active.length > 0) {
        this.active = this.active.filter((a) => a.range.lastRow >= r.row);
        for (const a of this.active) {
          const col = a.range.firstCol;
          if (!isBlank(r.cells[col]) || !r.cells.some((c, i) => i !== col && !isBlank(c)) || isPageOnly(r.cells)) continue;
          while (r.cells.length <= col) r.cells.push(null);
          r.cells[col] = a.value;
          this.filled++;
        }
      }
      const starting = this.byFirstRow.get(r.row);
      if (starting) {
        for (const range of starting) {
          const value = r.cells[range.firstCol];
          if (!isBlank(value)) this.active.push({ range, value: value ?? null });
        }
      }
    }
  }
}

/** Parses an A1-style range (`A2:A9`); null when it is not one. */
export function parseRange(ref: string): MergeRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  return { firstRow: Number(m[2]), lastRow: Number(m[4]), firstCol: columnIndex(m[1]), lastCol: columnIndex(m[3]) };
}
