/**
 * Running an analysis' queries: each named table runs once, comes back as JSON-friendly rows for
 * the CLI and the findings, and — when the host wants it (the UI) — as Arrow IPC bytes built from the
 * same DuckDB result, so there is one query per table whatever the consumer.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { encodeResult } from '../arrow/encode-ipc.ts';
import type { Fragment } from '../sql/fragment.ts';
import { toJsonRows } from '../sql/json-rows.ts';
import { run } from '../sql/run.ts';
import { readSettings } from '../workspace/settings.ts';

/** Workspace settings as the analyses read them. */
export type Settings = Awaited<ReturnType<typeof readSettings>>;

/** Executes an analysis' queries; collects Arrow tables when asked. */
export class QueryContext {
  /** Arrow IPC bytes by table name (only when constructed with `arrow: true`). */
  readonly arrow: Record<string, Uint8Array> = {};

  constructor(
    readonly conn: DuckDBConnection,
    readonly settings: Settings,
    private readonly opts: { arrow?: boolean } = {},
  ) {}

  /** Runs a named query and returns its rows (numbers as numbers, dates as `YYYY-MM-DD`). */
  async rows<T>(name: string, f: Fragment): Promise<T[]> {
    const reader = await run(this.conn, f, name);
    if (this.opts.arrow) this.arrow[name] = encodeResult(reader);
    return toJsonRows(reader) as T[];
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
