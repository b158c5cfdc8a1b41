/**
 * Step 3: runs the planned jobs one after another, polling `importStatus` for rows and rows/s, with
 * 取消 (`cancelImport`; the file in progress rolls back). Calls `onDone` with every batch result.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Progress, Space, Typography } from 'antd';
import type { BatchResult, ImportJob, StartImportRequest, WireError } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { formatInt } from '../../format/number.ts';
import { useAppState } from '../../state/app-state.tsx';
import { errorText } from '../../api/api-error.ts';

const POLL_MS = 250;

export interface ImportOutcome {
  results: BatchResult[];
  state: 'done' | 'cancelled' | 'failed';
  error: WireError | string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function ImportProgress({ jobs, onDone }: { jobs: StartImportRequest[]; onDone: (o: ImportOutcome) => void }) {
  const { api } = useAppState();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [index, setIndex] = useState(0);
  const cancelled = useRef(false);
  const current = useRef<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // StrictMode mounts twice in development; the import must start once.
    if (started.current) return;
    started.current = true;
    void (async () => {
      const results: BatchResult[] = [];
      for (const [i, req] of jobs.entries()) {
        if (cancelled.current) break;
        setIndex(i);
        let j: ImportJob;
        try {
          j = await api.startImport(req);
          current.current = j.id;
          while (j.state === 'queued' || j.state === 'running') {
            setJob(j);
            await sleep(POLL_MS);
            j = await api.importStatus(j.id);
          }
        } catch (e) {
          return onDone({ results, state: 'failed', error: errorText(e) });
        }
        setJob(j);
        results.push(...j.results);
        if (j.state !== 'done') return onDone({ results, state: j.state === 'cancelled' ? 'cancelled' : 'failed', error: j.error });
      }
      onDone({ results, state: cancelled.current ? 'cancelled' : 'done', error: null });
    })();
  }, [api, jobs, onDone]);

  const cancel = async () => {
    cancelled.current = true;
    if (current.current) await api.cancelImport(current.current).catch(() => undefined);
  };

  const percent = job?.fraction !== null && job?.fraction !== undefined ? Math.round(job.fraction * 100) : null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Text strong>
        {zh.import.running} {jobs.length > 1 ? `（${index + 1} / ${jobs.length}）` : ''} {job?.file ?? ''}
      </Typography.Text>
      <Progress percent={percent ?? 100} status="active" showInfo={percent !== null} />
      <Typography.Text type="secondary" data-import-progress>
        {job?.phase ? zh.import.phase[job.phase] + ' · ' : ''}
        {zh.import.rowsDone(formatInt(job?.rows ?? 0), formatInt(job?.rowsPerSecond ?? 0))}
      </Typography.Text>
      <Button danger onClick={cancel}>{zh.common.cancel}</Button>
    </Space>
  );
}
