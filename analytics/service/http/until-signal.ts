/**
 * Keeps a host process serving until Ctrl-C (SIGINT) or SIGTERM; used by `supervise serve` and by
 * `npm start` in browser mode.
 */

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
