/**
 * Running an analysis' queries: each named table runs once, comes back as JSON-friendly rows for
 * the CLI and the findings, and — when the host wants it (the UI) — as Arrow IPC bytes built from the
 * same DuckDB result, so there is one query per table whatever the consumer.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { encodeResult } from '../arrow/encode-ipc.ts';
import { ident, sql, type Fragment } from '../sql/fragment.ts';
import { toJsonRows } from '../sql/json-rows.ts';
import { execCached, runCached } from '../sql/statement-cache.ts';
import { readSettings } from '../workspace/settings.ts';

/** Workspace settings as the analyses read them. */
export type Settings = Awaited<ReturnType<typeof readSettings>>;

/**
 * Names of the temporary tables analyses may build: an analysis whose tables start from the same
 * relation (the cases counted into cells, the benchmark keys matched, the inspections chained)
 * builds it once per run instead of once per table. They are small on purpose — a few thousand
 * rows: writing a table of every case costs more than scanning the cases again. Temporary tables
 * live in the connection's own in-memory catalog, so this works on read-only workspaces too.
 */
export const TEMP_TABLES = [
  'analysis_penalty_cells', 'analysis_penalty_simple', 'analysis_penalty_combos', 'analysis_penalty_figures',
  'analysis_hotline_handling', 'analysis_hotline_counts',
  'analysis_deviation_cells', 'analysis_deviation_groups',
  'analysis_quality_episodes',
  'analysis_reconcile_rows',
] as const;

/** One temporary table name. */
export type TempTable = (typeof TEMP_TABLES)[number];

/** Executes an analysis' queries; collects Arrow tables when asked. */
export class QueryContext {
  /** Arrow IPC bytes by table name (only when constructed with `arrow: true`). */
  readonly arrow: Record<string, Uint8Array> = {};

  constructor(
    readonly conn: DuckDBConnection,
    readonly settings: Settings,
    private readonly opts: { arrow?: boolean } = {},
  ) {}

  /**
   * Runs a named query and returns its rows (numbers as numbers, dates as `YYYY-MM-DD`). Queries go
   * through the connection's kept prepared statements (`statement-cache.ts`): the service reruns the
   * same texts with other values whenever a filter changes, and a kept statement is planned once per
   * run instead of twice.
   */
  async rows<T>(name: string, f: Fragment): Promise<T[]> {
    const reader = await runCached(this.conn, f, name);
    const columns = reader.getColumnsJS();
    if (this.opts.arrow) this.arrow[name] = encodeResult(reader, columns);
    return toJsonRows(reader, columns) as T[];
  }

  /**
   * Runs `body` with the rows of `f` held in the temporary table `name`, dropped afterwards. Runs on
   * one connection are sequential (`runAnalysis` awaits each query), and two contexts never share
   * a connection's temporary table at the same time: the service runs one analysis per connection
   * at a time.
   */
  async withTemp<T>(name: TempTable, f: Fragment, body: (table: Fragment) => Promise<T>): Promise<T> {
    const table = ident(name, TEMP_TABLES);
    await this.statement(sql`CREATE OR REPLACE TEMP TABLE ${table} AS ${f}`);
    try {
      return await body(table);
    } finally {
      await this.statement(sql`DROP TABLE IF EXISTS ${table}`);
    }
  }

  /** `withTemp` for several tables at once: `body` gets them in the order of `specs`. */
  async withTemps<T>(specs: readonly (readonly [TempTable, Fragment])[], body: (tables: Fragment[]) => Promise<T>): Promise<T> {
    const [first, ...rest] = specs;
    if (!first) return body([]);
    return this.withTemp(first[0], first[1], (t) => this.withTemps(rest, (ts) => body([t, ...ts])));
  }

  /** Executes a statement without rows (a hook for the benchmark's recording). */
  protected async statement(f: Fragment): Promise<void> {
    await execCached(this.conn, f);
  }

  /** Runs a named single-row query (aggregates); the row, or null for no rows. */
  async one<T>(name: string, f: Fragment): Promise<T | null> {
    return (await this.rows<T>(name, f))[0] ?? null;
  }
}

/** Creates a context with the workspace's settings. */
export async function queryContext(conn: DuckDBConnection, opts: { arrow?: boolean } = {}): Promise<QueryContext> {
  return new QueryContext(conn, await readSettings(conn), opts);
}
