/**
 * What a new workspace starts with: the 连云港 divisions (replaced by a later division import) and
 * the default settings of DESIGN §3.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { LIANYUNGANG_DIVISIONS } from '../seed-divisions.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';

/** Inserts the seed rows (divisions and settings). */
export async function seedWorkspace(conn: DuckDBConnection): Promise<void> {
  for (const d of LIANYUNGANG_DIVISIONS) {
    await exec(
      conn,
      sql`INSERT INTO division (name, parent, kind, population, region_codes, streets)
          VALUES (${d.name}, ${d.parent}, ${d.kind}, ${d.population}, ${d.regionCodes}::VARCHAR[], ${d.streets}::VARCHAR[])`,
      'seed division',
    );
  }
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    await exec(conn, sql`INSERT INTO setting (key, value) VALUES (${key}, ${JSON.stringify(value)}::JSON)`, 'seed setting');
  }
}
