/**
 * SHA-256 of a file, streamed: the batch's identity (the same file again is a no-op). A new file's
 * hash is computed on a worker thread while the import runs (see import-file.ts): the thread that
 * converts rows need not first spend ~0.3–0.6 s reading and hashing a 1 M-row export.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Hex SHA-256 of the file's bytes. */
export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

// Plain CommonJS evaluated in the worker: no file to ship beside the app's bundle, no loader needed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
(async () => {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(workerData.path, { highWaterMark: 1 << 20 })) h.update(chunk);
  parentPort.postMessage({ sha256: h.digest('hex') });
})().catch((e) => parentPort.postMessage({ error: String((e && e.message) || e) }));
`;

/** A hash being computed on a worker thread. */
export interface BackgroundHash {
  /** The hex SHA-256; rejects like {@link sha256File} when the file cannot be read. */
  readonly sha256: Promise<string>;
  /** Stops the worker (an import that fails early need not finish reading the file). */
  cancel(): void;
}

/** Starts hashing `path` on a worker thread; where no worker can start, hashes on this thread. */
export function sha256InBackground(path: string): BackgroundHash {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path } });
  } catch {
    return { sha256: sha256File(path), cancel: () => undefined };
  }
  const sha256 = new Promise<string>((resolve, reject) => {
    let fallback = false;
    worker.once('message', (m: { sha256?: string; error?: string }) => {
      if (m.sha256) resolve(m.sha256);
      else reject(new Error(m.error ?? 'hash failed'));
    });
    // The worker itself failed (not the file): hash here instead.
    worker.once('error', () => {
      fallback = true;
      sha256File(path).then(resolve, reject);
    });
    worker.once('exit', () => { if (!fallback) reject(new Error('hash worker stopped')); });
  }).finally(() => void worker.terminate());
  // Handled here so an import that fails before it asks for the hash leaves no unhandled rejection.
  sha256.catch(() => undefined);
  return { sha256, cancel: () => void worker.terminate() };
}
