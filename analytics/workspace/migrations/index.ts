/**
 * Ordered schema migrations. A workspace records each applied version in `schema_version`; opening
 * an older workspace applies the missing ones in one transaction each, a newer one is refused.
 * Append only: never edit a migration that has shipped.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { exec } from '../../sql/run.ts';
import { createCanonicalSchema } from './001-canonical-schema.ts';
import { seedWorkspace } from './001-seed.ts';
import { createDictionaries } from './002-dictionaries.ts';
import { addCategoriesKey } from './003-categories-key.ts';

/** One schema step. */
export interface Migration {
  version: number;
  name: string;
  up(conn: DuckDBConnection): Promise<void>;
}

/** All migrations, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'canonical schema, 连云港 divisions, default settings',
    async up(conn) {
      for (const f of createCanonicalSchema) await exec(conn, f, 'migration 1');
      await seedWorkspace(conn);
    },
  },
  {
    version: 2,
    name: 'penalty_category and annual_indicator dictionaries',
    up: createDictionaries,
  },
  {
    version: 3,
    name: 'penalty_case.categories_key (category list as JSON text, for grouping)',
    up: addCategoriesKey,
  },
];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
