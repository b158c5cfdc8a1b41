/** Every quality query plans on the schema (EXPLAIN), with and without each filter part. */
import { describe, expect, it } from 'vitest';
import '../../../sql/test/sql-matcher.ts';
import type { FilterSpec } from '../../filter.ts';
import { agencyQuery, modeQuery } from '../inspection-sql.ts';
import { agencyPairsQuery, episodesQuery } from '../repeat-sql.ts';
import { DEFAULT_GRADE_BANDS, gradeBands, reviewGradeQuery, reviewQuery } from '../review-sql.ts';

const FILTERS: FilterSpec[] = [
  { year: 2025 },
  { year: 2025, division: '连云区' },
  { year: 2025, agency: "甲局'; DROP TABLE inspection; --" },
  { year: 2025, sector: '市场监管', division: '海州区', agency: '乙局' },
];

describe('quality queries', () => {
  for (const f of FILTERS) {
    it(`plan with filter ${JSON.stringify(f)}`, async () => {
      await expect(agencyPairsQuery(f)).toMatchSql();
      await expect(episodesQuery(f, 5)).toMatchSql();
      await expect(modeQuery(f)).toMatchSql();
      await expect(agencyQuery(f)).toMatchSql();
      await expect(reviewQuery(f, DEFAULT_GRADE_BANDS)).toMatchSql();
      await expect(reviewGradeQuery(f, DEFAULT_GRADE_BANDS)).toMatchSql();
    });
  }

  it('binds filter values and grade bands', () => {
    const f = FILTERS[3];
    for (const q of [episodesQuery(f), agencyQuery(f), reviewQuery(f, DEFAULT_GRADE_BANDS)]) {
      for (const v of [f.sector, f.division, f.agency]) {
        expect(q.text).not.toContain(v as string);
        expect(q.params).toContain(v);
      }
    }
    const r = reviewQuery(f, [{ grade: "优'秀", min: 91 }]);
    expect(r.text).not.toContain("优'秀");
    expect(r.params).toEqual(expect.arrayContaining(["优'秀", 91]));
  });

  it('grade bands: defaults, a well-formed setting sorted high to low, a malformed one ignored', () => {
    expect(gradeBands({})).toEqual(DEFAULT_GRADE_BANDS);
    expect(gradeBands({ review_grade_bands: [{ grade: '合格', min: 60 }, { grade: '优秀', min: 95 }] }))
      .toEqual([{ grade: '优秀', min: 95 }, { grade: '合格', min: 60 }]);
    expect(gradeBands({ review_grade_bands: [{ grade: '优秀' }] })).toEqual(DEFAULT_GRADE_BANDS);
    expect(gradeBands({ review_grade_bands: 'x' })).toEqual(DEFAULT_GRADE_BANDS);
  });
});
