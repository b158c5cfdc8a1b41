/** Every hotspot query plans (EXPLAIN on the full schema) for both scopes and filters with and without each part. */
import { describe, expect, it } from 'vitest';
import '../../../sql/test/sql-matcher.ts';
import type { FilterSpec } from '../../filter.ts';
import { hotspotsQueries, HOTSPOT_TABLES } from '../queries.ts';

const FILTERS: FilterSpec[] = [
  { year: 2025 },
  { year: 2025, division: '连云区' },
  { year: 2025, agency: '连云港市市场监督管理局' },
  { year: 2025, sector: '市场监管' },
  { year: 2024, division: '海州区', agency: '海州区城市管理局', sector: '城市管理' },
];

describe('hotspotsQueries', () => {
  for (const filter of FILTERS) {
    for (const scope of ['complaints', 'all'] as const) {
      it(`plans every table for ${JSON.stringify(filter)} ${scope}`, async () => {
        const queries = hotspotsQueries(filter, scope);
        expect(Object.keys(queries)).toEqual([...HOTSPOT_TABLES]);
        for (const q of Object.values(queries)) await expect(q).toMatchSql();
      });
    }
  }

  it('binds filter values, scope types and thresholds as parameters', async () => {
    const evil = "海州区' OR '1'='1";
    const qs = hotspotsQueries({ year: 2025, division: evil }, 'complaints', { hotspot_z: 2.5, hotspot_min_count: 7, surge_ratio: 3, surge_min_count: 4 });
    for (const q of Object.values(qs)) {
      expect(q.text).not.toContain('海州区');
      expect(q.text).not.toContain('投诉');
      expect(q.params).toContain(evil);
      expect(q.params).toContain('投诉');
    }
    expect(qs.hotline_cells.params).toEqual(expect.arrayContaining([2.5, 7]));
    expect(qs.hotline_surges.params).toEqual(expect.arrayContaining([3, 4]));
    await expect(hotspotsQueries({ year: 2025 }, 'all').hotline_prior_summary).toMatchSql({
      text: `WITH t AS (SELECT t.* FROM hotline_ticket t WHERE year(t.received_at) = $1 AND TRUE)
        SELECT count(*) AS tickets, count(*) FILTER (WHERE t.division IS NULL) AS unplaced FROM t`,
      params: [2024],
    });
  });
});
