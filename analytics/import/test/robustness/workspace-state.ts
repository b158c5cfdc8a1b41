/**
 * What a workspace holds, for "unchanged" and "intact" assertions: every batch, and per table its
 * row count and (optionally) a content fingerprint. `checkWorkspace` also puts the file through
 * DuckDB's own checks after a crash: open read-only and read-write, `PRAGMA database_size`,
 * `CHECKPOINT`, and a full scan of every column of every table (DuckDB verifies each block's
 * checksum as it reads it; it has no separate integrity pragma).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BatchRecord } from '../../import-file.ts';
import { ident, sql } from '../../../sql/fragment.ts';
import { all, exec } from '../../../sql/run.ts';
import { openWorkspace } from '../../../workspace/open.ts';

/** A workspace's content. */
export interface WorkspaceState {
  /** Every import_batch row (the columns that must never change behind the user's back). */
  batches: BatchRecord[];
  /** Table → row count, or `count:fingerprint` when hashed. */
  tables: Record<string, string>;
}

/** Reads the state over an open connection; `hashes` adds a fingerprint of every row of every table. */
export async function workspaceState(conn: DuckDBConnection, opts: { hashes?: boolean } = {}): Promise<WorkspaceState> {
  const names = (await all<{ name: string }>(
    conn,
    sql`SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY table_name`,
    'tables',
  )).map((r) => r.name);
  const tables: Record<string, string> = {};
  for (const name of names) {
    const t = ident(name, names);
    // hash(t) hashes the whole row, so the scan reads (and checksums) every column's blocks.
    const [r] = opts.hashes
      ? await all<{ n: number; h: string }>(conn, sql`SELECT count(*)::INTEGER AS n, coalesce(sum(hash(t)), 0)::VARCHAR AS h FROM ${t} AS t`, name)
      : await all<{ n: number; h: string }>(conn, sql`SELECT count(*)::INTEGER AS n, '' AS h FROM ${t}`, name);
    tables[name] = opts.hashes ? `${r.n}:${r.h}` : String(r.n);
  }
  const batches = await all<BatchRecord>(
    conn,
    sql`SELECT batch_id, file_name, sha256, kind, sheet, rows_read, rows_imported, rows_rejected FROM import_batch ORDER BY batch_id`,
    'batches',
  );
  return { batches, tables };
}

/**
 * Opens a workspace file the ways a user would after a crash — read-only first (a report run),
 * then read-write (the app) with DuckDB's checks, then read-only again — and returns its state,
 * failing when the three disagree.
 */
export async function checkWorkspace(path: string): Promise<WorkspaceState> {
  const ro = await openWorkspace(path, { readOnly: true });
  let first: WorkspaceState;
  try {
    first = await workspaceState(ro.conn, { hashes: true });
  } finally {
    ro.close();
  }
  const rw = await openWorkspace(path);
  let second: WorkspaceState;
  try {
    const [size] = await all<{ used_blocks: number; total_blocks: number; free_blocks: number }>(rw.conn, sql`PRAGMA database_size`, 'size');
    if (!(size.used_blocks > 0) || size.used_blocks + size.free_blocks !== size.total_blocks) {
      throw new Error(`database_size inconsistent: ${JSON.stringify(size)}`);
    }
    await exec(rw.conn, sql`CHECKPOINT`, 'checkpoint');
    second = await workspaceState(rw.conn, { hashes: true });
  } finally {
    rw.close();
  }
  const again = await openWorkspace(path, { readOnly: true });
  try {
    const third = await workspaceState(again.conn, { hashes: true });
    for (const s of [second, third]) {
      if (JSON.stringify(s) !== JSON.stringify(first)) {
        throw new Error(`workspace reads differently when reopened:\n${JSON.stringify(first)}\n${JSON.stringify(s)}`);
      }
    }
  } finally {
    again.close();
  }
  return first;
}
