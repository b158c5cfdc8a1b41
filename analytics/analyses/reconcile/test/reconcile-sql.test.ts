/** Every reconcile query plans on the schema (EXPLAIN), with and without each filter part. */
import { describe, expect, it } from 'vitest';
import '../../../sql/test/sql-matcher.ts';
import type { FilterSpec } from '../../filter.ts';
import { checksQuery, missingReportsQuery } from '../checks-sql.ts';

const FILTERS: FilterSpec[] = [
  { year: 2025 },
  { year: 2025, division: '连云区' },
  { year: 2025, agency: "甲局') OR 1=1 --" },
  { year: 2025, sector: '市场监管', division: '海州区', agency: '乙局' },
];

describe('reconcile queries', () => {
  for (const f of FILTERS) {
    it(`plan with filter ${JSON.stringify(f)}`, async () => {
      await expect(checksQuery(f)).toMatchSql();
      await expect(missingReportsQuery(f)).toMatchSql();
    });
  }

  it('binds every filter value', () => {
    const f = FILTERS[3];
    for (const q of [checksQuery(f), missingReportsQuery(f)]) {
      for (const v of [f.sector, f.division, f.agency]) {
        expect(q.text).not.toContain(v as string);
        expect(q.params).toContain(v);
      }
      expect(q.params).toContain(2025);
    }
  });
});
