/**
 * Tables cross process boundaries as Arrow IPC stream bytes, built from DuckDB result columns with
 * apache-arrow (DuckDB's own Arrow export needs an extension that cannot be downloaded offline).
 * Zero-row results keep their schema.
 */
import {
  Field, makeBuilder, makeData, RecordBatch, RecordBatchStreamWriter, Schema, Struct, Table, tableToIPC, type Data, type DataType,
} from 'apache-arrow';
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

function columnData(c: ColumnData, type: DataType): Data {
  const fast = fastColumnData(c.values, type);
  if (fast) return fast;
  const builder = makeBuilder({ type, nullValues: [null, undefined] });
  for (const v of c.values) builder.append(jsValue(v, type));
  return builder.finish().flush();
}

/**
 * Encodes columns as an Arrow IPC stream: one record batch written straight from the columns' data
 * (the same bytes as a Table's, without the Table's schema merging and batch redistribution, which
 * cost more than the columns themselves for the small tables of an analysis).
 */
export function encodeColumns(columns: readonly ColumnData[]): Uint8Array {
  const fields = columns.map((c) => new Field(c.name, arrowType(c.duckType), true));
  const schema = new Schema(fields);
  const length = columns[0]?.values.length ?? 0;
  if (length === 0) return tableToIPC(new Table(schema), 'stream');
  const children = columns.map((c, i) => columnData(c, fields[i].type));
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length, nullCount: 0, children }));
  return RecordBatchStreamWriter.writeAll([batch]).toUint8Array(true);
}

/**
 * Encodes a materialized DuckDB result as an Arrow IPC stream; `cols` are its values as
 * `getColumnsJS()` returns them, when the caller already has them.
 */
export function encodeResult(reader: DuckDBResultReader, cols: readonly (readonly unknown[])[] = reader.getColumnsJS()): Uint8Array {
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.toString());
  return encodeColumns(names.map((name, i) => ({ name, duckType: types[i], values: cols[i] ?? [] })));
}
