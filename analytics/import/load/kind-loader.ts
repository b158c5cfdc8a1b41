/**
 * What each import kind provides to the loader: the tables it fills, their staged columns, and a
 * converter from one mapped row to canonical rows. Converters record rejects on the row itself.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnMapping, TableLayout } from '../headers/header-types.ts';
import type { TableName } from '../../workspace/schema.ts';
import type { DedupeSpec } from './dedupe.ts';
import type { DivisionIndex } from './division-index.ts';
import type { RowInput } from './row-input.ts';
import type { StagedColumn, StagedValue } from './staging.ts';

/** A table a kind writes, with the columns it stages. */
export interface KindTable {
  table: TableName;
  columns: readonly StagedColumn[];
  /** `replace`: a row whose key exists replaces it (INSERT OR REPLACE on the primary key). */
  conflict?: 'replace';
}

/** What a converter may look at while preparing. */
export interface LoadContext {
  conn: DuckDBConnection;
  batchId: number;
  /** Batches being replaced: their rows do not count as existing duplicates. */
  replacedBatchIds: number[];
  sheet: string;
  fileName: string;
  mapping: ColumnMapping;
  /** The table as found (title rows above it, a `单位：万元` line). */
  layout: TableLayout;
  divisions: DivisionIndex;
  /** `YYYY-MM-DD`, the upper bound of plausible dates. */
  today: string;
  /** Workspace settings (JSON values). */
  settings: Record<string, unknown>;
  /** Notes for the import report (`罚款金额列未注明单位，按元处理`). Deduplicated by the caller. */
  notes: Set<string>;
}

/** Sends a converted row to one of the kind's tables (by index into `tables`). */
export type Emit = (tableIndex: number, values: StagedValue[]) => void;

/** A prepared converter for one sheet. */
export interface KindLoader {
  readonly tables: readonly KindTable[];
  /** Converts one row. Rejects are recorded on `input`; a rejected row must emit nothing. */
  convert(input: RowInput, emit: Emit): void;
  /** Duplicate keys checked in SQL after staging (large tables; their first table, by `source_row`). */
  dedupe?: DedupeSpec;
  /** Runs after all rows are staged, inside the transaction (e.g. merging replaced divisions). */
  finish?(): Promise<void>;
}

/** Builds a converter for a sheet (may query the workspace, e.g. for existing keys). */
export type KindLoaderFactory = (ctx: LoadContext) => Promise<KindLoader>;
