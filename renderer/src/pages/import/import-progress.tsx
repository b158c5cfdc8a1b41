/**
 * Step 3: runs the planned jobs one after another, polling `importStatus` for rows and rows/s, with
 * 取消 (`cancelImport`; the file in progress rolls back). A file that fails does not stop the others
 * (the engine goes on within a job; this goes on with the next job). Calls `onDone` with every batch
 * result and every failed file.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Progress, Space, Typography } from 'antd';
import type { BatchResult, ImportFailure, ImportJob, StartImportRequest } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { formatInt } from '../../format/number.ts';
import { useAppState } from '../../state/app-state.tsx';
import { errorText } from '../../api/api-error.ts';
import { jobFailures, outcomeState, type ImportOutcome } from './import-outcome.ts';

const POLL_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `onFileDone` runs whenever another file has been written (the batch list shows it at once). */
export function ImportProgress({ jobs, onDone, onFileDone }: { jobs: StartImportRequest[]; onDone: (o: ImportOutcome) => void; onFileDone?: () => void }) {
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
      const failures: ImportFailure[] = [];
      for (const [i, req] of jobs.entries()) {
        if (cancelled.current) break;
        setIndex(i);
        let j: ImportJob;
        try {
          j = await api.startImport(req);
          current.current = j.id;
          let written = 0;
          while (j.state === 'queued' || j.state === 'running') {
            setJob(j);
            await sleep(POLL_MS);
            j = await api.importStatus(j.id);
            if (j.results.length > written) {
              written = j.results.length;
              onFileDone?.();
            }
          }
        } catch (e) {
          // The app itself failed (not one file): what ran so far is reported, the rest is not started.
          return onDone({ results, failures, state: 'failed', error: errorText(e) });
        }
        setJob(j);
        results.push(...j.results);
        failures.push(...jobFailures(j));
        if (j.state === 'cancelled') return onDone({ results, failures, state: 'cancelled', error: j.error });
      }
      onDone({ results, failures, state: outcomeState(results, failures, cancelled.current), error: null });
    })();
  }, [api, jobs, onDone, onFileDone]);

  const cancel = async () => {
    cancelled.current = true;
    if (current.current) await api.cancelImport(current.current).catch(() => undefined);
  };

  const percent = job?.fraction !== null && job?.fraction !== undefined ? Math.round(job.fraction * 100) : null;
  // Files across all jobs: those of the jobs before this one, then this job's position.
  const fileCount = jobs.reduce((n, j) => n + j.sourceIds.length, 0);
  const fileNo = jobs.slice(0, index).reduce((n, j) => n + j.sourceIds.length, 0) + (job?.fileIndex ?? 0) + 1;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Text strong data-import-file>
        {zh.import.running} {fileCount > 1 ? zh.import.fileOf(Math.min(fileNo, fileCount), fileCount) : ''} {job?.file ?? ''}
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
