/**
 * The one place fragments are executed. Values are converted to DuckDB values here; results come
 * back as plain JSON-friendly rows (numbers as numbers, dates as `YYYY-MM-DD`).
 */
import {
  DOUBLE, LIST, listValue, timestampValue, VARCHAR, BOOLEAN,
  type DuckDBConnection, type DuckDBResultReader, type DuckDBType, type DuckDBValue,
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

/** Runs a fragment and reads the whole result. Errors name the query. */
export async function run(conn: DuckDBConnection, f: Fragment, name = 'sql'): Promise<DuckDBResultReader> {
  try {
    return await conn.runAndReadAll(f.text, bindings(f), bindingTypes(f) as DuckDBType[]);
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
