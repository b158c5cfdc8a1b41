/**
 * Table finding: where the header is on a sheet. Real exports put titles (`连云港市XX局行政处罚信息
 * 公示（2025年度）`), form lines (`填报单位：…`, `单位：万元`) and sometimes a two-row merged header
 * above the data. Merged cells arrive as the label in their first cell and blanks to its right.
 */

import type { Cell, SheetRow } from '../types.ts';
import { cellText, filledCells, isEmptyCell, isLabelLike } from './cell-text.ts';
import { knownHeaderScore } from './dictionaries.ts';
import { headerColumn } from './header-column.ts';
import type { HeaderColumn, TableLayout } from './header-types.ts';
import { isColumnNumberRow, isNoteRow, isTitleRow } from './row-kinds.ts';

export { isBlankRow, isColumnNumberRow, isNoteRow, isTitleRow, isTotalRow } from './row-kinds.ts';

/** Options for `findTable`. */
export interface FindTableOptions {
  /** How many leading rows to look at (default 40). */
  maxScanRows?: number;
}

interface RowInfo {
  pos: number;
  row: SheetRow;
  filled: number;
  labels: number;
  values: number;
  /** Σ known-header score of the label cells. */
  hits: number;
  candidate: boolean;
}

const DEFAULT_SCAN_ROWS = 40;
// A group label is short; a longer text above the header is a title or a note.
const MAX_GROUP_LABEL = 30;

/** What a row looks like: how many label cells, value cells and known header words it has. */
function describe(row: SheetRow, pos: number): RowInfo {
  const filled = filledCells(row.cells);
  const labelCells = filled.filter((f) => isLabelLike(f.cell));
  const hits = labelCells.reduce((sum, f) => sum + knownHeaderScore(f.text), 0);
  const values = filled.length - labelCells.length;
  const candidate = labelCells.length >= 2 && labelCells.length >= 3 * values
    && !isTitleRow(row.cells) && !isNoteRow(row.cells);
  return { pos, row, filled: filled.length, labels: labelCells.length, values, hits, candidate };
}

/** Picks the header row: the best known-header evidence, else the first row as wide as the table. */
function pickHeaderRow(infos: RowInfo[]): RowInfo | null {
  const candidates = infos.filter((i) => i.candidate);
  const evidenced = candidates.filter((i) => i.hits >= 2);
  if (evidenced.length > 0) {
    return evidenced.reduce((best, i) => (2 * i.hits + i.labels > 2 * best.hits + best.labels ? i : best));
  }
  const widest = Math.max(0, ...infos.map((i) => i.filled));
  const wide = candidates.find((i) => i.labels >= Math.max(2, widest / 2));
  if (wide) return wide;
  // A one-column table (a list of agency names) has a single known label on top.
  return infos.find((i) => i.filled === 1 && i.labels === 1 && i.hits >= 0.9) ?? null;
}

/** The text of a cell, '' for a missing or blank one. */
function text(cell: Cell | undefined): string {
  return cell === undefined || isEmptyCell(cell) ? '' : cellText(cell);
}

/**
 * True when `parent` reads as the upper row of a merged header over `child`. Each parent label is a
 * vertical merge (blank below it), a wide group (blank to its right over child labels; readers
 * that copy merged values repeat the label instead), or a one-column group. A real merged header
 * has a wide group, and one-column groups only beside vertical merges (`填报单位 | 行政处罚… |
 * 行政检查/次数`); a note row above a header (`说明 | 本表由系统导出`) has neither pattern.
 */
function isParentOf(parent: Cell[], child: Cell[]): boolean {
  let vertical = 0;
  let wide = 0;
  let narrow = 0;
  const width = Math.max(parent.length, child.length);
  for (let c = 0; c < width; c++) {
    const p = text(parent[c]);
    if (p === '' || (c > 0 && text(parent[c - 1]) === p)) continue;
    const below = text(child[c]);
    const right = text(parent[c + 1]);
    if (below === '' || below === p) vertical++;
    else if ((right === '' || right === p) && text(child[c + 1]) !== '') wide++;
    else narrow++;
  }
  return wide > 0 && (vertical > 0 || narrow === 0);
}

