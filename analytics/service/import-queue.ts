/**
 * Import jobs. Each `startImport` is one job over its files; jobs run one at a time on the write
 * connection (two imports started at once are queued, never interleaved). Progress comes from the
 * importer's callback; cancel aborts the file in progress, whose transaction rolls back, and drops
 * the files not yet started. Files finished before a cancel stay imported (each file is its own
 * transaction) and are listed in the job's results. A file that fails rolls back alone: it is
 * listed in the job's failures and the next file is imported, as the CLI does — an analyst who
 * drops forty exports should not lose thirty-nine to one broken file.
 */
import { randomBytes } from 'node:crypto';
import type { ImportJob, ImportKind, MappingOverride } from '../contract.ts';
import { importFile } from '../import/import-file.ts';
import { referenceListsFirst } from '../import/import-order.ts';
import { toWireError, WorkstationError } from './errors.ts';
import type { ImportSourceEntry } from './import-sources.ts';
import { M } from './messages.ts';
import type { WorkspaceHandle } from './workspace-handle.ts';

const KEEP_JOBS = 100;

/** A validated import request with its sources resolved. */
export interface ImportRequest {
  sources: ImportSourceEntry[];
  kind?: ImportKind;
  mapping?: MappingOverride;
  replace?: boolean;
  strict?: boolean;
}

interface JobRecord {
  job: ImportJob;
  controller: AbortController;
  done: Promise<void>;
  sources: ImportSourceEntry[];
}

/** The job queue of one service. */
export class ImportQueue {
  private readonly jobs = new Map<string, JobRecord>();

  /**
   * `onChanged` runs after each file that changed the workspace (to drop cached results);
   * `onDone` gets the sources a finished job imported (to delete staged uploads).
   */
  constructor(
    private readonly onChanged: () => void,
    private readonly onDone: (sources: ImportSourceEntry[]) => void = () => undefined,
  ) {}

  /** Queues a job on `handle`; returns its state (queued, or running when the queue was empty). */
  start(handle: WorkspaceHandle, req: ImportRequest): ImportJob {
    const id = randomBytes(8).toString('hex');
    const job: ImportJob = { id, state: 'queued', file: null, fileIndex: 0, fileCount: req.sources.length, phase: null, rows: 0, rowsPerSecond: 0, fraction: null, results: [], failures: [], error: null };
    const rec: JobRecord = { job, controller: new AbortController(), done: Promise.resolve(), sources: req.sources };
    rec.done = handle.write((ws) => this.run(rec, ws, req)).catch(() => undefined);
    this.jobs.set(id, rec);
    this.prune();
    return snapshot(job);
  }

  /** A job's current state. */
  status(id: string): ImportJob {
    return snapshot(this.get(id).job);
  }

  /** Cancels a job and waits until it has stopped (rolled back); returns its final state. */
  async cancel(id: string, reason: string = M.importCancelled): Promise<ImportJob> {
    const rec = this.get(id);
    if (rec.job.state === 'queued' || rec.job.state === 'running') {
      rec.controller.abort();
      // A queued job never starts once cancelled: no need to wait behind the jobs ahead of it.
      if (rec.job.state === 'queued') finish(rec.job, 'cancelled', new WorkstationError('CANCELLED', reason));
      else await rec.done;
    }
    return snapshot(rec.job);
  }

  /** Cancels every unfinished job (before the workspace is switched or closed). */
  async cancelAll(reason: string): Promise<void> {
    const open = [...this.jobs.values()].filter((r) => !isFinished(r.job));
    await Promise.all(open.map((r) => this.cancel(r.job.id, reason)));
  }

  private get(id: string): JobRecord {
    const rec = typeof id === 'string' ? this.jobs.get(id) : undefined;
    if (!rec) throw new WorkstationError('NOT_FOUND', M.jobNotFound(String(id)));
    return rec;
  }

  private async run(rec: JobRecord, ws: Parameters<typeof importFile>[0], req: ImportRequest): Promise<void> {
    const { job, controller } = rec;
    if (controller.signal.aborted) return;
    job.state = 'running';
    const n = req.sources.length;
    const sources = referenceListsFirst(req.sources, (x) => x.name);
    const imported: ImportSourceEntry[] = [];
    try {
      for (const [i, src] of sources.entries()) {
        controller.signal.throwIfAborted();
        job.file = src.name;
        job.fileIndex = i;
        try {
          const results = await importFile(ws, src.path, {
            kind: req.kind, mapping: req.mapping, replace: req.replace, strict: req.strict, signal: controller.signal,
            onProgress: (p) => {
              job.phase = p.phase;
              job.rows = p.rows;
              job.rowsPerSecond = Math.round(p.rowsPerSecond);
              job.fraction = p.fraction === null ? null : Math.min(1, (i + p.fraction) / n);
            },
          });
          job.results.push(...results);
          imported.push(src);
          if (results.some((r) => r.skipped === null)) this.onChanged();
        } catch (e) {
          if (controller.signal.aborted || toWireError(e).code === 'CANCELLED') throw e;
          job.failures.push({ file: src.name, error: toWireError(e) });
        }
      }
      job.phase = 'done';
      job.fraction = 1;
      const allFailed = job.failures.length === n && n > 0;
      finish(job, allFailed ? 'failed' : 'done', null);
      if (allFailed) job.error = job.failures[0].error;
      // A source another unfinished job still needs stays; a failed file's upload stays for a retry.
      const needed = new Set([...this.jobs.values()].filter((r) => r !== rec && !isFinished(r.job)).flatMap((r) => r.sources.map((x) => x.id)));
      this.onDone(imported.filter((x) => !needed.has(x.id)));
    } catch (e) {
      const cancelled = controller.signal.aborted || toWireError(e).code === 'CANCELLED';
      finish(job, cancelled ? 'cancelled' : 'failed', cancelled ? new WorkstationError('CANCELLED', M.importCancelled) : e);
    }
  }

  private prune(): void {
    for (const [id, rec] of this.jobs) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (isFinished(rec.job)) this.jobs.delete(id);
    }
  }
}

function isFinished(job: ImportJob): boolean {
  return job.state !== 'queued' && job.state !== 'running';
}

function finish(job: ImportJob, state: ImportJob['state'], error: unknown): void {
  job.state = state;
  job.error = error === null ? null : toWireError(error);
}

function snapshot(job: ImportJob): ImportJob {
  return structuredClone(job);
}
