import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { raw, sql } from '../fragment.ts';
import { toJsonRows } from '../json-rows.ts';
import { QueryError } from '../run.ts';
import { clearStatementCache, execCached, runCached, STATEMENT_CACHE_SIZE } from '../statement-cache.ts';

let db: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  await conn.run('CREATE TABLE t AS SELECT range AS x, range % 3 AS g FROM range(10)');
});

afterAll(() => {
  clearStatementCache(conn);
  conn.closeSync();
  db.closeSync();
});

const count = (min: number) => sql`SELECT count(*) AS n FROM t WHERE x >= ${min}`;
const rows = async (min: number) => toJsonRows(await runCached(conn, count(min)));

describe('statement cache', () => {
  it('reuses one prepared statement per text with fresh values each time', async () => {
    expect(await rows(0)).toEqual([{ n: 10 }]);
    expect(await rows(7)).toEqual([{ n: 3 }]);
    expect(await rows(0)).toEqual([{ n: 10 }]);
  });

  it('runs the same text concurrently without sharing the bound values', async () => {
    const results = await Promise.all([0, 5, 9, 2].map((m) => rows(m)));
    expect(results).toEqual([[{ n: 10 }], [{ n: 5 }], [{ n: 1 }], [{ n: 8 }]]);
  });

  it('plans a kept statement against the current catalog (a table replaced in between)', async () => {
    const q = sql`SELECT sum(v) AS s FROM cache_tmp WHERE v > ${0}`;
    await execCached(conn, sql`CREATE OR REPLACE TEMP TABLE cache_tmp AS SELECT range AS v FROM range(${4})`);
    expect(toJsonRows(await runCached(conn, q))).toEqual([{ s: 6 }]);
    await execCached(conn, sql`CREATE OR REPLACE TEMP TABLE cache_tmp AS SELECT range::DOUBLE AS v, 1 AS w FROM range(${6})`);
    expect(toJsonRows(await runCached(conn, q))).toEqual([{ s: 15 }]);
    await execCached(conn, sql`DROP TABLE cache_tmp`);
  });

  it('names the query in errors and does not keep a failing statement', async () => {
    const bad = sql`SELECT count(*) AS n FROM missing_table WHERE x = ${1}`;
    await expect(runCached(conn, bad, 'probe')).rejects.toBeInstanceOf(QueryError);
    await conn.run('CREATE TABLE missing_table AS SELECT 1 AS x');
    expect(toJsonRows(await runCached(conn, bad, 'probe'))).toEqual([{ n: 1 }]);
  });

  it('stays bounded: the least recently used statements are dropped, later runs still work', async () => {
    for (let i = 0; i < STATEMENT_CACHE_SIZE + 20; i++) {
      // A distinct text each (the column alias), as distinct queries would be.
      const f = sql`SELECT x + ${i} AS ${raw(`v${i}`)} FROM t WHERE x = ${0}`;
      expect(toJsonRows(await runCached(conn, f))).toEqual([{ [`v${i}`]: i }]);
    }
    expect(await rows(0)).toEqual([{ n: 10 }]);
    expect(toJsonRows(await runCached(conn, sql`SELECT x + ${1} AS ${raw('v1')} FROM t WHERE x = ${0}`))).toEqual([{ v1: 1 }]);
  });

  it('runs statements without parameters directly', async () => {
    expect(toJsonRows(await runCached(conn, sql`SELECT count(*) AS n FROM t`))).toEqual([{ n: 10 }]);
    expect(await execCached(conn, sql`CREATE TEMP TABLE plain AS SELECT 1 AS a`)).toBeGreaterThanOrEqual(0);
    await execCached(conn, sql`DROP TABLE plain`);
  });
});
