/** Every deviation query plans on the schema (EXPLAIN), with and without each filter part. */
import { describe, expect, it } from 'vitest';
import '../../../sql/test/sql-matcher.ts';
import type { FilterSpec } from '../../filter.ts';
import { byGroupQuery } from '../by-group-sql.ts';
import { casesQuery } from '../cases-sql.ts';
import { consistencyQuery, divisionMediansQuery } from '../consistency-sql.ts';
import { sql } from '../../../sql/fragment.ts';
import { assessedCtes } from '../assess-sql.ts';

const settings = { consistency_cv: 0.5, consistency_min_cases: 5 };

const FILTERS: FilterSpec[] = [
  { year: 2025 },
  { year: 2025, division: '连云区' },
  { year: 2025, agency: "甲局' OR 1=1 --" },
  { year: 2025, sector: '市场监管', division: '海州区', agency: '乙局' },
];

describe('deviation queries', () => {
  for (const f of FILTERS) {
    it(`plan with filter ${JSON.stringify(f)}`, async () => {
      await expect(byGroupQuery(f, 'agency')).toMatchSql();
      await expect(byGroupQuery(f, 'division')).toMatchSql();
      await expect(casesQuery(f, 10)).toMatchSql();
      await expect(consistencyQuery(f, settings)).toMatchSql();
      await expect(divisionMediansQuery(f, settings)).toMatchSql();
    });
  }

  it('binds every filter value, never splices it', () => {
    const f = FILTERS[3];
    const q = casesQuery(f, 10);
    for (const v of [f.sector, f.division, f.agency]) {
      expect(q.text).not.toContain(v as string);
      expect(q.params).toContain(v);
    }
    expect(q.params).toContain(2025);
    expect(q.params).toContain(10);
  });

  it('refuses an unknown grouping column', () => {
    expect(() => byGroupQuery({ year: 2025 }, 'party_name' as never)).toThrow();
  });

  it('the assessment CTE starts from the filtered cases', async () => {
    const q = sql`WITH ${assessedCtes({ year: 2025, division: '海州区' })} SELECT status, count(*) FROM ac GROUP BY status`;
    await expect(q).toMatchSql();
    expect(q.text).toMatch(/^WITH fc0 AS NOT MATERIALIZED \(SELECT c\.rowid AS rid, c\.decision_no/);
  });
});
