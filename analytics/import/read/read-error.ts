/**
 * Error helpers shared by the readers: every message names the file (by its base name, as the analyst
 * sees it) and the problem in Chinese, so the CLI and the UI can show it as one line.
 */
import { basename } from 'node:path';

/** An error raised for an unreadable input file; `cause` keeps the low-level error for logs. */
export class ReadError extends Error {
  override name = 'ReadError';
  /** The path of the file that failed. */
  readonly path: string;

  constructor(path: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.path = path;
  }
}

/** Builds `文件 "name.xlsx" <problem>` as a {@link ReadError}. */
export function readError(path: string, problem: string, cause?: unknown): ReadError {
  return new ReadError(path, `文件 "${basename(path)}" ${problem}`, cause);
}

/** True for the error an aborted signal raises, which must pass through unchanged. */
export function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

/** Readable size for messages: 1.5 MB, 2.0 GB. */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}

/** An error as a reader's worker thread posts it to the parent. */
export interface WorkerError {
  name: string;
  message: string;
}

/** The posted form of anything a worker's reader threw. */
export function toWorkerError(e: unknown): WorkerError {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message };
}

/** The error the in-thread reader would have thrown: a ReadError keeps its class and message. */
export function fromWorkerError(path: string, e: WorkerError): Error {
  if (e.name === 'ReadError') return new ReadError(path, e.message);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
