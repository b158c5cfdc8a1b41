/**
 * Tables cross process boundaries as Arrow IPC stream bytes, built from DuckDB result columns with
 * apache-arrow (DuckDB's own Arrow export needs an extension that cannot be downloaded offline).
 * Zero-row results keep their schema.
 */
import { Field, makeBuilder, makeVector, Schema, Table, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import { fastColumnData } from './fast-columns.ts';
import type { DuckDBResultReader } from '@duckdb/node-api';
import { arrowType } from './type-map.ts';

/** A column to encode: name, DuckDB type name and JS values (as `getColumnsJS` returns them). */
export interface ColumnData {
  name: string;
  duckType: string;
  values: readonly unknown[];
}

function jsValue(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return type.typeId === 8 /* Date */ ? v : v.getTime();
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'bigint' ? Number(x) : x));
  return v;
}

function toVector(c: ColumnData, type: DataType): Vector {
  const fast = fastColumnData(c.values, type);
  if (fast) return makeVector(fast);
  const builder = makeBuilder({ type, nullValues: [null, undefined] });
  for (const v of c.values) builder.append(jsValue(v, type));
  return builder.finish().toVector();
}

/** Encodes columns as an Arrow IPC stream. */
export function encodeColumns(columns: readonly ColumnData[]): Uint8Array {
  const fields = columns.map((c) => new Field(c.name, arrowType(c.duckType), true));
  if ((columns[0]?.values.length ?? 0) === 0) return tableToIPC(new Table(new Schema(fields)), 'stream');
  const vectors: Record<string, Vector> = {};
  columns.forEach((c, i) => (vectors[c.name] = toVector(c, fields[i].type)));
  return tableToIPC(new Table(vectors), 'stream');
}

/** Encodes a materialized DuckDB result as an Arrow IPC stream. */
export function encodeResult(reader: DuckDBResultReader): Uint8Array {
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.toString());
  const cols = reader.getColumnsJS();
  return encodeColumns(names.map((name, i) => ({ name, duckType: types[i], values: cols[i] ?? [] })));
}
