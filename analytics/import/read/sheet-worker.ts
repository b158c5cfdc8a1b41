/**
 * The worker thread of `sheet-worker-client.ts`: inflates one worksheet, checks it, cuts it into
 * rows and records where each cell's value lies (see `xlsx-cell-recorder.ts`). Batches go to the
 * parent by transfer, never more than the parent has asked for, so a slow consumer bounds the
 * memory held here. Converting values (shared strings, numbers, dates) stays with the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from './limits.ts';
import { openZip } from './zip-directory.ts';
import { toWorkerError, type WorkerError } from './read-error.ts';
import { openSheetRegions } from './xlsx-sheet-regions.ts';
import { CellRecorder, type RecordedBatch } from './xlsx-cell-recorder.ts';

/** What the parent passes in `workerData`. */
export interface SheetWorkerData {
  path: string;
  sheet: { name: string; part: string };
  limits: ReadLimits;
  /** Rows per batch. */
  batchRows: number;
}

/** Messages to the parent. `ready` means the modules loaded: a failure before it is a start failure. */
export type SheetWorkerMessage =
  | { type: 'ready' }
  | { type: 'batch'; batch: RecordedBatch }
  | { type: 'end' }
  | { type: 'error'; error: WorkerError };

/** Initial size of a batch's byte buffer; a batch of 2 000 wide rows is about 2 MB. */
const BATCH_BYTES = 4 << 20;

async function run(port: NonNullable<typeof parentPort>, data: SheetWorkerData): Promise<void> {
  let credit = 0;
  let wake: (() => void) | null = null;
  port.on('message', (m: { more: number }) => {
    credit += m.more;
    wake?.();
  });
  const post = (m: SheetWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const send = async (batch: RecordedBatch) => {
    while (credit <= 0) await new Promise<void>((r) => (wake = r));
    wake = null;
    credit--;
    post({ type: 'batch', batch }, [batch.bytes.buffer as ArrayBuffer, batch.records.buffer as ArrayBuffer]);
  };
  post({ type: 'ready' });
  try {
    const opened = await openSheetRegions(await openZip(data.path), data.sheet, data.limits);
    if (opened) {
      const rec = new CellRecorder({ maxColumns: data.limits.maxColumns, fail: opened.fail }, opened.prefix, BATCH_BYTES);
      for await (const region of opened.regions) {
        rec.record(region);
        if (rec.rowCount >= data.batchRows) await send(rec.take());
        // Nothing after </sheetData> holds cells: stop inflating.
        if (rec.done) break;
      }
      if (rec.rowCount > 0) await send(rec.take());
    }
    post({ type: 'end' });
  } catch (e) {
    post({ type: 'error', error: toWorkerError(e) });
  }
}

if (parentPort) await run(parentPort, workerData as SheetWorkerData);
