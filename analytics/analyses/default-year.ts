/**
 * The year an analysis uses when none is given: the latest year with penalty decisions, else with
 * tickets, else the previous calendar year (annual reports are about the year just ended).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../sql/fragment.ts';
import { one } from '../sql/run.ts';

/** Latest data year in the workspace. */
export async function defaultYear(conn: DuckDBConnection): Promise<number> {
  const r = await one<{ y: number | null }>(
    conn,
    sql`SELECT coalesce((SELECT max(year(decided_on)) FROM penalty_case), (SELECT max(year(received_at)) FROM hotline_ticket)) AS y`,
    '默认年度',
  );
  return r?.y ?? new Date().getFullYear() - 1;
}
