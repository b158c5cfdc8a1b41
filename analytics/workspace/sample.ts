/**
 * The bundled sample workspace: built on first run from `sample-data/exports/` into the user's data
 * folder, so `npm start` opens something real without any setup.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWorkspace } from './open.ts';

/** Where the app keeps its data: `SUPERVISE_DATA_DIR`, else the platform's application-data folder. */
export function userDataDir(): string {
  if (process.env.SUPERVISE_DATA_DIR) return resolve(process.env.SUPERVISE_DATA_DIR);
  const name = 'enforcement-supervision-workstation';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

/** The committed sample exports. */
export const SAMPLE_EXPORTS = resolve(import.meta.dirname, '../../sample-data/exports');

/** Export files of a folder in import order: divisions and agencies first, then benchmarks, then the rest. */
export function exportFilesIn(dir: string): string[] {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.') && !/\.(json|md)$/i.test(f));
  const rank = (f: string) => (/区划|division/i.test(f) ? 0 : /机关|agency/i.test(f) ? 1 : /基准|benchmark/i.test(f) ? 2 : 3);
  return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh')).map((f) => join(dir, f));
}

/**
 * Path of the sample workspace, created from the sample exports when missing (built under a
 * temporary name and renamed, so an interrupted first run leaves nothing half-built).
 */
export async function ensureSampleWorkspace(onFile?: (file: string) => void): Promise<string> {
  const dir = userDataDir();
  const path = join(dir, 'sample.duckdb');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const building = join(dir, `sample.building-${process.pid}.duckdb`);
  rmSync(building, { force: true });
  const { importFile } = await import('../import/import-file.ts');
  const ws = await openWorkspace(building, { create: true });
  try {
    for (const f of exportFilesIn(SAMPLE_EXPORTS)) {
      onFile?.(f);
      await importFile(ws, f);
    }
  } finally {
    ws.close();
  }
  renameSync(building, path);
  return path;
}
