/**
 * Test helper for the bad-file corpus: runs `supervise import` as a user would (a child process),
 * measures its peak memory, runs many such children a few at a time, and takes a snapshot of a
 * workspace (batches and row counts) to prove a refused file changed nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql, ident } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { openWorkspace } from '../../../workspace/open.ts';
import { BATCH_TABLES } from '../../../workspace/schema.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const BIN = join(ROOT, 'analytics/cli/supervise.mjs');
const PROBE = pathToFileURL(join(import.meta.dirname, 'rss-probe.mjs')).href;

/** What one CLI run did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the child in bytes (null when it died before reporting). */
  peakRss: number | null;
  ms: number;
}

/** Runs `supervise ...args` in a child process (killed after `timeoutMs`), measuring its peak RSS. */
export function runCli(args: string[], rssFile: string, timeoutMs = 60_000): Promise<CliRun> {
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath, ['--import', PROBE, BIN, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SUPERVISE_RSS_FILE: rssFile } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) * 1024 : null;
        done({ code, stdout, stderr, peakRss, ms: Math.round(performance.now() - t0) });
      },
    );
  });
}

/** Runs `jobs` with at most `limit` of them at once; results in the order of `jobs`. */
export async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return out;
}

/** The parts of a workspace an import may change: its batches and the row count of every data table. */
export interface WorkspaceSnapshot {
  batches: { batch_id: number; file_name: string; sheet: string | null; sha256: string; rows_imported: number }[];
  counts: Record<string, number>;
}

const COUNTED = [...BATCH_TABLES, 'import_batch', 'import_reject'] as const;

/** Reads a snapshot of the workspace file (opened read-only, closed again). */
export async function snapshot(path: string): Promise<WorkspaceSnapshot> {
  const ws = await openWorkspace(path, { readOnly: true });
  try {
    const batches = await all<WorkspaceSnapshot['batches'][number]>(
      ws.conn, sql`SELECT batch_id, file_name, sheet, sha256, rows_imported FROM import_batch ORDER BY batch_id`,
    );
    const counts: Record<string, number> = {};
    for (const t of COUNTED) {
      counts[t] = (await all<{ n: number }>(ws.conn, sql`SELECT count(*)::INTEGER AS n FROM ${ident(t, COUNTED)}`))[0].n;
    }
    return { batches, counts };
  } finally {
    ws.close();
  }
}

/** Rows of a query against a workspace file (opened read-only, closed again). */
export async function query<T>(path: string, f: ReturnType<typeof sql>): Promise<T[]> {
  const ws = await openWorkspace(path, { readOnly: true });
  try {
    return await all<T>(ws.conn, f);
  } finally {
    ws.close();
  }
}
