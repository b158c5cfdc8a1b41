/**
 * What the wizard tells the user when its jobs end. Each file is its own transaction, so "nothing
 * changed" is true only when no file was written: a cancel or a failure after some files finished
 * must say those files are in the workspace.
 */
import type { BatchResult, ImportFailure, ImportJob, WireError } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';

/** Everything the wizard's jobs did. */
export interface ImportOutcome {
  results: BatchResult[];
  /** Files that could not be imported (each rolled back alone). */
  failures: ImportFailure[];
  /** done: every job ran to its end; cancelled: the user stopped it; failed: no file was imported, or the app lost the job. */
  state: 'done' | 'cancelled' | 'failed';
  /** Why the run stopped early (failed / cancelled), when it did. */
  error: WireError | string | null;
}

/** The failures a finished job reports (a job-level error without per-file failures counts for its file). */
export function jobFailures(job: ImportJob): ImportFailure[] {
  if (job.failures.length || job.state !== 'failed' || !job.error) return job.failures;
  return [{ file: job.file ?? '', error: job.error }];
}

/** The outcome's state once every job has ended (or the run stopped). */
export function outcomeState(results: BatchResult[], failures: ImportFailure[], cancelled: boolean): ImportOutcome['state'] {
  if (cancelled) return 'cancelled';
  return failures.length > 0 && results.length === 0 ? 'failed' : 'done';
}

/** How many files were written to the workspace (a file already imported was not written again). */
export function filesWritten(results: BatchResult[]): number {
  return new Set(results.filter((r) => r.skipped === null).map((r) => r.file)).size;
}

/** The banner over the result: its colour and its sentence. */
export function outcomeBanner(o: ImportOutcome): { type: 'success' | 'warning' | 'error'; title: string } {
  const written = filesWritten(o.results);
  if (o.state === 'cancelled') return { type: 'warning', title: written ? zh.import.cancelledAfter(written) : zh.import.cancelled };
  if (o.state === 'failed') return { type: 'error', title: written ? zh.import.stoppedAfter(written) : zh.import.failed };
  if (o.failures.length) return { type: 'warning', title: zh.import.partlyDone(o.failures.length) };
  return { type: 'success', title: zh.import.done };
}
