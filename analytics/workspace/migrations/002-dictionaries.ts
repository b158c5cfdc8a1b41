/**
 * Migration 2: the dictionary tables DOMAIN asks to keep as data — the 2021 penalty categories with
 * their heaviest-first rank and annual-statistics column (DOMAIN §1, §4), and the annual indicator
 * codes with Chinese labels (DOMAIN §4). Analyses join them instead of hard-coding the order.
 * Seeded from the importer's tables of record; a later change to those needs a new migration that
 * refreshes these rows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { ANNUAL_GROUP, CATEGORY_CODES, HEAVIEST_ORDER } from '../../import/values/category.ts';
import { ANNUAL_INDICATORS } from '../../import/headers/annual-indicators.ts';

/** Creates and fills `penalty_category` and `annual_indicator`. */
export async function createDictionaries(conn: DuckDBConnection): Promise<void> {
  await exec(conn, sql`CREATE TABLE penalty_category (
    name VARCHAR NOT NULL PRIMARY KEY, code VARCHAR NOT NULL, severity_rank INTEGER NOT NULL, annual_indicator VARCHAR NOT NULL)`, 'migration 2');
  await exec(conn, sql`CREATE TABLE annual_indicator (
    code VARCHAR NOT NULL PRIMARY KEY, label VARCHAR NOT NULL, unit VARCHAR NOT NULL, money BOOLEAN NOT NULL, ord INTEGER NOT NULL)`, 'migration 2');
  for (const [code, name] of Object.entries(CATEGORY_CODES)) {
    await exec(
      conn,
      sql`INSERT INTO penalty_category VALUES (${name}, ${code}, ${HEAVIEST_ORDER.indexOf(name) + 1}, ${ANNUAL_GROUP[name]})`,
      'seed penalty_category',
    );
  }
  for (const [i, ind] of ANNUAL_INDICATORS.entries()) {
    await exec(conn, sql`INSERT INTO annual_indicator VALUES (${ind.code}, ${ind.label}, ${ind.defaultUnit}, ${ind.money}, ${i + 1})`, 'seed annual_indicator');
  }
}
