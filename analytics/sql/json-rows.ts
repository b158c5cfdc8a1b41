/**
 * DuckDB results → plain JSON rows: BIGINT/HUGEINT/DECIMAL as numbers, DATE as `YYYY-MM-DD`,
 * TIMESTAMP as `YYYY-MM-DD HH:MM:SS`, lists and structs recursively.
 */
import type { DuckDBResultReader } from '@duckdb/node-api';

/** A JSON value as the CLI prints it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

/** One result row as a JSON object. */
export type JsonRow = Record<string, JsonValue>;

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** `YYYY-MM-DD` of a Date read as UTC wall clock (DuckDB dates arrive as UTC midnight). */
export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYYY-MM-DD HH:MM:SS` of a Date read as UTC wall clock. */
export function formatTimestamp(d: Date): string {
  return `${formatDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function convert(v: unknown, dateOnly: boolean): JsonValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'bigint':
      return Number(v);
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'string':
    case 'boolean':
      return v;
    case 'object':
      if (v instanceof Date) return dateOnly ? formatDate(v) : formatTimestamp(v);
      if (Array.isArray(v)) return v.map((x) => convert(x, dateOnly));
      if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x, dateOnly)]));
    default:
      return String(v);
  }
}

/** Converts a materialized result into JSON rows. */
export function toJsonRows(reader: DuckDBResultReader): JsonRow[] {
  const names = reader.columnNames();
  const dateOnly = reader.columnTypes().map((t) => /^DATE(\[\])?$/.test(t.toString()));
  return reader.getRowObjectsJS().map((row) => {
    const out: JsonRow = {};
    names.forEach((n, i) => (out[n] = convert(row[n], dateOnly[i])));
    return out;
  });
}
