/**
 * Two tables side by side on one sheet (`海州区检查记录 | | 连云区检查记录`, each with the same
 * header). The mapping binds each field to its first column, so the right-hand table would be left
 * out without a word; this names it for the import report.
 */
import type { ColumnMapping } from './header-types.ts';

/**
 * A note when unmapped columns right of the mapped ones repeat at least two mapped headers (a second
 * table beside the first), else null.
 */
export function sideBySideNote(mapping: ColumnMapping): string | null {
  // Compared by the lowest header row: each table may carry its own title as a parent label.
  const child = new Map(mapping.columns.map((c) => [c.index, c.parts[c.parts.length - 1] ?? c.label]));
  const bound = new Map<string, number>();
  for (const b of Object.values(mapping.fields)) {
    const label = child.get(b.index);
    if (label !== undefined && !bound.has(label)) bound.set(label, b.index);
  }
  const repeated: { index: number; label: string }[] = [];
  for (const u of mapping.unmapped) {
    const label = child.get(u.index);
    const first = label === undefined ? undefined : bound.get(label);
    if (label !== undefined && first !== undefined && u.index > first) repeated.push({ index: u.index, label });
  }
  const labels = [...new Set(repeated.map((r) => r.label))];
  if (labels.length < 2) return null;
  const from = Math.min(...repeated.map((r) => r.index)) + 1;
  return `第 ${from} 列起还有一组相同的表头（${labels.join('、')}），像是并排的第二张表，这部分未导入；请把它移到第一张表下方或另一个工作表后再导入`;
}
