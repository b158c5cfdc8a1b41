/**
 * Building header columns from label text: one part for a one-row header, `[parent, child]` for a
 * combined two-row header. Also used by readers whose column names are known up front (Parquet).
 */

import type { HeaderColumn } from './header-types.ts';
import { headerName, normalizeHeader } from './normalize-header.ts';

/** A header column from its label parts (`['行政处罚', '罚没金额（万元）']` → `行政处罚/罚没金额（万元）`). */
export function headerColumn(index: number, parts: string[]): HeaderColumn {
  // A line break inside a header cell is layout (`罚款金额\n（元）`); messages and override files
  // write the label on one line.
  const kept = parts.map((p) => p.replace(/\s*[\r\n]+\s*/g, '').trim()).filter((p) => p !== '');
  const norm = kept.map(normalizeHeader);
  // The child's unit is the most specific; a parent's unit (`行政处罚（件）`) covers children without one.
  const unit = [...norm].reverse().find((n) => n.unit !== null)?.unit ?? null;
  return {
    index,
    label: kept.join('/'),
    name: norm.map((n) => n.name).join('/'),
    unit,
    parts: kept,
    hotlinePrefix: norm.find((n) => n.hotlinePrefix !== null)?.hotlinePrefix ?? null,
  };
}

/** Header columns from a plain list of labels (one-row header); empty labels are skipped. */
export function columnsFromLabels(labels: string[]): HeaderColumn[] {
  return labels
    .map((label, index) => headerColumn(index, [label]))
    .filter((c) => c.label !== '');
}

/** The normalised name of the last part (the child of a combined label, or the label itself). */
export function childName(column: Pick<HeaderColumn, 'parts' | 'name'>): string {
  return column.parts.length > 1 ? headerName(column.parts[column.parts.length - 1]) : column.name;
}
