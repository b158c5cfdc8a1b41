/**
 * The shared-strings table of a large workbook, parsed on a worker thread and filled in as pieces
 * arrive (see `shared-strings-worker.ts`). Excel writers number shared strings in order of first
 * use, so the first rows of a sheet need only the first pieces: kind detection and the first
 * batches go ahead while the rest of the table (about 1 s of parsing per million rows) is parsed on
 * the other core. A reader asks {@link ProgressiveSharedStrings.until} for the strings a batch
 * needs; {@link ProgressiveSharedStrings.complete} waits for the whole table and surfaces the
 * part's errors (a CRC mismatch is only known at its end). A worker that cannot start is replaced
 * by parsing on this thread.
 */
import type { Worker } from 'node:worker_threads';
import type { ReadLimits } from './limits.ts';
import { fromWorkerError, readError } from './read-error.ts';
import { SharedStringTable } from './shared-string-table.ts';
import type { SharedStringsWorkerMessage } from './shared-strings-worker.ts';
import { startReaderWorker } from './start-worker.ts';
import { parseSharedStrings } from './xlsx-shared-strings.ts';
import type { ZipArchive } from './zip-directory.ts';

/** How often a shared-strings worker started and how often parsing fell back to this thread. */
export const sharedStringsWorkerStats = { started: 0, fallbacks: 0 };

interface Waiter { count: number; resolve: () => void; reject: (e: Error) => void }

/** A shared-strings table that grows while a worker parses the part. */
export class ProgressiveSharedStrings {
  /** The strings parsed so far (the table grows; readers keep the reference). */
  readonly table = new SharedStringTable();
  private finished = false;
  private failure: Error | null = null;
  private waiters: Waiter[] = [];
  private worker: Worker | null = null;
  private pieces = 0;

  constructor(private readonly zip: ZipArchive, private readonly part: string, private readonly limits: ReadLimits) {
    try {
      this.worker = startReaderWorker('shared-strings-worker', { path: zip.path, part, limits });
    } catch {
      this.fallBack();
      return;
    }
    sharedStringsWorkerStats.started++;
    this.worker.on('message', (m: SharedStringsWorkerMessage) => this.onMessage(m));
    this.worker.on('error', (e: Error) => this.onGone(e));
    this.worker.on('exit', () => this.onGone(null));
  }

  /** Resolves once at least `count` strings are in the table, or the table is complete. */
  until(count: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.table.length >= count || this.finished) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ count, resolve, reject }));
  }

  /** The whole table; rejects with the part's error. */
  async complete(): Promise<SharedStringTable> {
    await this.until(Infinity);
    return this.table;
  }

  /** Stops the worker (the workbook is closed). */
  close(): void {
    void this.worker?.terminate();
  }

  private onMessage(m: SharedStringsWorkerMessage): void {
    if (m.type === 'piece') {
      this.pieces++;
      const { bytes, starts, ends } = m.piece;
      this.table.appendBlock(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), starts, ends);
      this.wake();
    } else if (m.type === 'end') {
      this.finish(null);
    } else {
      this.finish(fromWorkerError(this.zip.path, m.error));
    }
  }

  private onGone(error: Error | null): void {
    if (this.finished || this.failure) return;
    // Never delivered anything: parse here instead.
    if (this.pieces === 0) {
      this.fallBack();
      return;
    }
    this.finish(readError(this.zip.path, `读取共享字符串时后台线程意外退出${error ? `：${error.message}` : ''}`));
  }

  private fallBack(): void {
    sharedStringsWorkerStats.fallbacks++;
    this.worker = null;
    parseSharedStrings(this.zip, this.part, this.limits, this.table).then(() => this.finish(null), (e: Error) => this.finish(e));
  }

  private wake(): void {
    const length = this.table.length;
    this.waiters = this.waiters.filter((w) => {
      if (w.count > length) return true;
      w.resolve();
      return false;
    });
  }

  private finish(failure: Error | null): void {
    if (this.finished || this.failure) return;
    if (failure) {
      this.failure = failure;
      for (const w of this.waiters) w.reject(failure);
    } else {
      this.finished = true;
      for (const w of this.waiters) w.resolve();
    }
    this.waiters = [];
    void this.worker?.terminate();
  }
}
