import { describe, expect, it } from 'vitest';
import { empty, ident, join, raw, sql } from '../fragment.ts';
import { explainError } from './sql-matcher.ts';
import { TABLES } from '../../workspace/schema.ts';

describe('sql fragments', () => {
  it('binds every interpolated value as a positional parameter', async () => {
    const year = 2025;
    const agency = "某局'; DROP TABLE penalty_case; --";
    const f = sql`SELECT count(*) FROM penalty_case WHERE year(decided_on) = ${year} AND agency = ${agency}`;
    expect(f.text).toBe('SELECT count(*) FROM penalty_case WHERE year(decided_on) = $1 AND agency = $2');
    expect(f.params).toEqual([2025, agency]);
    expect(f.text).not.toContain('DROP');
    await expect(f).toMatchSql({ text: 'SELECT count(*) FROM penalty_case WHERE year(decided_on) = $1 AND agency = $2', params: [2025, agency] });
  });

  it('splices nested fragments and renumbers their parameters', async () => {
    const cond = join([sql`agency = ${'A'}`, sql`division = ${'海州区'}`], ' AND ');
    const f = sql`SELECT * FROM penalty_case WHERE year(decided_on) = ${2024} AND ${cond} LIMIT ${10}`;
    await expect(f).toMatchSql({
      text: 'SELECT * FROM penalty_case WHERE year(decided_on) = $1 AND agency = $2 AND division = $3 LIMIT $4',
      params: [2024, 'A', '海州区', 10],
    });
  });

  it('binds lists, nulls and dates', async () => {
    const f = sql`SELECT count(*) FROM penalty_case WHERE list_has_any(categories, ${['罚款', '警告']}) AND (${null}::VARCHAR IS NULL) AND decided_on < ${new Date(Date.UTC(2025, 0, 1))}`;
    await expect(f).toMatchSql({ params: [['罚款', '警告'], null, new Date(Date.UTC(2025, 0, 1))] });
  });

  it('empty and raw compose without parameters', async () => {
    const f = sql`SELECT 1 ${empty}${raw('AS one')}`;
    await expect(f).toMatchSql({ text: 'SELECT 1 AS one', params: [] });
  });

  it('quotes identifiers only from a known list', async () => {
    await expect(sql`SELECT count(*) FROM ${ident('penalty_case', TABLES)}`).toMatchSql({ text: 'SELECT count(*) FROM "penalty_case"' });
    expect(() => ident('penalty_case"; DROP TABLE x; --', TABLES)).toThrow(/未知的标识符/);
    expect(() => ident('pg_catalog', TABLES)).toThrow();
  });

  it('the matcher fails on text, params and on queries DuckDB cannot plan', async () => {
    const f = sql`SELECT ${1} AS one`;
    await expect(expect(f).toMatchSql({ text: 'SELECT $1 AS two' })).rejects.toThrow(/text differs/);
    await expect(expect(f).toMatchSql({ params: [2] })).rejects.toThrow(/params differ/);
    await expect(expect(sql`SELECT no_such_column FROM penalty_case`).toMatchSql()).rejects.toThrow(/EXPLAIN failed/);
    expect(await explainError(sql`SELECT fine_yuan FROM penalty_case WHERE agency = ${'x'}`)).toBeNull();
  });

  it('serializes as { text, params }', () => {
    expect(JSON.parse(JSON.stringify(sql`SELECT ${'a'}`))).toEqual({ text: 'SELECT $1', params: ['a'] });
  });
});
