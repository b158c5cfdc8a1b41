/**
 * Files and folders named after the process that owns them (`…-PID-…`, `.NAME.PID.tmp`): a process
 * killed mid-write cannot remove its own, so the next one removes those whose owner is gone.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process with this id runs (EPERM: it does, as another user). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the entries of `dir` whose owner (`ownerPid(name)`; null for entries that are not ours)
 * no longer runs. Best effort: an unreadable folder or an entry that will not go is left alone,
 * since cleaning up must never fail the work that called it.
 */
export function removeEntriesOfDeadProcesses(dir: string, ownerPid: (name: string) => number | null): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = ownerPid(name);
    if (pid === null || !Number.isInteger(pid) || pid <= 0 || pid === process.pid || isProcessRunning(pid)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // The next run tries again.
    }
  }
}
