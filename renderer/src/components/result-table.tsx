/**
 * A result table (analysis rows already aggregated by the engine): Chinese column labels from the
 * message table, numbers formatted the Chinese way, client-side sorting, optional row click (linked
 * views: clicking an agency row filters by that agency).
 */
import { Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { zh } from '../i18n/zh-CN.ts';
import { formatDecimal, formatInt, formatPercent, formatYuan } from '../format/number.ts';
import type { Row } from '../state/result-access.ts';

/** How a column's values are shown. */
export type ColumnKind = 'text' | 'int' | 'yuan' | 'percent' | 'decimal' | 'ratio';

export interface ColumnSpec {
  key: string;
  kind?: ColumnKind;
  title?: string;
  width?: number;
  /** Alignment when `render` is custom (numbers right). */
  align?: 'left' | 'right';
  /** Custom cell (e.g. status tags). */
  render?: (row: Row) => ReactNode;
}

export function formatByKind(v: unknown, kind: ColumnKind): string {
  if (v === null || v === undefined || v === '') return '—';
  if (kind === 'text') return Array.isArray(v) ? v.join('、') : String(v);
  const n = Number(v);
  if (!Number.isFinite(n)) return String(v);
  if (kind === 'int') return formatInt(n);
  if (kind === 'yuan') return formatYuan(n);
  if (kind === 'percent') return formatPercent(n);
  if (kind === 'ratio') return formatDecimal(n, 2);
  return formatDecimal(n, 1);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'zh-CN');
}

interface Props {
  title: ReactNode;
  rows: Row[];
  columns: ColumnSpec[];
  onRowClick?: (row: Row) => void;
  pageSize?: number;
  extra?: ReactNode;
  rowKey?: (row: Row, index: number) => string;
}

export function ResultTable({ title, rows, columns, onRowClick, pageSize = 8, extra, rowKey }: Props) {
  const cols: ColumnsType<Row> = columns.map((c) => {
    const kind = c.kind ?? 'text';
    return {
      key: c.key,
      dataIndex: c.key,
      title: c.title ?? zh.columns[c.key] ?? c.key,
      width: c.width,
      align: c.align ?? (kind === 'text' ? 'left' : 'right'),
      ellipsis: kind === 'text',
      sorter: (a: Row, b: Row) => compare(a[c.key], b[c.key]),
      render: (_: unknown, row: Row) => (c.render ? c.render(row) : formatByKind(row[c.key], kind)),
    };
  });
  const keyed = rows.map((r, i) => ({ ...r, __key: rowKey ? rowKey(r, i) : String(i) }));
  return (
    <Card size="small" title={title} extra={extra} className="table-card">
      <Table<Row>
        size="small"
        rowKey="__key"
        columns={cols}
        dataSource={keyed}
        pagination={rows.length > pageSize ? { pageSize, size: 'small', showSizeChanger: false, showTotal: (t) => zh.common.total(formatInt(t)) } : false}
        onRow={onRowClick ? (row) => ({ onClick: () => onRowClick(row), className: 'clickable-row' }) : undefined}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
