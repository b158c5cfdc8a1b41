// Entry of the sheet worker when the engine runs from its TypeScript sources (CLI, tests, serve): a
// worker thread does not inherit the parent's tsx loader, so it registers its own before loading
// the worker module. The bundled app starts the bundled worker instead (see sheet-worker-client.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
