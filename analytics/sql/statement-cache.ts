/**
 * Prepared statements kept per connection, by SQL text, for the queries a host runs again and again
 * with other values (the analyses: the service reruns every analysis whenever a filter changes, and
 * a filter change changes the bound values, rarely the text).
 *
 * Why: DuckDB plans a parameterised statement twice when it is prepared and then executed — once at
 * `prepare` (types only) and again at execution, when it rebinds with the actual values so the
 * optimizer can use them. Keeping the prepared statement skips the first planning on every later
 * run (about 1–3 ms for an analysis query; a dashboard runs sixty of them).
 *
 * Only statements with parameters are kept: DuckDB rebinds those at every execution, so a kept
 * statement is planned afresh against the current catalog and statistics each time and can never
 * run a stale plan. A statement without parameters is planned once by `run` anyway.
 */
import { DuckDBResultReader, type DuckDBConnection, type DuckDBPreparedStatement, type DuckDBType } from '@duckdb/node-api';
import type { Fragment } from './fragment.ts';
import { bindings, bindingTypes, exec, QueryError, run } from './run.ts';

/** How many prepared statements one connection keeps (least recently used dropped first). */
export const STATEMENT_CACHE_SIZE = 256;

interface Entry {
  prepared: DuckDBPreparedStatement;
  /** A statement being bound or run is not handed out again until it finishes. */
  busy: boolean;
}

const caches = new WeakMap<DuckDBConnection, Map<string, Entry>>();

function cacheOf(conn: DuckDBConnection): Map<string, Entry> {
  let cache = caches.get(conn);
  if (!cache) caches.set(conn, (cache = new Map()));
  return cache;
}

/** Keeps `entry` as the most recently used; drops the least recently used idle ones beyond the size. */
function remember(cache: Map<string, Entry>, text: string, entry: Entry): void {
  cache.delete(text);
  cache.set(text, entry);
  for (const [key, old] of cache) {
    if (cache.size <= STATEMENT_CACHE_SIZE) break;
    if (old.busy) continue;
    cache.delete(key);
    old.prepared.destroySync();
  }
}

/**
 * Binds `f`'s values to a kept (or newly kept) prepared statement of its text and hands it to
 * `use`. A statement already in use (the same text running concurrently on the connection) is not
 * shared: `uncached` runs the fragment the ordinary way instead. A failed statement is dropped from
 * the cache, so an error never sticks to a text.
 */
async function withPrepared<T>(
  conn: DuckDBConnection, f: Fragment, use: (p: DuckDBPreparedStatement) => Promise<T>, uncached: () => Promise<T>,
): Promise<T> {
  const text = f.text;
  const cache = cacheOf(conn);
  let entry = cache.get(text);
  if (entry?.busy) return uncached();
  if (!entry) {
    const prepared = await conn.prepare(text);
    // Another caller may have kept a statement of this text while this one was being prepared.
    if (cache.has(text)) {
      prepared.destroySync();
      return uncached();
    }
    entry = { prepared, busy: false };
  }
  remember(cache, text, entry);
  entry.busy = true;
  try {
    entry.prepared.bind(bindings(f), bindingTypes(f) as DuckDBType[]);
    const out = await use(entry.prepared);
    entry.busy = false;
    return out;
  } catch (e) {
    if (cache.get(text) === entry) cache.delete(text);
    entry.prepared.destroySync();
    throw e;
  }
}

/** `run` (rows read in full) through the connection's kept prepared statements. */
export async function runCached(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<DuckDBResultReader> {
  if (f.params.length === 0) return run(conn, f, name);
  try {
    return await withPrepared(conn, f, async (p) => {
      const reader = new DuckDBResultReader(await p.run());
      await reader.readAll();
      return reader;
    }, () => run(conn, f, name));
  } catch (e) {
    throw e instanceof QueryError ? e : new QueryError(name, f.text, e);
  }
}

/** `exec` (a statement run for its effect) through the connection's kept prepared statements. */
export async function execCached(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<number> {
  if (f.params.length === 0) return exec(conn, f, name);
  try {
    return await withPrepared(conn, f, async (p) => (await p.run()).rowsChanged, () => exec(conn, f, name));
  } catch (e) {
    throw e instanceof QueryError ? e : new QueryError(name, f.text, e);
  }
}

/** Drops the connection's kept statements (before closing it, or in tests). */
export function clearStatementCache(conn: DuckDBConnection): void {
  const cache = caches.get(conn);
  if (!cache) return;
  for (const entry of cache.values()) if (!entry.busy) entry.prepared.destroySync();
  caches.delete(conn);
}
