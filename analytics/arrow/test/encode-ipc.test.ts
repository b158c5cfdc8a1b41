import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { encodeResult } from '../encode-ipc.ts';

async function query(text: string) {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const r = await conn.runAndReadAll(text);
  return r;
}

describe('Arrow IPC encoding', () => {
  it('maps DuckDB types explicitly and round-trips values', async () => {
    const r = await query(`SELECT 'a' AS s, 42::BIGINT AS n, 3::INTEGER AS i, 1234.5::DECIMAL(18,2) AS m, DATE '2025-03-05' AS d,
      TIMESTAMP '2025-03-05 09:30:00' AS ts, true AS b, ['罚款','警告'] AS l, NULL::VARCHAR AS nul`);
    const t = tableFromIPC(encodeResult(r));
    expect(t.numRows).toBe(1);
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      's:Utf8', 'n:Float64', 'i:Int32', 'm:Float64', 'd:Date32<DAY>', 'ts:Timestamp<MILLISECOND>', 'b:Bool', 'l:List<Utf8>', 'nul:Utf8',
    ]);
    const row = t.get(0)!.toJSON();
    expect(row.s).toBe('a');
    expect(row.n).toBe(42);
    expect(row.m).toBe(1234.5);
    expect(new Date(row.d as number).toISOString().slice(0, 10)).toBe('2025-03-05');
    expect(new Date(row.ts as number).toISOString()).toBe('2025-03-05T09:30:00.000Z');
    expect(row.b).toBe(true);
    expect([...(row.l as Iterable<string>)]).toEqual(['罚款', '警告']);
    expect(row.nul).toBeNull();
  });

  it('keeps the schema of an empty result', async () => {
    const r = await query(`SELECT 'a' AS agency, 1.5::DECIMAL(18,2) AS fine WHERE false`);
    const t = tableFromIPC(encodeResult(r));
    expect(t.numRows).toBe(0);
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['agency:Utf8', 'fine:Float64']);
  });
});
