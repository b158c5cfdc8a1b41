/**
 * The batches in the workspace with their provenance (file, SHA-256, rows, rejects, time) and the
 * 替换 / 删除 actions. Deleting removes the batch's rows in one transaction on the engine side.
 */
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { BatchInfo } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { formatBytes, formatDateTime, formatInt } from '../../format/number.ts';
import { useAppState } from '../../state/app-state.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { errorText } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/status-views.tsx';

/** `refreshKey` changes when files were written by an import still running (the data version bumps at its end). */
export function BatchList({ onReplace, refreshKey = 0 }: { onReplace: (batch: BatchInfo) => void; refreshKey?: number }) {
  const { api, dataVersion, dataChanged } = useAppState();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useAsync(`${dataVersion}-${refreshKey}`, () => api.listBatches());

  const remove = async (b: BatchInfo) => {
    try {
      await api.deleteBatch(b.batch_id);
      message.success(zh.import.deleted);
      dataChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const c = zh.import.batchCols;
  return (
    <Card size="small" title={zh.import.batches} className="table-card" data-batch-list>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : (
        <Table<BatchInfo>
          size="small"
          rowKey="batch_id"
          loading={loading}
          dataSource={data ?? []}
          pagination={{ pageSize: 10, size: 'small', showSizeChanger: false, showTotal: (t) => zh.common.total(formatInt(t)) }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: c.id, dataIndex: 'batch_id', width: 64, align: 'right' },
            { title: c.file, dataIndex: 'file_name', ellipsis: true, render: (n: string, b) => <span data-batch-file={n}>{n}{b.sheet ? <span className="muted"> · {b.sheet}</span> : null}</span> },
            { title: c.kind, dataIndex: 'kind', width: 110, render: (k: string) => <Tag>{zh.import.kinds[k] ?? k}</Tag> },
            { title: c.sha, dataIndex: 'sha256', width: 110, render: (s: string) => <Tooltip title={s}><code>{s.slice(0, 10)}</code></Tooltip> },
            { title: c.rows, dataIndex: 'rows_imported', width: 96, align: 'right', render: (n: number) => formatInt(n) },
            { title: c.rejected, dataIndex: 'rows_rejected', width: 72, align: 'right', render: (n: number) => (n ? <span className="warn-text">{formatInt(n)}</span> : '0') },
            { title: c.size, dataIndex: 'file_size', width: 90, align: 'right', render: (n: number | null) => formatBytes(n) },
            { title: c.time, dataIndex: 'imported_at', width: 150, render: (t: string) => formatDateTime(t) },
            {
              title: c.actions,
              key: 'actions',
              width: 120,
              render: (_: unknown, b) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => onReplace(b)}>{zh.common.replace}</Button>
                  <Popconfirm title={zh.import.deleteConfirm} okText={zh.common.delete} cancelText={zh.common.cancel} onConfirm={() => remove(b)}>
                    <Button type="link" size="small" danger>{zh.common.delete}</Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
