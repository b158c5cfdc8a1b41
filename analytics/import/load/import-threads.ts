/**
 * DuckDB's thread count during an import. The JavaScript row pipeline keeps one core busy from a
 * sheet's first row to its last, and DuckDB loads the staged parts meanwhile; with as many DuckDB
 * threads as cores the two fight over that core. Measured on 2 cores, 1 M penalty rows: one DuckDB
 * thread cut the process's CPU time from ~17.5 s to ~13–15 s (.xlsx and GB18030 CSV) and its wall
 * time with it. Once the rows are read, the rest (the last part, duplicate check, commit) is
 * DuckDB's alone and gets every thread back.
 */
import { availableParallelism } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec, one } from '../../sql/run.ts';

/** DuckDB threads for an import on a machine with `cores` cores, when DuckDB had `current`. */
export function importThreads(cores: number, current: number): number {
  return Math.max(1, Math.min(current, cores - 1));
}

/** Switches DuckDB between the import's thread count and the one it had. */
export class ImportThreads {
  private limited = false;

  private constructor(private readonly conn: DuckDBConnection, private readonly before: number, private readonly during: number) {}

  /** Reads the current setting; nothing changes until {@link limit}. */
  static async of(conn: DuckDBConnection): Promise<ImportThreads> {
    const row = await one<{ n: number }>(conn, sql`SELECT current_setting('threads')::INTEGER AS n`, '读取线程数');
    const before = row?.n ?? 1;
    return new ImportThreads(conn, before, importThreads(availableParallelism(), before));
  }

  /** While rows are converted: DuckDB leaves a core to JavaScript. */
  async limit(): Promise<void> {
    if (this.limited || this.during === this.before) return;
    await exec(this.conn, sql`SET threads = ${this.during}`, '设置导入线程数');
    this.limited = true;
  }

  /** Back to the setting found (idempotent; safe in a `finally`). */
  async restore(): Promise<void> {
    if (!this.limited) return;
    this.limited = false;
    await exec(this.conn, sql`SET threads = ${this.before}`, '恢复线程数');
  }
}
