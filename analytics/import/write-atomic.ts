/**
 * Writes a file under a temporary name in the same folder, then renames it: a killed process never
 * leaves a half-written file under the final name.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Atomically replaces `path` with `data`. */
export async function writeFileAtomic(path: string, data: Buffer | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
