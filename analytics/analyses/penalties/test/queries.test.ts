/** Every penalty query plans (EXPLAIN on the full schema) for filters with and without each part. */
import { describe, expect, it } from 'vitest';
import '../../../sql/test/sql-matcher.ts';
import type { FilterSpec } from '../../filter.ts';
import { penaltiesQueries, PENALTY_TABLES } from '../queries.ts';

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

  it('writes the year condition and filter parts as bound parameters', async () => {
    const q = penaltiesQueries({ year: 2025, agency: 'A' }).penalty_by_division;
    await expect(q).toMatchSql({
      text: `WITH p AS (SELECT p.* FROM penalty_case p WHERE year(p.decided_on) = $1 AND p.agency = $2)
        SELECT p.division, count(*) AS cases,
          coalesce(sum(p.fine_yuan), 0)::DOUBLE AS fine_total_yuan,
          coalesce(sum(p.confiscation_yuan), 0)::DOUBLE AS confiscation_total_yuan,
          count(*) FILTER (WHERE p.fine_yuan > 0) AS fined_cases,
          quantile_cont(p.fine_yuan::DOUBLE, $3::DOUBLE) FILTER (WHERE p.fine_yuan > 0) AS fine_median_yuan,
          avg(p.fine_yuan::DOUBLE) FILTER (WHERE p.fine_yuan > 0) AS fine_mean_yuan
        FROM p GROUP BY p.division
        ORDER BY cases DESC, p.division NULLS LAST`,
      params: [2025, 'A', 0.5],
    });
  });
});
