/**
 * The stream written by encode-ipc.ts / ipc-stream.ts must be byte for byte what apache-arrow's
 * RecordBatchStreamWriter writes for the same columns: every type the analyses produce, nulls,
 * empty tables, many column counts (each a different metadata template), and repeated shapes
 * (the caches).
 */
import { Field, makeData, RecordBatch, RecordBatchStreamWriter, Schema, Struct, Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowColumns, encodeColumns, type ColumnData } from '../encode-ipc.ts';
import { arrowType } from '../type-map.ts';

/** The writer's bytes for the same columns. */
function writerBytes(columns: readonly ColumnData[]): Uint8Array {
  const fields = columns.map((c) => new Field(c.name, arrowType(c.duckType), true));
  const schema = new Schema(fields);
  const length = columns[0]?.values.length ?? 0;
  if (length === 0) return tableToIPC(new Table(schema), 'stream');
  const data = makeData({ type: new Struct(fields), length, nullCount: 0, children: arrowColumns(columns) });
  return RecordBatchStreamWriter.writeAll([new RecordBatch(schema, data)]).toUint8Array(true);
}

function expectSameBytes(columns: readonly ColumnData[]): void {
  const ours = encodeColumns(columns);
  expect(Buffer.from(ours).equals(Buffer.from(writerBytes(columns)))).toBe(true);
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

function sampleColumns(rows: number, seed: number): ColumnData[] {
  const pick = <T>(i: number, xs: T[]) => xs[(i + seed) % xs.length];
  return [
    { name: '区划', duckType: 'VARCHAR', values: Array.from({ length: rows }, (_v, i) => pick(i, ['海州区', null, '', 'a"b\tc', '😀é', '\ud800x', 'x'.repeat(70) + '区'])) },
    { name: 'cases', duckType: 'BIGINT', values: Array.from({ length: rows }, (_v, i) => pick(i, [1n, null, 1234567890123n, 0n])) },
    { name: 'fine', duckType: 'DECIMAL(18,2)', values: Array.from({ length: rows }, (_v, i) => pick(i, [1.5, null, -0, 1e15])) },
    { name: 'share', duckType: 'DOUBLE', values: Array.from({ length: rows }, (_v, i) => pick(i, [0.25, NaN, null, Infinity])) },
    { name: 'month', duckType: 'INTEGER', values: Array.from({ length: rows }, (_v, i) => pick(i, [1, 12, null, -3])) },
    { name: 'total', duckType: 'HUGEINT', values: Array.from({ length: rows }, (_v, i) => pick(i, [5n, null])) },
    { name: 'on', duckType: 'DATE', values: Array.from({ length: rows }, (_v, i) => pick(i, [day('2025-03-05'), null, day('1999-12-31')])) },
    { name: 'at', duckType: 'TIMESTAMP', values: Array.from({ length: rows }, (_v, i) => pick(i, [new Date('2025-03-05T09:30:00Z'), null])) },
    { name: 'flag', duckType: 'BOOLEAN', values: Array.from({ length: rows }, (_v, i) => pick(i, [true, false, null])) },
    { name: 'items', duckType: 'VARCHAR[]', values: Array.from({ length: rows }, (_v, i) => pick(i, [['罚款', '警告'], [], null, ['x', null]])) },
    { name: 'scores', duckType: 'DOUBLE[][]', values: Array.from({ length: rows }, (_v, i) => pick(i, [[[1, 2], [3]], null, [[]], [[null, 0.5]]])) },
  ];
}

describe('Arrow IPC stream bytes', () => {
  it('equal the apache-arrow writer for every column type, with nulls, at several lengths', () => {
    for (const rows of [1, 2, 7, 8, 9, 64, 333]) {
      for (const seed of [0, 1, 2]) expectSameBytes(sampleColumns(rows, seed));
    }
  });

  it('equal the writer for every number of columns (each a different metadata layout), twice each', () => {
    const all = sampleColumns(13, 0);
    for (let round = 0; round < 2; round++) {
      for (let n = 1; n <= all.length; n++) expectSameBytes(all.slice(0, n));
      for (let n = 1; n <= all.length; n++) expectSameBytes(all.slice(all.length - n));
    }
  });

  it('equal the writer for tables without rows and without columns', () => {
    expectSameBytes(sampleColumns(0, 0));
    expectSameBytes([]);
    const t = tableFromIPC(encodeColumns(sampleColumns(0, 0)));
    expect(t.numRows).toBe(0);
    expect(t.schema.fields.map((f) => f.name)).toEqual(sampleColumns(0, 0).map((c) => c.name));
  });

  it('keep shapes apart that differ only in a name or a type', () => {
    const a = encodeColumns([{ name: 'x', duckType: 'BIGINT', values: [1n] }]);
    const b = encodeColumns([{ name: 'x', duckType: 'INTEGER', values: [1] }]);
    const c = encodeColumns([{ name: 'y', duckType: 'BIGINT', values: [1n] }]);
    expect(tableFromIPC(a).schema.fields[0].type.toString()).toBe('Float64');
    expect(tableFromIPC(b).schema.fields[0].type.toString()).toBe('Int32');
    expect(tableFromIPC(c).schema.fields[0].name).toBe('y');
  });

  it('decode to the values given', () => {
    const cols = sampleColumns(9, 1);
    const t = tableFromIPC(encodeColumns(cols));
    expect(t.numRows).toBe(9);
    for (let i = 0; i < 9; i++) {
      const v = cols[0].values[i];
      expect(t.getChild('区划')!.get(i)).toBe(v === '\ud800x' ? '\ufffdx' : v);
      const n = cols[1].values[i];
      expect(t.getChild('cases')!.get(i)).toBe(n === null ? null : Number(n));
    }
  });
});
