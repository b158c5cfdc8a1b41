/**
 * A promise-chain lock: tasks run one at a time in call order. A DuckDB connection runs one
 * statement sequence at a time, and imports must never interleave, so every use of a connection goes
 * through one of these.
 */

/** Runs async tasks one after another. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Queues `task`; resolves or rejects with its outcome. A failure does not block later tasks. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const next = this.tail.then(task, task);
    this.tail = next.then(
      () => this.pending--,
      () => this.pending--,
    );
    return next;
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.pending;
  }

  /** Resolves when everything queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
