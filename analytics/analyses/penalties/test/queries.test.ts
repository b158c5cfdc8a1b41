/**
 * Every penalty query plans (EXPLAIN on the full schema) for filters with and without each part, both
 * computing its relations in place and reading them from temporary tables.
 */
import { describe, expect, it } from 'vitest';
import { explainDb } from '../../../sql/test/sql-matcher.ts';
import { ident, sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { TEMP_TABLES } from '../../query.ts';
import { penaltiesQueries, PENALTY_TABLES } from '../queries.ts';
import { figuresSelect } from '../figures.ts';
import { cellsSelect, combosSelect, simpleSelect } from '../sources.ts';

const FILTERS: FilterSpec[] = [
  { year: 2025 },
  { year: 2025, division: '连云区' },
  { year: 2025, agency: '连云港市市场监督管理局' },
  { year: 2025, sector: '市场监管' },
  { year: 2024, division: '海州区', agency: '海州区城市管理局', sector: '城市管理' },
];

describe('penaltiesQueries', () => {
  for (const filter of FILTERS) {
    it(`plans every table for ${JSON.stringify(filter)}`, async () => {
      const queries = penaltiesQueries(filter);
      expect(Object.keys(queries)).toEqual([...PENALTY_TABLES]);
      for (const q of Object.values(queries)) await expect(q).toMatchSql();
    });
  }

  it('binds every filter value as a parameter, never as text', () => {
    const evil = "海州区' OR '1'='1";
    for (const q of Object.values(penaltiesQueries({ year: 2025, division: evil, agency: evil, sector: evil }))) {
      expect(q.text).not.toContain('海州区');
      expect(q.text).not.toContain("'1'='1");
      expect(q.params).toContain(evil);
    }
  });

  it('counts both years of the filter into cells, the year as a bound date range', async () => {
    await expect(cellsSelect({ year: 2025, agency: 'A' })).toMatchSql({
      text: `SELECT yr = $1 AS cur, agency, division, violation_code, violation_name, x, n, x * n AS fine, conf, december, first_rid
        FROM (
          SELECT year(p.decided_on) AS yr, hash(p.agency, p.division, p.violation_code, p.violation_name) AS tk, p.fine_yuan AS x,
            any_value(p.agency) AS agency, any_value(p.division) AS division, any_value(p.violation_code) AS violation_code,
            any_value(p.violation_name) AS violation_name, count(*) AS n, sum(p.confiscation_yuan) AS conf,
            count(*) FILTER (WHERE month(p.decided_on) = 12) AS december, min(p.rowid) AS first_rid
          FROM penalty_case p
          WHERE p.decided_on >= make_date($2::INTEGER, 1, 1) AND p.decided_on < make_date($3::INTEGER, 1, 1) AND p.agency = $4
          GROUP BY yr, tk, x)`,
      params: [2025, 2024, 2026, 'A'],
    });
  });

  it('reads the relations held in temporary tables without the filter\'s values, except for the month labels\' year', () => {
    const [cells, simple, combos, figures] = ['analysis_penalty_cells', 'analysis_penalty_simple', 'analysis_penalty_combos',
      'analysis_penalty_figures'].map((n) => ident(n, TEMP_TABLES));
    expect(figuresSelect(cells, simple).params.every((v) => typeof v === 'number' && v < 2000)).toBe(true);
    for (const [name, q] of Object.entries(penaltiesQueries({ year: 2025, division: '连云区' }, { cells, simple, combos, figures }))) {
      expect(q.params).not.toContain('连云区');
      expect(q.params.filter((v) => v === 2025 || v === 2024)).toEqual(name === 'penalty_by_month' ? [2025] : []);
    }
  });

  it('picks the rows of `figures` by their grouping flag: the tables reading it bind no value', () => {
    const [cells, simple, combos, figures] = ['analysis_penalty_cells', 'analysis_penalty_simple', 'analysis_penalty_combos',
      'analysis_penalty_figures'].map((n) => ident(n, TEMP_TABLES));
    const queries = penaltiesQueries({ year: 2025, sector: '市场监管' }, { cells, simple, combos, figures });
    for (const name of ['penalty_summary', 'penalty_flags', 'penalty_by_agency', 'penalty_by_division', 'penalty_by_sector', 'penalty_by_violation'] as const) {
      expect(queries[name].params, name).toEqual([]);
    }
  });

  it('every table also plans over the relations held in temporary tables', async () => {
    const ws = await explainDb();
    const f = { year: 2025, division: '连云区' };
    const names = ['analysis_penalty_cells', 'analysis_penalty_simple', 'analysis_penalty_combos', 'analysis_penalty_figures'];
    const [cells, simple, combos, figures] = names.map((n) => ident(n, TEMP_TABLES));
    const tables = [[cells, cellsSelect(f)], [simple, simpleSelect(f)], [combos, combosSelect(f)], [figures, figuresSelect(cells, simple)]] as const;
    try {
      for (const [t, select] of tables) await exec(ws.conn, sql`CREATE OR REPLACE TEMP TABLE ${t} AS ${select}`);
      for (const q of Object.values(penaltiesQueries(f, { cells, simple, combos, figures }))) await expect(q).toMatchSql();
    } finally {
      for (const [t] of tables) await exec(ws.conn, sql`DROP TABLE IF EXISTS ${t}`);
    }
  });
});
