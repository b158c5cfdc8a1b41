/** Decoding Arrow IPC the way the engine encodes it (analytics/arrow/type-map.ts). */
import { describe, expect, it } from 'vitest';
import { Bool, DateDay, Field, Float64, Int64, List, makeBuilder, Schema, Table, tableToIPC, TimestampMillisecond, Utf8, type DataType, type Vector } from 'apache-arrow';
import { decodeColumns, decodeRows, decodeTables } from './arrow.ts';

function vector(type: DataType, values: unknown[]): Vector {
  const b = makeBuilder({ type, nullValues: [null, undefined] });
  for (const v of values) b.append(v);
  return b.finish().toVector();
}

function sample(): Uint8Array {
  return tableToIPC(
    new Table({
      decision_no: vector(new Utf8(), ['连环罚〔2025〕1号', null]),
      fine_yuan: vector(new Float64(), [12000.5, null]),
      rows: vector(new Int64(), [BigInt(7), BigInt(9007199254740)]),
      decided_on: vector(new DateDay(), [new Date(Date.UTC(2025, 2, 14)), null]),
      received_at: vector(new TimestampMillisecond(), [Date.UTC(2025, 2, 14, 9, 30, 5), null]),
      resolved: vector(new Bool(), [true, false]),
      categories: vector(new List(new Field('item', new Utf8(), true)), [['罚款', '警告'], []]),
    }),
    'stream',
  );
}

describe('Arrow decoding', () => {
  it('turns rows into plain values: numbers, dates as text, lists as arrays', () => {
    const t = decodeRows(sample());
    expect(t.columns).toEqual(['decision_no', 'fine_yuan', 'rows', 'decided_on', 'received_at', 'resolved', 'categories']);
    expect(t.rows[0]).toEqual({
      decision_no: '连环罚〔2025〕1号', fine_yuan: 12000.5, rows: 7, decided_on: '2025-03-14', received_at: '2025-03-14 09:30:05', resolved: true, categories: ['罚款', '警告'],
    });
    expect(t.rows[1]).toEqual({ decision_no: null, fine_yuan: null, rows: 9007199254740, decided_on: null, received_at: null, resolved: false, categories: [] });
  });
  it('gives whole columns for charts', () => {
    expect(decodeColumns(sample()).fine_yuan).toEqual([12000.5, null]);
  });
  it('keeps the schema of an empty table and tolerates missing bytes', () => {
    const empty = tableToIPC(new Table(new Schema([new Field('agency', new Utf8(), true)])), 'stream');
    expect(decodeRows(empty)).toEqual({ columns: ['agency'], rows: [] });
    expect(decodeRows(undefined)).toEqual({ columns: [], rows: [] });
    expect(decodeTables({ a: empty })).toEqual({ a: { columns: ['agency'], rows: [] } });
  });
});
