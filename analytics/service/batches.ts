/**
 * Import batches with their provenance, deleting one (all its rows, its rejects and its record in
 * one transaction: all or nothing), and the rejected rows of some batches as an .xlsx to send back
 * to the agency.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { BatchInfo } from '../contract.ts';
import { writeRejectsXlsx } from '../import/rejects-xlsx.ts';
import { ident, sql } from '../sql/fragment.ts';
import { all, exec, one } from '../sql/run.ts';
import { transaction } from '../workspace/open.ts';
import { BATCH_TABLES } from '../workspace/schema.ts';
import { WorkstationError } from './errors.ts';
import { M } from './messages.ts';

/** Every batch, newest first. */
export async function listBatches(conn: DuckDBConnection): Promise<BatchInfo[]> {
  const rows = await all<Omit<BatchInfo, 'notes'> & { notes: string | null }>(
    conn,
    sql`SELECT batch_id, file_name, sha256, kind, sheet, strftime(imported_at, '%Y-%m-%dT%H:%M:%S') AS imported_at,
               rows_read, rows_imported, rows_rejected, file_size, notes::VARCHAR AS notes
        FROM import_batch ORDER BY batch_id DESC`,
    '导入批次',
  );
  return rows.map((r) => ({ ...r, notes: parseNotes(r.notes) }));
}

function parseNotes(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [String(v)];
  } catch {
    return [json];
  }
}

/** Deletes a batch and everything it brought, in one transaction. */
export async function deleteBatch(conn: DuckDBConnection, batchId: number): Promise<void> {
  const found = await one<{ n: number }>(conn, sql`SELECT count(*) AS n FROM import_batch WHERE batch_id = ${batchId}`, '查找批次');
  if (!found || found.n === 0) throw new WorkstationError('NOT_FOUND', M.batchNotFound(batchId));
  await transaction(conn, async () => {
    for (const t of BATCH_TABLES) {
      await exec(conn, sql`DELETE FROM ${ident(t, BATCH_TABLES)} WHERE batch_id = ${batchId}`, `删除批次 ${t}`);
    }
    await exec(conn, sql`DELETE FROM import_reject WHERE batch_id = ${batchId}`, '删除拒绝记录');
    await exec(conn, sql`DELETE FROM import_batch WHERE batch_id = ${batchId}`, '删除批次记录');
  });
}

/** The rejects of the batches as .xlsx bytes with a file name. */
export async function exportRejects(conn: DuckDBConnection, batchIds: number[]): Promise<{ name: string; bytes: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), 'workstation-rejects-'));
  try {
    const path = join(dir, 'rejects.xlsx');
    await writeRejectsXlsx(conn, batchIds, path);
    const suffix = batchIds.length === 1 ? `批次${batchIds[0]}` : `${batchIds.length}个批次`;
    return { name: `导入拒绝记录_${suffix}.xlsx`, bytes: new Uint8Array(readFileSync(path)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
