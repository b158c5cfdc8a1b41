/**
 * Opening a workspace: one DuckDB file. Creates it when asked, migrates an older schema, refuses a
 * newer one, and can open read-only for queries (a write then fails inside DuckDB).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../sql/fragment.ts';
import { all, exec } from '../sql/run.ts';
import { openFailure, WorkspaceError } from './errors.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

/** An open workspace. Close it when done: DuckDB holds a file lock while open. */
export interface Workspace {
  readonly path: string;
  readonly readOnly: boolean;
  readonly conn: DuckDBConnection;
  /** Schema version after opening (and migrating). */
  readonly version: number;
  /**
   * Another connection to the same database (for queries run side by side); the caller closes it
   * before {@link close}.
   */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

/** How to open. */
export interface OpenOptions {
  /** Open read-only (queries only). The file must exist. */
  readOnly?: boolean;
  /** Create the file when it does not exist (ignored when readOnly). Default false. */
  create?: boolean;
  /** Migrate only up to this version (tests of old workspaces). */
  targetVersion?: number;
  /**
   * DuckDB's memory limit for this open (e.g. `'512MB'`); default DuckDB's (80 % of RAM). The
   * import command caps it (see {@link IMPORT_MEMORY_LIMIT}): an import streams, and DuckDB would
   * otherwise keep every written block cached.
   */
  memoryLimit?: string;
}

/**
 * DuckDB memory limit of every other open (the app, analyses, reports). DuckDB's own default is 80 %
 * of RAM, and it keeps scanned blocks cached up to it: a 10 M-case dashboard grew to 4.45 GB at a
 * 3 GB limit (the process holds ~1.3 GB besides DuckDB's buffers), 3.96 GB at 2.5 GB, 2.8 GB at
 * 1.5 GB (but 25 % slower). Large sorts and joins spill to disk beyond the limit instead of failing.
 */
export const WORKSPACE_MEMORY_LIMIT = '2304MB';

/** DuckDB memory limit of a command-line import: with the reader's and V8's own ~500 MB, peak stays under 1 GiB. */
export const IMPORT_MEMORY_LIMIT = '256MB';

/** Opens (and when needed creates or migrates) a workspace file. */
export async function openWorkspace(path: string, opts: OpenOptions = {}): Promise<Workspace> {
  const file = resolve(path);
  const exists = existsSync(file);
  if (!exists && (opts.readOnly || !opts.create)) {
    throw new WorkspaceError('NOT_FOUND', `工作区不存在：${file}（workspace not found; create it with "supervise init"）`);
  }
  if (!exists) mkdirSync(dirname(file), { recursive: true });

  if (opts.readOnly) {
    // A read-only open cannot migrate: bring an old file up to date first, then reopen read-only.
    const ro = await connect(file, true, opts.memoryLimit);
    const version = await currentVersion(ro.conn);
    if (version > LATEST_VERSION) return refuseNewer(ro, file, version);
    if (version === LATEST_VERSION) return ro;
    ro.close();
    (await openWorkspace(file, { create: false })).close();
    return connect(file, true, opts.memoryLimit);
  }

  const ws = await connect(file, false, opts.memoryLimit);
  const version = await currentVersion(ws.conn);
  if (version > LATEST_VERSION) return refuseNewer(ws, file, version);
  const target = opts.targetVersion ?? LATEST_VERSION;
  if (version < target) await migrate(ws.conn, version, target);
  return { ...ws, version: Math.max(version, target) };
}

/**
 * An in-memory workspace with the full schema (tests, the SQL matcher, scratch work). Nothing is
 * written to disk.
 */
export async function openMemoryWorkspace(opts: { targetVersion?: number } = {}): Promise<Workspace> {
  const ws = await connect(':memory:', false);
  const target = opts.targetVersion ?? LATEST_VERSION;
  await migrate(ws.conn, 0, target);
  return { ...ws, version: target };
}

async function connect(file: string, readOnly: boolean, memoryLimit?: string): Promise<Workspace & { version: number }> {
  let instance: DuckDBInstance;
  const config: Record<string, string> = readOnly ? { access_mode: 'READ_ONLY' } : {};
  config.memory_limit = memoryLimit ?? WORKSPACE_MEMORY_LIMIT;
  try {
    instance = await DuckDBInstance.create(file, config);
  } catch (e) {
    throw openFailure(file, e);
  }
  const conn = await instance.connect();
  const ws = {
    path: file,
    readOnly,
    conn,
    version: 0,
    connect: () => instance.connect(),
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
  ws.version = await currentVersion(conn).catch((e) => {
    ws.close();
    throw openFailure(file, e);
  });
  return ws;
}

function refuseNewer(ws: Workspace, file: string, version: number): never {
  ws.close();
  throw new WorkspaceError(
    'TOO_NEW',
    `工作区 ${file} 的版本（${version}）比本程序支持的版本（${LATEST_VERSION}）新，请升级程序后再打开（workspace is newer than this program）`,
  );
}

/** The schema version recorded in the file (0 for an empty DuckDB file). */
export async function currentVersion(conn: DuckDBConnection): Promise<number> {
  const t = await all<{ n: number }>(
    conn,
    sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'`,
    'schema version table',
  );
  if (t[0].n === 0) return 0;
  const v = await all<{ v: number | null }>(conn, sql`SELECT max(version) AS v FROM schema_version`, 'schema version');
  return v[0].v ?? 0;
}

async function migrate(conn: DuckDBConnection, from: number, to: number): Promise<void> {
  await exec(
    conn,
    sql`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR, applied_at TIMESTAMP NOT NULL)`,
    'schema_version',
  );
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > to) continue;
    await exec(conn, sql`BEGIN TRANSACTION`, 'begin');
    try {
      await m.up(conn);
      await exec(conn, sql`INSERT INTO schema_version VALUES (${m.version}, ${m.name}, current_localtimestamp())`, 'record migration');
      await exec(conn, sql`COMMIT`, 'commit');
    } catch (e) {
      await exec(conn, sql`ROLLBACK`, 'rollback').catch(() => undefined);
      throw new WorkspaceError('INVALID', `工作区升级到版本 ${m.version} 失败：${e instanceof Error ? e.message : e}`, { cause: e });
    }
  }
}

/** Runs `fn` in one transaction: all or nothing. */
export async function transaction<T>(conn: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  await exec(conn, sql`BEGIN TRANSACTION`, 'begin');
  try {
    const out = await fn();
    await exec(conn, sql`COMMIT`, 'commit');
    return out;
  } catch (e) {
    await exec(conn, sql`ROLLBACK`, 'rollback').catch(() => undefined);
    throw e;
  }
}
