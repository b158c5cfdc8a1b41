/**
 * Step 1: drop or choose files. Each file is read in the page and sent to `previewImport` (browser
 * mode uploads the bytes; Electron passes them over IPC), one after another, with its state shown.
 */
import { useState } from 'react';
import { Typography, Upload } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, InboxOutlined, LoadingOutlined } from '@ant-design/icons';
import type { ImportPreview } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { errorText } from '../../api/api-error.ts';
import { useAppState } from '../../state/app-state.tsx';
import { PlainList } from '../../components/plain-list.tsx';

interface Reading {
  name: string;
  state: 'reading' | 'done' | 'error';
  message?: string;
}

interface Props {
  /** Called once all chosen files have been previewed (failed ones left out). */
  onPreviewed: (previews: ImportPreview[]) => void;
  /** Name to upload under (替换: the batch's own file name), else the file's. */
  nameFor?: (file: File) => string;
}

export function FileDrop({ onPreviewed, nameFor }: Props) {
  const { api } = useAppState();
  const [reading, setReading] = useState<Reading[]>([]);
  const busy = reading.some((r) => r.state === 'reading');

  async function readAll(files: File[]) {
    setReading(files.map((f) => ({ name: f.name, state: 'reading' })));
    const previews: ImportPreview[] = [];
    for (const [i, f] of files.entries()) {
      const update = (r: Partial<Reading>) => setReading((all) => all.map((x, j) => (j === i ? { ...x, ...r } : x)));
      try {
        const bytes = new Uint8Array(await f.arrayBuffer());
        previews.push(await api.previewImport({ name: nameFor ? nameFor(f) : f.name, bytes }));
        update({ state: 'done' });
      } catch (e) {
        update({ state: 'error', message: errorText(e) });
      }
    }
    if (previews.length) onPreviewed(previews);
  }

  return (
    <div>
      <Upload.Dragger
        multiple
        disabled={busy}
        showUploadList={false}
        accept=".xlsx,.xlsm,.xls,.xlsb,.ods,.csv,.txt,.tsv,.parquet"
        beforeUpload={(file, list) => {
          // Called once per file; act on the whole selection once.
          if (file === list[0]) void readAll(list as File[]);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{zh.import.dropTitle}</p>
        <p className="ant-upload-hint">{zh.import.dropHint}</p>
      </Upload.Dragger>
      {reading.length > 0 && (
        <div className="reading-list">
          <PlainList
            items={reading}
            rowKey={(r, i) => `${i}-${r.name}`}
            render={(r) => (
              <>
                {r.state === 'reading' ? <LoadingOutlined /> : r.state === 'done' ? <CheckCircleFilled className="ok-icon" /> : <CloseCircleFilled className="bad-icon" />}
                <span>{r.state === 'reading' ? zh.import.uploading(r.name) : r.name}</span>
                {r.message && <Typography.Text type="danger">{zh.import.previewFailed(r.name)}：{r.message}</Typography.Text>}
              </>
            )}
          />
        </div>
      )}
    </div>
  );
}
