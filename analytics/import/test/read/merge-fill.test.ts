import { describe, expect, it } from 'vitest';
import { VerticalMergeFill, parseRange } from '../../read/merge-fill.ts';
import type { SheetRow } from '../../types.ts';

describe('VerticalMergeFill', () => {
  it('fills the merge value down its first column, across batches, only into rows with other content', () => {
    const fill = new VerticalMergeFill([
      { firstRow: 2, lastRow: 5, firstCol: 0, lastCol: 0 }, // 执法机关 over rows 2–5
      { firstRow: 2, lastRow: 3, firstCol: 2, lastCol: 3 }, // a 2×2 block: only its first column is filled
      { firstRow: 1, lastRow: 1, firstCol: 0, lastCol: 4 }, // a title merged across: nothing to fill
    ]);
    const first: SheetRow[] = [
      { row: 1, cells: ['标题'] },
      { row: 2, cells: ['海州区市场监管局', '甲', '罚款'] },
    ];
    const second: SheetRow[] = [
      { row: 3, cells: [null, '乙'] },
      { row: 4, cells: ['  ', '丙'] },
      { row: 5, cells: [] }, // the merge runs on over an empty row: no record made up
      { row: 6, cells: [null, '丁'] }, // past the merge: stays blank
    ];
    fill.apply(first);
    fill.apply(second);
    expect(second.map((r) => r.cells)).toEqual([
      ['海州区市场监管局', '乙', '罚款'],
      ['海州区市场监管局', '丙'],
      [],
      [null, '丁'],
    ]);
    expect(fill.filled).toBe(3);
  });

  it('does not fill a page-number line inside the merge (it stays a line the loader skips)', () => {
    // A paged export whose 执法机关 merge runs on across the `第 1 页 共 2 页` line between two pages.
    const fill = new VerticalMergeFill([{ firstRow: 2, lastRow: 4, firstCol: 5, lastCol: 5 }]);
    const rows: SheetRow[] = [
      { row: 2, cells: [1, '乙公司', '连罚〔2024〕2号', 1234.5, '2024-03-06', 'B局'] },
      { row: 3, cells: ['第 1 页 共 2 页'] },
      { row: 4, cells: [2, '丙公司', '连罚〔2024〕3号', 3000, '2024-03-07'] },
    ];
    fill.apply(rows);
    expect(rows[1].cells).toEqual(['第 1 页 共 2 页']);
    expect(rows[2].cells[5]).toBe('B局');
  });

  it('parses A1 ranges', () => {
    expect(parseRange('A2:A9')).toEqual({ firstRow: 2, lastRow: 9, firstCol: 0, lastCol: 0 });
    expect(parseRange('$AB$10:$AC$12')).toEqual({ firstRow: 10, lastRow: 12, firstCol: 27, lastCol: 28 });
    expect(parseRange('A1')).toBeNull();
  });
});
