/**
 * The workspace's import batches, read for the 数据来源 sheet and the report's source note.
 */
import type { QueryContext } from '../../analyses/query.ts';
import { sql } from '../../sql/fragment.ts';
import type { BatchRow } from './types.ts';

/** Every batch, oldest first. */
export async function readBatches(q: QueryContext): Promise<BatchRow[]> {
  return q.rows<BatchRow>(
    'report_batches',
    sql`SELECT batch_id, file_name, sha256, kind, sheet, imported_at, rows_read, rows_imported, rows_rejected
        FROM import_batch ORDER BY batch_id`,
  );
}
