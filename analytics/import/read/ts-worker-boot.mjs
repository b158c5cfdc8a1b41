// Entry of the reader's worker threads when the engine runs from its TypeScript sources (CLI, tests,
// serve): a worker thread does not inherit the parent's tsx loader, so it registers its own before
// loading the worker module named in workerData. The bundled app starts its bundled workers instead
// (see start-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
