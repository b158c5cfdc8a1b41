/**
 * The host's open workspace: one DuckDB instance (DuckDB allows one writing process per file; a
 * second process gets "工作区正被另一个程序使用") with a few query connections and one connection for
 * imports and deletions. Each connection has its own transaction, so dashboards keep reading the
 * committed data while an import's transaction is open, and a failed query can never abort an
 * import. Each connection runs one task at a time (its `Serial`); independent analyses (the
 * overview runs all six) use the query connections in parallel.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openWorkspace, WORKSPACE_MEMORY_LIMIT, type Workspace } from '../workspace/open.ts';
import { openFailure } from '../workspace/errors.ts';
import { Serial } from './serial.ts';

/** Query connections: enough for the overview's analyses to overlap, few enough to stay cheap. */
export const READ_CONNECTIONS = 3;

/** An open workspace as the service holds it. */
export interface WorkspaceHandle {
  readonly path: string;
  readonly version: number;
  /** Runs a read task on a query connection. */
  read<T>(task: (ws: Workspace) => Promise<T>): Promise<T>;
  /** Runs a write task (import, delete) on the write connection, after earlier writes. */
  write<T>(task: (ws: Workspace) => Promise<T>): Promise<T>;
  /** Writes queued or running. */
  readonly pendingWrites: number;
  /** Waits for queued work, then closes both connections and the instance. */
  close(): Promise<void>;
}

function view(path: string, version: number, conn: DuckDBConnection, instance: DuckDBInstance): Workspace {
  // Engine functions take a Workspace; closing is the handle's job, not theirs.
  return { path, readOnly: false, conn, version, connect: () => instance.connect(), close: () => undefined };
}

/**
 * Opens (creating when asked) a workspace for the host. `openWorkspace` runs first so the file is
 * created, migrated and checked with its usual messages; then the instance is reopened with two
 * connections.
 */
export async function openWorkspaceHandle(path: string, opts: { create?: boolean } = {}): Promise<WorkspaceHandle> {
  const probe = await openWorkspace(path, { create: opts.create ?? false });
  const { path: file, version } = probe;
  probe.close();
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(file, { memory_limit: WORKSPACE_MEMORY_LIMIT });
  } catch (e) {
    throw openFailure(file, e);
  }
  const readers: { conn: DuckDBConnection; serial: Serial; ws: Workspace }[] = [];
  for (let i = 0; i < READ_CONNECTIONS; i++) {
    const conn = await instance.connect();
    readers.push({ conn, serial: new Serial(), ws: view(file, version, conn, instance) });
  }
  const writeConn = await instance.connect();
  const writes = new Serial();
  const writer = view(file, version, writeConn, instance);
  let closed = false;
  return {
    path: file,
    version,
    read(task) {
      // The least busy query connection.
      const r = readers.reduce((a, b) => (b.serial.size < a.serial.size ? b : a));
      return r.serial.run(() => task(r.ws));
    },
    write: (task) => writes.run(() => task(writer)),
    get pendingWrites() {
      return writes.size;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...readers.map((r) => r.serial.idle()), writes.idle()]);
      for (const r of readers) r.conn.closeSync();
      writeConn.closeSync();
      instance.closeSync();
    },
  };
}
