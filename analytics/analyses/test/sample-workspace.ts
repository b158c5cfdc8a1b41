/**
 * Test helper: a workspace built by importing every file of `sample-data/exports/` (the committed
 * synthetic city), cached under the OS temp folder by the exports' content hash so parallel test
 * files build it once. Also reads `truth.json`, the facts the generator planted.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWorkspace, type Workspace } from '../../workspace/open.ts';
import { importFile } from '../../import/import-file.ts';
import { exportFilesIn, SAMPLE_EXPORTS } from '../../workspace/sample.ts';

/** The committed sample exports folder. */
export const EXPORTS_DIR = SAMPLE_EXPORTS;

/** Export files in import order (reference data first). */
export function exportFiles(): string[] {
  return exportFilesIn(EXPORTS_DIR);
}

/** The planted facts (`sample-data/exports/truth.json`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- truth.json is the generator's record; tests index into it freely
export function truth(): Record<string, any> {
  return JSON.parse(readFileSync(join(EXPORTS_DIR, 'truth.json'), 'utf8'));
}

function exportsHash(): string {
  const h = createHash('sha256');
  for (const f of exportFiles()) h.update(f).update(readFileSync(f));
  // The importer and the schema decide what the workspace holds: rebuild when their code changes.
  for (const area of ['../../import', '../../workspace']) {
    const root = resolve(import.meta.dirname, area);
    for (const f of readdirSync(root, { recursive: true }) as string[]) {
      if (f.endsWith('.ts') && !f.includes('test')) h.update(f).update(readFileSync(join(root, f)));
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** Path of the cached sample workspace, building it when needed. */
export async function sampleWorkspacePath(): Promise<string> {
  const path = join(tmpdir(), `supervise-sample-${exportsHash()}.duckdb`);
  if (existsSync(path)) return path;
  const building = `${path}.${process.pid}.building`;
  rmSync(building, { force: true });
  const ws = await openWorkspace(building, { create: true });
  try {
    for (const f of exportFiles()) await importFile(ws, f);
  } finally {
    ws.close();
  }
  renameSync(building, path);
  return path;
}

/** A private copy of the sample workspace, opened (read-write); close it when done. */
export async function openSampleWorkspace(): Promise<Workspace> {
  const src = await sampleWorkspacePath();
  const copy = join(tmpdir(), `supervise-sample-copy-${process.pid}-${Date.now()}.duckdb`);
  copyFileSync(src, copy);
  const ws = await openWorkspace(copy);
  return { ...ws, close: () => { ws.close(); rmSync(copy, { force: true }); rmSync(copy + '.wal', { force: true }); } };
}
