/**
 * Starts one of the reader's worker threads (`sheet-worker`, `shared-strings-worker`). From the
 * TypeScript sources (CLI, tests, serve) it goes through a small boot file that registers tsx; the
 * app's bundle ships each worker as `NAME.mjs` beside its main module (build/build-electron.mjs).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The reader's workers. */
export type ReaderWorker = 'sheet-worker' | 'shared-strings-worker';

/** Starts worker `name` with `data` as its workerData. */
export function startReaderWorker(name: ReaderWorker, data: object): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return new Worker(new URL('./ts-worker-boot.mjs', here), { workerData: { ...data, module: new URL(`./${name}.ts`, here).href } });
  }
  // Packaged, the bundle is inside app.asar; electron-builder also unpacks the workers beside it
  // (build/electron-builder.yml), since older Electron versions cannot start a worker from an asar.
  const bundled = fileURLToPath(new URL(`./${name}.mjs`, here));
  const unpacked = bundled.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return new Worker(unpacked !== bundled && existsSync(unpacked) ? unpacked : bundled, { workerData: data });
}
