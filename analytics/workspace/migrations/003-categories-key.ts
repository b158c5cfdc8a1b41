/**
 * Migration 3: `penalty_case.categories_key`, the category list as JSON text, filled for the cases
 * already imported (see `categories-key.ts` for why it exists).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { fillCategoriesKey } from '../categories-key.ts';

/** Adds and fills the column. */
export async function addCategoriesKey(conn: DuckDBConnection): Promise<void> {
  await exec(conn, sql`ALTER TABLE penalty_case ADD COLUMN categories_key VARCHAR`, 'migration 3');
  await fillCategoriesKey(conn);
}
