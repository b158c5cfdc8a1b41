/**
 * The statistics of counted values (`weighted-sql.ts`) equal DuckDB's own aggregates over the
 * expanded values: quantiles bit for bit, mean and standard deviation to the last digits, NULL for
 * groups with nothing counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../workspace/open.ts';
import { sql } from '../../sql/fragment.ts';
import { all, exec } from '../../sql/run.ts';
import { cumulated, W_COUNT, W_MEAN, W_STDDEV, wQuantile } from '../weighted-sql.ts';

let ws: Workspace;

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  // Amounts with many repeats (like fines), four groups, one of which counts nothing (weight 0).
  await exec(ws.conn, sql`CREATE TEMP TABLE v AS
    SELECT (i % 4) AS g, round((hash(i) % 97)::DOUBLE * 37.5, 2)::DECIMAL(18,2) AS x,
      CASE WHEN i % 4 = 3 THEN 0 ELSE 1 END AS w
    FROM range(0, 4003) r(i)`);
});
afterAll(() => ws?.close());

interface Stats { g: number; n: number; mean: number | null; sd: number | null; q10: number | null; q50: number | null; q90: number | null }

describe('weighted statistics', () => {
  it('match quantile_cont, avg and stddev_samp over the expanded values', async () => {
    const counted = sql`(SELECT g, x, sum(w) AS n FROM v GROUP BY g, x)`;
    const ours = await all<Stats>(ws.conn, sql`SELECT g, ${W_COUNT} AS n, ${W_MEAN} AS mean, ${W_STDDEV} AS sd,
        ${wQuantile(0.1)} AS q10, ${wQuantile(0.5)} AS q50, ${wQuantile(0.9)} AS q90
      FROM (${cumulated(counted, ['g'])}) c GROUP BY g ORDER BY g`);
    const duck = await all<Stats>(ws.conn, sql`SELECT g.g, count(v.x) AS n, avg(v.x::DOUBLE) AS mean, stddev_samp(v.x::DOUBLE) AS sd,
        quantile_cont(v.x::DOUBLE, ${0.1}::DOUBLE) AS q10, quantile_cont(v.x::DOUBLE, ${0.5}::DOUBLE) AS q50,
        quantile_cont(v.x::DOUBLE, ${0.9}::DOUBLE) AS q90
      FROM (SELECT DISTINCT g FROM v) g LEFT JOIN v ON v.g = g.g AND v.w = 1 GROUP BY g.g ORDER BY g.g`);
    expect(ours.map((r) => r.g)).toEqual([0, 1, 2, 3]);
    for (const [i, r] of ours.entries()) {
      const d = duck[i];
      expect({ n: r.n, q10: r.q10, q50: r.q50, q90: r.q90 }).toEqual({ n: d.n, q10: d.q10, q50: d.q50, q90: d.q90 });
      if (d.mean === null) expect([r.mean, r.sd]).toEqual([null, null]);
      else {
        expect(r.mean).toBeCloseTo(d.mean, 9);
        expect(r.sd).toBeCloseTo(d.sd as number, 9);
      }
    }
    expect(ours[3]).toMatchObject({ n: 0, mean: null, q50: null });
  });
});
