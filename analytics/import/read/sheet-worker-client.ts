/**
 * Reads one large .xlsx worksheet with a worker thread doing the byte work — inflate, CRC-32, the
 * XML scan — while this thread converts the recorded cells (shared strings, numbers, dates) and the
 * importer converts and stages rows. On a 1 M-row sheet the byte work is about a third of the
 * import's main-thread time. Batches arrive by transfer (see `xlsx-cell-recorder.ts`); the worker
 * reads at most {@link AHEAD} batches ahead. Errors arrive as `{name, message}` and are rebuilt as
 * the {@link ReadError} the in-thread reader would have thrown; a worker that cannot start falls
 * back to reading on this thread. Used only where the machine has cores to spare (`limits.ts`):
 * on 2 cores the extra thread made the import slower.
 */
import type { Worker } from 'node:worker_threads';
import type { SheetRow } from '../types.ts';
import type { SheetScanContext } from './xlsx-cell-convert.ts';
import { fromWorkerError, readError } from './read-error.ts';
import { rowsFromRecords } from './recorded-rows.ts';
import type { SheetWorkerData, SheetWorkerMessage } from './sheet-worker.ts';
import { startReaderWorker } from './start-worker.ts';

/**
 * What converting recorded cells needs. With a shared-strings table still being parsed (see
 * `shared-strings-client.ts`), `until(n)` waits for its first n strings and `complete()` for all.
 */
export interface WorkerScanContext {
  ctx: SheetScanContext;
  until?: (count: number) => Promise<void>;
  complete?: () => Promise<unknown>;
}

/** Batches the worker may read ahead of the consumer. */
const AHEAD = 4;

/** How often a sheet worker started and how often reading fell back to this thread (tests, logs). */
export const sheetWorkerStats = { started: 0, fallbacks: 0 };

type Event = SheetWorkerMessage | { type: 'failed'; error: Error } | { type: 'exit'; code: number };

/**
 * The rows of the sheet described by `data`, scanned on a worker thread and converted here with the
 * context `loadContext` gives (loaded while the worker starts scanning); `inThread` reads the sheet
 * here instead when the worker cannot start.
 */
export async function* workerSheetRows(
  data: SheetWorkerData,
  loadContext: () => Promise<WorkerScanContext>,
  inThread: () => AsyncIterable<SheetRow[]>,
  signal?: AbortSignal,
): AsyncGenerator<SheetRow[], void, undefined> {
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = startReaderWorker('sheet-worker', data);
  } catch {
    sheetWorkerStats.fallbacks++;
    yield* inThread();
    return;
  }
  const queue: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (e: Event) => {
    queue.push(e);
    wake?.();
  };
  worker.on('message', (m: SheetWorkerMessage) => push(m));
  worker.on('error', (error: Error) => push({ type: 'failed', error }));
  worker.on('exit', (code: number) => push({ type: 'exit', code }));
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  let started = false;
  try {
    worker.postMessage({ more: AHEAD });
    const { ctx, until, complete } = await loadContext();
    for (;;) {
      while (queue.length === 0) {
        signal?.throwIfAborted();
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
      signal?.throwIfAborted();
      const e = queue.shift() as Event;
      if (e.type === 'ready') {
        started = true;
        sheetWorkerStats.started++;
      } else if (e.type === 'batch') {
        worker.postMessage({ more: 1 });
        if (until && e.batch.maxShared >= ctx.sharedStrings.length) await until(e.batch.maxShared + 1);
        yield rowsFromRecords(e.batch, ctx);
      } else if (e.type === 'end') {
        // A damaged shared-strings part is only known at its end: it fails the sheet too.
        await complete?.();
        return;
      }
      else if (e.type === 'error') throw fromWorkerError(data.path, e.error);
      else if (!started) {
        // Never ran a line of the reader: read here instead.
        sheetWorkerStats.fallbacks++;
        yield* inThread();
        return;
      } else throw readError(data.path, `读取时后台线程意外退出${e.type === 'failed' ? `：${e.error.message}` : ''}`);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    void worker.terminate();
  }
}
