/**
 * V8 flags the engine's processes run with. The import pipeline allocates short-lived strings per
 * cell; with V8's default 16 MB semi-space a 1 M-row import spent about a third of its time in
 * scavenges that copied live batches back and forth. A larger semi-space lets them die young
 * (measured on a 1 M-row GB18030 CSV: 20–23 s at 16 MB → 13.5–14.6 s at 32 or 64 MB; 128 MB was
 * slower). 32 MB keeps the 1 M-row .xlsx import's peak RSS under 1 GiB (64 MB: ~1.07 GiB).
 *
 * V8 reads the flag only at start-up, so it is written where each process starts: the shebang of
 * `supervise.mjs`, `npm start` in package.json, and the benchmark's child processes. A test keeps
 * those in step with this list.
 */
export const ENGINE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
