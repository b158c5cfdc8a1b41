/**
 * Ctrl-C for long commands. The first SIGINT aborts the work through an AbortSignal, so the file in
 * progress rolls back its transaction and the command can say what was kept; a second SIGINT, for a
 * user who will not wait for the rollback, ends the process at once (the workspace is still safe:
 * an unfinished transaction never reaches the file).
 */

/** Exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const INTERRUPTED_EXIT = 130;

/** An abort signal tied to Ctrl-C while `run` runs; the handler is removed afterwards. */
export async function withInterrupt<T>(onFirst: () => void, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT);
    onFirst();
    controller.abort();
  };
  process.on('SIGINT', handler);
  try {
    return await run(controller.signal);
  } finally {
    process.off('SIGINT', handler);
  }
}
