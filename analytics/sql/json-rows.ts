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

/**
 * Converts a materialized result into JSON rows. `columns` are the reader's values as
 * `getColumnsJS()` returns them, when the caller already has them (the analyses also encode them as
 * Arrow): reading a result's values out of DuckDB's vectors is the dear part, so it is done once.
 */
export function toJsonRows(reader: DuckDBResultReader, columns: readonly (readonly unknown[])[] = reader.getColumnsJS()): JsonRow[] {
  const names = reader.columnNames();
  const dateOnly = reader.columnTypes().map((t) => /^DATE(\[\])?$/.test(t.toString()));
  const rows: JsonRow[] = new Array(reader.currentRowCount);
  for (let r = 0; r < rows.length; r++) {
    const out: JsonRow = {};
    for (let i = 0; i < names.length; i++) out[names[i]] = convert(columns[i][r], dateOnly[i]);
    rows[r] = out;
  }
  return rows;
}