/** True when every filled cell of the row is a short label (a header row, not data or a title). */
function allShortLabels(info: RowInfo): boolean {
  return info.values === 0 && info.labels >= 2
    && filledCells(info.row.cells).every((f) => f.text.length <= MAX_GROUP_LABEL)
    && !isTitleRow(info.row.cells) && !isNoteRow(info.row.cells);
}

/** The parent/child pair around the header row, if the header spans two rows. */
function pairRows(infos: RowInfo[], header: RowInfo): [RowInfo, RowInfo] | null {
  const above = infos[header.pos - 1];
  if (above && above.row.row === header.row.row - 1 && allShortLabels(above) && isParentOf(above.row.cells, header.row.cells)) {
    return [above, header];
  }
  const below = infos[header.pos + 1];
  if (below && below.row.row === header.row.row + 1 && allShortLabels(below)
    && isParentOf(header.row.cells, below.row.cells) && below.hits >= Math.max(1, 0.3 * below.labels)) {
    return [header, below];
  }
  return null;
}

/**
 * Combines a parent and a child row. A parent label is carried right over blank parent cells only
 * while the child row has labels; a parent label with a blank child (a vertical merge such as
 * 填报单位) stands alone and carries nothing.
 */
export function combineHeaderRows(parent: Cell[], child: Cell[]): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  let carry = '';
  for (let c = 0; c < Math.max(parent.length, child.length); c++) {
    const p = text(parent[c]);
    const ch = text(child[c]);
    if (p !== '') carry = ch !== '' ? p : '';
    else if (ch === '') carry = '';
    // Readers that copy a merged value into every cell repeat a vertical merge in both rows.
    const parts = p !== '' ? (p === ch ? [p] : [p, ch]) : [carry, ch];
    const column = headerColumn(c, parts);
    if (column.label !== '') out.push(column);
  }
  return out;
}

/** Columns of a one-row header. */
function singleRowColumns(cells: Cell[]): HeaderColumn[] {
  return cells.map((cell, c) => headerColumn(c, [text(cell)])).filter((col) => col.label !== '');
}

/** The money unit of `单位：万元` (or `单位：件、万元`, where 件 is for counts) above the table. */
function preambleUnitOf(lines: string[]): string | null {
  for (const line of lines) {
    const m = /单位\s*[:：][^;；。]*?(万元|千元|亿元|元)/.exec(line);
    if (m) return m[1];
  }
  return null;
}

/**
 * Finds the header of a sheet from its first rows (`rows` in sheet order, ~40 are enough; blank
 * rows may be missing). Returns null when no row looks like a header (an empty sheet).
 */
export function findTable(rows: SheetRow[], options: FindTableOptions = {}): TableLayout | null {
  const scanned = rows.slice(0, options.maxScanRows ?? DEFAULT_SCAN_ROWS).filter((r) => filledCells(r.cells).length > 0);
  const infos = scanned.map(describe);
  const header = pickHeaderRow(infos);
  if (!header) return null;
  const pair = pairRows(infos, header);
  const headerInfos = pair ?? [header];
  const columns = pair ? combineHeaderRows(pair[0].row.cells, pair[1].row.cells) : singleRowColumns(header.row.cells);
  const last = headerInfos[headerInfos.length - 1];
  const next = infos[last.pos + 1];
  // A 栏次 row (`甲 | 1 | 2 | 3 …`) under a statistical header is not data.
  const skipNumbers = next !== undefined && next.row.row === last.row.row + 1 && isColumnNumberRow(next.row.cells);
  const preamble = infos
    .slice(0, headerInfos[0].pos)
    .map((i) => ({ row: i.row.row, text: filledCells(i.row.cells).map((f) => f.text).join(' ') }));
  return {
    headerRows: headerInfos.map((i) => i.row.row),
    columns,
    dataStartRow: last.row.row + (skipNumbers ? 2 : 1),
    preamble,
    preambleUnit: preambleUnitOf(preamble.map((p) => p.text)),
  };
}
