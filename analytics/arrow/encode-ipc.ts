/**
 * Tables cross process boundaries as Arrow IPC stream bytes, built from DuckDB result columns with
 * apache-arrow (DuckDB's own Arrow export needs an extension that cannot be downloaded offline).
 * Zero-row results keep their schema.
 */
import { Field, makeBuilder, Schema, Vector, type Data, type DataType } from 'apache-arrow';
import { VectorAssembler } from 'apache-arrow/visitor/vectorassembler';
import { emptyStream, schemaMessage, streamBytes } from './ipc-stream.ts';
import { fastColumnData } from './fast-columns.ts';
import type { DuckDBResultReader } from '@duckdb/node-api';
import { arrowType } from './type-map.ts';

/** A column to encode: name, DuckDB type name and JS values (as `getColumnsJS` returns them). */
export interface ColumnData {
  name: string;
  duckType: string;
  values: readonly unknown[];
}

/** A table shape: its schema message and its columns' Arrow types. */
interface Shape {
  schema: Uint8Array;
  types: DataType[];
}

/** Shapes by their column names and DuckDB types: a host encodes the same few dozen again and again. */
const shapes = new Map<string, Shape>();
const SHAPE_CACHE_SIZE = 512;

function shapeOf(columns: readonly ColumnData[]): Shape {
  let key = '';
  for (const c of columns) key += `${c.name}\u0000${c.duckType}\u0001`;
  let shape = shapes.get(key);
  if (!shape) {
    const fields = columns.map((c) => new Field(c.name, arrowType(c.duckType), true));
    shape = { schema: schemaMessage(new Schema(fields)), types: fields.map((f) => f.type) };
    if (shapes.size >= SHAPE_CACHE_SIZE) shapes.clear();
    shapes.set(key, shape);
  }
  return shape;
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
 * Encodes columns as an Arrow IPC stream of one record batch: the bytes apache-arrow's
 * `RecordBatchStreamWriter` writes for the same table, laid out by `ipc-stream.ts` (see there why).
 */
export function encodeColumns(columns: readonly ColumnData[]): Uint8Array {
  const shape = shapeOf(columns);
  const length = columns[0]?.values.length ?? 0;
  if (length === 0) return emptyStream(shape.schema);
  const body = VectorAssembler.assemble(...arrowColumns(columns, shape.types).map((d) => new Vector([d])));
  return streamBytes(shape.schema, length, body);
}

/** The columns as apache-arrow data of `types` (each column's Arrow type): the batch's content. */
export function arrowColumns(columns: readonly ColumnData[], types: readonly DataType[] = columns.map((c) => arrowType(c.duckType))): Data[] {
  return columns.map((c, i) => columnData(c, types[i]));
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
