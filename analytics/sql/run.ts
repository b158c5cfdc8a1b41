/**
 * The one place fragments are executed. Values are converted to DuckDB values here; results come
 * back as plain JSON-friendly rows (numbers as numbers, dates as `YYYY-MM-DD`).
 */
import {
  DOUBLE, LIST, listValue, timestampValue, VARCHAR, BOOLEAN, DuckDBResultReader,
  type DuckDBConnection, type DuckDBType, type DuckDBValue,
} from '@duckdb/node-api';
import type { Fragment, SqlValue } from './fragment.ts';
import { toJsonRows, type JsonRow } from './json-rows.ts';

/** A query failure: carries the query's name, its text and the DuckDB error as cause. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    readonly query: string,
    readonly text: string,
    cause: unknown,
  ) {
    super(`查询“${query}”失败：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Converts a bindable value to what @duckdb/node-api binds. */
export function toDuckValue(v: SqlValue): DuckDBValue {
  if (v instanceof Date) return timestampValue(BigInt(v.getTime()) * 1000n);
  if (Array.isArray(v)) return listValue(v.map((x: SqlValue) => toDuckValue(x)));
  return v as DuckDBValue;
}

/** Bound parameters of a fragment, converted for DuckDB. */
export function bindings(f: Fragment): DuckDBValue[] {
  return f.params.map(toDuckValue);
}

/**
 * Explicit types where inference cannot work: a list's element type (an empty list would be
 * LIST(ANY)). Lists of strings (or empty) bind as VARCHAR[], of numbers as DOUBLE[].
 */
export function bindingTypes(f: Fragment): (DuckDBType | undefined)[] {
  return f.params.map((v) => {
    if (!Array.isArray(v)) return undefined;
    const first = v.find((x: SqlValue) => x !== null);
    if (typeof first === 'number') return LIST(DOUBLE);
    if (typeof first === 'boolean') return LIST(BOOLEAN);
    return LIST(VARCHAR);
  });
}

/**
 * Runs a fragment and reads the whole result. Errors name the query. A fragment is one statement, so
 * it is prepared directly: `runAndReadAll` with values first splits the text into statements (one
 * more parse and thread-pool hop per query; ~6 % of a dashboard's 61 queries).
 */
export async function run(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<DuckDBResultReader> {
  try {
    if (f.params.length === 0) return await conn.runAndReadAll(f.text);
    const prepared = await conn.prepare(f.text);
    try {
      prepared.bind(bindings(f), bindingTypes(f) as DuckDBType[]);
      const reader = new DuckDBResultReader(await prepared.run());
      await reader.readAll();
      return reader;
    } finally {
      prepared.destroySync();
    }
  } catch (e) {
    throw new QueryError(name, f.text, e);
  }
}

/** Runs a fragment and returns JSON-friendly row objects. */
export async function all<T = JsonRow>(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<T[]> {
  return toJsonRows(await run(conn, f, name)) as T[];
}

/** Runs a fragment and returns its first row, or null. */
export async function one<T = JsonRow>(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<T | null> {
  const rows = await all<T>(conn, f, name);
  return rows[0] ?? null;
}

/** Runs a statement for its effect; returns the number of rows changed. */
export async function exec(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<number> {
  try {
    const r = await conn.run(f.text, bindings(f), bindingTypes(f) as DuckDBType[]);
    return r.rowsChanged;
  } catch (e) {
    throw new QueryError(name, f.text, e);
  }
}
