/**
 * Step 4: what each file did (rows read / imported / rejected, skipped, notes), the files that could
 * not be imported with the reason, every rejected row with its row number, column, value and reason,
 * and 导出拒绝记录 (an .xlsx to send back to the agency).
 */
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { App } from 'antd';
import type { BatchResult } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { formatInt } from '../../format/number.ts';
import { useAppState } from '../../state/app-state.tsx';
import { errorText } from '../../api/api-error.ts';
import { mimeFor, saveBytes } from '../../api/download.ts';
import { outcomeBanner, type ImportOutcome } from './import-outcome.ts';
import { PlainList } from '../../components/plain-list.tsx';

export function ImportResult({ outcome, onRestart }: { outcome: ImportOutcome; onRestart: () => void }) {
  const { api } = useAppState();
  const { message } = App.useApp();
  const rejects = outcome.results.flatMap((r) => r.rejects.map((x, i) => ({ ...x, file: r.file, key: `${r.batch_id}-${i}` })));
  const withRejects = outcome.results.filter((r) => r.rows_rejected > 0 && r.batch_id > 0).map((r) => r.batch_id);

  const exportRejects = async () => {
    try {
      const file = await api.exportRejects(withRejects);
      saveBytes(file.name, file.bytes, mimeFor(file.name));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const { type, title } = outcomeBanner(outcome);
  const stopped = outcome.state === 'failed' && outcome.error && !outcome.failures.length
    ? (typeof outcome.error === 'string' ? outcome.error : outcome.error.message) : undefined;
  const banner = <Alert type={type} showIcon title={title} description={stopped} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12} data-import-result={outcome.state}>
      {banner}
      <PlainList
        items={outcome.results}
        rowKey={(r, i) => `${r.batch_id}-${r.sheet ?? ''}-${i}`}
        render={(r: BatchResult) => (
          <>
            <b>{r.file}</b>
            {r.sheet && <span className="muted">{r.sheet}</span>}
            <Tag color="blue">{zh.import.kinds[r.kind] ?? r.kind}</Tag>
            {r.skipped ? <Tag>{zh.import.skipped}</Tag> : <span>{zh.import.resultSummary(formatInt(r.rows_read), formatInt(r.rows_imported), formatInt(r.rows_rejected))}</span>}
            {r.notes.map((n) => <span key={n} className="muted">{n}</span>)}
          </>
        )}
      />
      {outcome.failures.length > 0 && (
        <Card size="small" title={`${zh.import.failures}（${formatInt(outcome.failures.length)}）`} data-import-failures>
          <PlainList
            items={outcome.failures}
            rowKey={(f, i) => `${i}-${f.file}`}
            render={(f) => (
              <>
                <b>{f.file}</b>
                <Typography.Text type="danger">{f.error.message}</Typography.Text>
              </>
            )}
          />
        </Card>
      )}
      {rejects.length > 0 && (
        <Card
          size="small"
          title={`${zh.import.rejects}（${formatInt(rejects.length)}）`}
          extra={<Button size="small" icon={<DownloadOutlined />} onClick={exportRejects} disabled={!withRejects.length}>{zh.import.exportRejects}</Button>}
        >
          <Table
            size="small"
            rowKey="key"
            dataSource={rejects}
            pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
            columns={[
              { title: zh.import.batchCols.file, dataIndex: 'file', ellipsis: true },
              { title: zh.import.rejectCols.row, dataIndex: 'row', width: 80, align: 'right' },
              { title: zh.import.rejectCols.column, dataIndex: 'column', width: 160 },
              { title: zh.import.rejectCols.value, dataIndex: 'value', width: 180, ellipsis: true },
              { title: zh.import.rejectCols.reason, dataIndex: 'reason' },
            ]}
          />
        </Card>
      )}
      <Button type="primary" onClick={onRestart}>{zh.import.restart}</Button>
    </Space>
  );
}
