/**
 * Writes a file under a temporary name in the same folder, then renames it: a killed process never
 * leaves a half-written file under the final name. The temporary file of a writer that was killed
 * is deleted by the next write of the same file.
 */
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Atomically replaces `path` with `data`. */
export async function writeFileAtomic(path: string, data: Buffer | string): Promise<void> {
  removeStaleTemps(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

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
 * Deletes `.NAME.PID.tmp` files of `path` whose writer no longer runs: left by a killed export,
 * they would otherwise stay in the user's report folder for good (and show on Windows).
 */
function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    const pid = Number(n.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isProcessRunning(pid)) continue;
    try {
      rmSync(join(dir, n), { force: true });
    } catch {
      // Best effort: a leftover never stops the export itself.
    }
  }
}
