/**
 * V8 flags the engine's processes run with. The import pipeline allocates short-lived strings per
 * cell; with V8's default 16 MB semi-space a 1 M-row import spent about a third of its time in
 * scavenges that copied live batches back and forth. A 64 MB semi-space lets them die young
 * (measured: 1 M-row GB18030 CSV 20–23 s → 13.5 s; larger sizes gained nothing and cost RSS).
 *
 * V8 reads the flag only at start-up, so it is written where each process starts: the shebang of
 * `supervise.mjs`, `npm start` in package.json, and the benchmark's child processes. A test keeps
 * those in step with this list.
 */
export const ENGINE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
