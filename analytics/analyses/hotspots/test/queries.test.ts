/**
 * Every hotspot query plans (EXPLAIN on the full schema) for both scopes and filters with and without
 * each part, both computing its relations in place and reading them from temporary tables.
 */
import { describe, expect, it } from 'vitest';
import { explainDb } from '../../../sql/test/sql-matcher.ts';
import { ident, sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { TEMP_TABLES } from '../../query.ts';
import { hotspotsQueries, HOTSPOT_TABLES } from '../queries.ts';
import { countsSelect, DEFAULT_THRESHOLDS, handlingSelect } from '../sources.ts';

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
      expect(q.params).toContainEqual(['投诉', '举报']);
    }
    expect(qs.hotline_cells.params).toEqual(expect.arrayContaining([2.5, 7]));
    expect(qs.hotline_surges.params).toEqual(expect.arrayContaining([3, 4]));
    await expect(countsSelect({ year: 2025 }, 'all')).toMatchSql({
      text: `SELECT t.received_at >= make_date($1::INTEGER, 1, 1) AS cur, month(t.received_at) AS month_no, t.division,
          t.street, t.category, count(*) AS n
        FROM (SELECT t.* FROM hotline_ticket t
          WHERE t.received_at >= make_date($2::INTEGER, 1, 1) AND t.received_at < make_date($3::INTEGER, 1, 1) AND TRUE) t
        GROUP BY ALL`,
      params: [2025, 2024, 2026],
    });
  });

  it('reads the relations held in temporary tables without any bound value', () => {
    const [handling, counts] = ['analysis_hotline_handling', 'analysis_hotline_counts'].map((n) => ident(n, TEMP_TABLES));
    const th = { hotspot_z: 2.5, hotspot_min_count: 7, surge_ratio: 3, surge_min_count: 4 };
    const qs = hotspotsQueries({ year: 2025, division: '连云区' }, 'complaints', th, { handling, counts });
    // Without parameters a statement is planned once per run, not twice (see sources.ts).
    for (const q of Object.values(qs)) expect(q.params).toEqual([]);
    // The year and the thresholds are bound once, where `handling` is built.
    expect(handlingSelect({ year: 2025, division: '连云区' }, 'complaints', th).params).toEqual(expect.arrayContaining([2025, 2.5, 7, 3, 4]));
  });

  it('every table also plans over the relations held in temporary tables', async () => {
    const ws = await explainDb();
    const f = { year: 2025, division: '连云区' };
    const [handling, counts] = ['analysis_hotline_handling', 'analysis_hotline_counts'].map((n) => ident(n, TEMP_TABLES));
    const tables = [[handling, handlingSelect(f, 'complaints', DEFAULT_THRESHOLDS)], [counts, countsSelect(f, 'complaints')]] as const;
    try {
      for (const [t, select] of tables) await exec(ws.conn, sql`CREATE OR REPLACE TEMP TABLE ${t} AS ${select}`);
      for (const q of Object.values(hotspotsQueries(f, 'complaints', undefined, { handling, counts }))) await expect(q).toMatchSql();
    } finally {
      for (const [t] of tables) await exec(ws.conn, sql`DROP TABLE IF EXISTS ${t}`);
    }
  });
});
