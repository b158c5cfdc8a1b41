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
      text: `SELECT year(p.decided_on) AS yr, p.agency, p.division, p.violation_code, p.violation_name, p.fine_yuan AS x,
          count(*) AS n, p.fine_yuan * count(*) AS fine, sum(p.confiscation_yuan) AS conf,
          count(*) FILTER (WHERE month(p.decided_on) = 12) AS december, min(p.rowid) AS first_rid
        FROM penalty_case p
        WHERE p.decided_on >= make_date($1::INTEGER, 1, 1) AND p.decided_on < make_date($2::INTEGER, 1, 1) AND p.agency = $3
        GROUP BY yr, p.agency, p.division, p.violation_code, p.violation_name, p.fine_yuan`,
      params: [2024, 2026, 'A'],
    });
  });

  it('every table also plans over the relations held in temporary tables', async () => {
    const ws = await explainDb();
    const f = { year: 2025, division: '连云区' };
    const names = ['analysis_penalty_cells', 'analysis_penalty_simple', 'analysis_penalty_combos', 'analysis_penalty_figures'];
    const [cells, simple, combos, figures] = names.map((n) => ident(n, TEMP_TABLES));
    const tables = [[cells, cellsSelect(f)], [simple, simpleSelect(f)], [combos, combosSelect(f)], [figures, figuresSelect(f, cells)]] as const;
    try {
      for (const [t, select] of tables) await exec(ws.conn, sql`CREATE OR REPLACE TEMP TABLE ${t} AS ${select}`);
      for (const q of Object.values(penaltiesQueries(f, { cells, simple, combos, figures }))) await expect(q).toMatchSql();
    } finally {
      for (const [t] of tables) await exec(ws.conn, sql`DROP TABLE IF EXISTS ${t}`);
    }
  });
});
