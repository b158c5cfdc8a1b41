/**
 * DuckDB's thread count during an import. The JavaScript row pipeline keeps one core busy from the
 * first row to the last, and DuckDB loads the staged parts meanwhile; with as many DuckDB threads as
 * cores the two fight over that core. Measured on 2 cores, 1 M penalty rows: one DuckDB thread cut
 * the process's CPU time from ~17.5 s to ~13–15 s (.xlsx and GB18030 CSV) and its wall time with it.
 */
import { availableParallelism } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec, one } from '../../sql/run.ts';

/** DuckDB threads for an import on a machine with `cores` cores, when DuckDB had `current`. */
export function importThreads(cores: number, current: number): number {
  return Math.max(1, Math.min(current, cores - 1));
}

/** Runs `fn` with DuckDB limited to {@link importThreads}, then restores the setting it found. */
export async function withImportThreads<T>(conn: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  const row = await one<{ n: number }>(conn, sql`SELECT current_setting('threads')::INTEGER AS n`, '读取线程数');
  const current = row?.n ?? 1;
  const want = importThreads(availableParallelism(), current);
  if (want === current) return fn();
  await exec(conn, sql`SET threads = ${want}`, '设置导入线程数');
  try {
    return await fn();
  } finally {
    await exec(conn, sql`SET threads = ${current}`, '恢复线程数').catch(() => undefined);
  }
}
