/**
 * Writes a file under a temporary name in the same folder, then renames it: a killed process never
 * leaves a half-written file under the final name. The temporary file of a writer that was killed
 * is deleted by the next write of the same file.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeEntriesOfDeadProcesses } from './dead-process-files.ts';

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

/**
 * Deletes `.NAME.PID.tmp` files of `path` whose writer no longer runs: left by a killed export,
 * they would otherwise stay in the user's report folder for good (and show on Windows).
 */
function removeStaleTemps(path: string): void {
  const prefix = `.${basename(path)}.`;
  removeEntriesOfDeadProcesses(dirname(path), (name) =>
    name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : null);
}
