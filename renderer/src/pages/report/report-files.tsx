/** The files a report export produced (download buttons in browser mode) and the formats skipped. */
import { Alert, App, Button, Space, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ReportResult } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { formatBytes } from '../../format/number.ts';
import { fetchDownload, isElectron } from '../../api/client.ts';
import { mimeFor, saveBytes } from '../../api/download.ts';
import { errorText } from '../../api/api-error.ts';
import { PlainList } from '../../components/plain-list.tsx';

/** A produced file; browser mode adds the download `url` (http-wire.md, Reports). */
type ReportFile = ReportResult['files'][number] & { url?: string };

export function ReportFiles({ result }: { result: ReportResult }) {
  const { message } = App.useApp();
  const download = async (f: ReportFile) => {
    try {
      saveBytes(f.name, await fetchDownload(f.url!), mimeFor(f.name));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12} data-report-result>
      <Alert type="success" showIcon title={zh.report.done} />
      <PlainList
        header={<b>{zh.report.files}</b>}
        items={result.files as ReportFile[]}
        rowKey={(f) => f.path || f.name}
        actions={(f) => (!isElectron() && f.url ? <Button size="small" icon={<DownloadOutlined />} onClick={() => download(f)}>{zh.common.download}</Button> : null)}
        render={(f) => (
          <>
            <Tag color="blue">{f.format.toUpperCase()}</Tag>
            <span>{f.name}</span>
            <span className="muted">{formatBytes(f.bytes)}</span>
            {isElectron() && <span className="muted">{f.path}</span>}
          </>
        )}
      />
      {result.skipped.map((s) => (
        <Alert key={s.format} type="warning" showIcon title={`${zh.report.skipped}：${zh.report.format[s.format] ?? s.format}`} description={s.reason} />
      ))}
    </Space>
  );
}
