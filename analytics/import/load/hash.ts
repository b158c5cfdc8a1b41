/**
 * SHA-256 of a file, streamed: the batch's identity (the same file again is a no-op). A new file's
 * hash is computed while the import runs (see import-file.ts): its reads overlap with the import's
 * work instead of delaying the first row by ~0.3–0.6 s at 1 M rows. (A worker thread for it was
 * measured on 2 cores, idle: no faster for a 1 M-row .xlsx, 8.3 s either way, and up to 0.7 s
 * slower for the CSV, where it competed with the row pipeline and DuckDB.)
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Hex SHA-256 of the file's bytes; stops early (rejecting) when `signal` aborts. */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal })) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** A hash being computed alongside other work. */
export interface BackgroundHash {
  /** The hex SHA-256; rejects like {@link sha256File} when the file cannot be read. */
  readonly sha256: Promise<string>;
  /** Stops reading (an import that fails early need not finish the file). */
  cancel(): void;
}

/** Starts hashing `path` without waiting for it. */
export function sha256InBackground(path: string): BackgroundHash {
  const stop = new AbortController();
  const sha256 = sha256File(path, stop.signal);
  // Handled here so an import that fails before it asks for the hash leaves no unhandled rejection.
  sha256.catch(() => undefined);
  return { sha256, cancel: () => stop.abort() };
}
