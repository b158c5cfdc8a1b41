/**
 * The sample workspace for the end-to-end tests: every committed export imported with the real CLI,
 * cached in the OS temp folder under a key of the export files and the importer's sources (a change
 * to either builds a new one). Built under a temporary name and renamed, so parallel runs never see
 * half a workspace.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SAMPLE_EXPORTS } from './paths.ts';
import { supervise } from './cli.ts';

/** Export files to import (truth.json is the generator's answer key, not an export). */
export function sampleFiles(): string[] {
  return readdirSync(SAMPLE_EXPORTS)
    .filter((f) => /\.(xlsx|xls|csv)$/i.test(f))
    .sort()
    .map((f) => join(SAMPLE_EXPORTS, f));
}

function walk(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'test') walk(p, out);
    } else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function cacheKey(): string {
  const h = createHash('sha256');
  const files = [...sampleFiles(), ...walk(join(REPO_ROOT, 'analytics/import'), []), ...walk(join(REPO_ROOT, 'analytics/workspace'), [])];
  for (const f of files) {
    const s = statSync(f);
    h.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

/** The cached sample workspace's path (built on first use). */
export async function sampleWorkspace(): Promise<string> {
  const path = join(tmpdir(), `workstation-e2e-sample-${cacheKey()}.duckdb`);
  if (existsSync(path)) return path;
  // Older caches (other sources) are dead weight in the temp folder.
  for (const f of readdirSync(tmpdir())) if (/^workstation-e2e-sample-[0-9a-f]{16}\.duckdb$/.test(f)) rmSync(join(tmpdir(), f), { force: true });
  const building = `${path}.${process.pid}.building.duckdb`;
  rmSync(building, { force: true });
  await supervise(['import', ...sampleFiles(), '--workspace', building]);
  renameSync(building, path);
  return path;
}

/** A private copy of the sample workspace (a server holds its file open; tests that write use copies). */
export async function workspaceCopy(label: string): Promise<string> {
  const copy = join(tmpdir(), `workstation-e2e-${label}-${process.pid}-${Date.now()}.duckdb`);
  copyFileSync(await sampleWorkspace(), copy);
  return copy;
}

/** A new empty workspace. */
export async function freshWorkspace(label: string): Promise<string> {
  const path = join(tmpdir(), `workstation-e2e-${label}-${process.pid}-${Date.now()}.duckdb`);
  await supervise(['init', '--workspace', path]);
  return path;
}

/** Removes a workspace made by the tests (and its WAL). */
export function removeWorkspace(path: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
}
