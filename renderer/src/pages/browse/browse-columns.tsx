/** Grid columns for a browsed table: Chinese labels from the engine, widths by type, server-side sort. */
import type { ColumnsType } from 'antd/es/table';
import type { BrowsePage, BrowseRequest } from '../../../../analytics/contract.ts';
import { formatCell } from '../../format/number.ts';

type Col = BrowsePage['columns'][number];

function widthOf(c: Col): number {
  const t = c.type.toUpperCase();
  if (t === 'BOOLEAN') return 80;
  if (t === 'DATE') return 110;
  if (t.startsWith('TIMESTAMP')) return 160;
  if (/INT|DOUBLE|DECIMAL|FLOAT|REAL/.test(t)) return Math.max(100, c.label.length * 14 + 40);
  return Math.max(140, Math.min(260, c.label.length * 14 + 60));
}

export function browseColumns(cols: Col[], sort: BrowseRequest['sort']): { columns: ColumnsType<Record<string, unknown>>; width: number } {
  const columns = cols.map((c) => {
    const numeric = /INT|DOUBLE|DECIMAL|FLOAT|REAL/.test(c.type.toUpperCase());
    return {
      key: c.name,
      dataIndex: c.name,
      title: c.label || c.name,
      width: widthOf(c),
      ellipsis: true,
      align: numeric ? ('right' as const) : ('left' as const),
      sorter: true,
      sortOrder: sort?.column === c.name ? (sort.direction === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
      render: (v: unknown) => formatCell(v),
    };
  });
  return { columns, width: columns.reduce((s, c) => s + c.width, 0) };
}
