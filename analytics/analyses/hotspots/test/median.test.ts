/**
 * The handling median (`handlingColumns`, from the two middle values `quantile_disc` picks among
 * whole seconds) equals DuckDB's `quantile_cont(days, 0.5)` bit for bit, for every grouping set:
 * on the fixture, and on categories of every size from 1 to 41 tickets with repeated durations,
 * long ones, tickets closed at receipt and tickets closed before it (ignored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { daysToCloseExpr, scopedTickets, type HotspotScope } from '../scope.ts';
import { DEFAULT_THRESHOLDS, handlingSelect } from '../sources.ts';
import { fillTickets, fixtureTickets, type FixtureTicket } from './fixture.ts';

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Category `组k` holds k tickets of 2025 whose durations repeat and range from 0 s to 400 days. */
function sizedGroups(): FixtureTicket[] {
  const out: FixtureTicket[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  for (let k = 1; k <= 41; k++) {
    for (let i = 0; i < k; i++) {
      const received = Date.UTC(2025, next() % 12, 1 + (next() % 27), next() % 24, next() % 60, next() % 60);
      const r = next() % 10;
      const seconds = r === 0 ? 0 : r === 1 ? -3600 : r === 2 ? 400 * 86_400 + (next() % 7) : r < 5 ? 86_400 * (next() % 4) : next() % 900_000;
      out.push({
        ticket_no: `M${k}-${i}`, received_at: stamp(received), appeal_type: i % 5 === 0 ? '咨询' : '投诉', category: `组${k}`,
        division: '海州区', street: null, handling_unit: `单位${k % 6}`, due_at: null,
        closed_at: r === 9 ? null : stamp(received + seconds * 1000), satisfaction: null,
      });
    }
  }
  return out;
}

/** The medians of every grouping set, straight from `quantile_cont` over fractional days. */
function referenceMedians(filter: FilterSpec, scope: HotspotScope) {
  return sql`SELECT GROUPING(t.category, t.handling_unit, month(t.received_at)) AS grp, t.category, t.handling_unit,
      month(t.received_at) AS month_no, quantile_cont(${daysToCloseExpr()}, 0.5::DOUBLE) AS median
    FROM (${scopedTickets(filter, scope)}) t
    GROUP BY GROUPING SETS ((), (t.category), (t.handling_unit), (month(t.received_at)))`;
}

let ws: Workspace;

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await fillTickets(ws.conn, [...fixtureTickets(), ...sizedGroups()]);
});
afterAll(() => ws?.close());

describe('handling median', () => {
  for (const [filter, scope] of [[{ year: 2025 }, 'complaints'], [{ year: 2025 }, 'all'], [{ year: 2024 }, 'all']] as const) {
    it(`is quantile_cont to the last bit for ${JSON.stringify(filter)} ${scope}`, async () => {
      const rows = await all<{ sets: number; differ: number }>(ws.conn, sql`SELECT count(*) AS sets,
          count(*) FILTER (WHERE h.median_days_to_close IS DISTINCT FROM r.median) AS differ
        FROM (${handlingSelect(filter, scope, DEFAULT_THRESHOLDS)}) h
        FULL JOIN (${referenceMedians(filter, scope)}) r ON r.grp = h.grp AND r.category IS NOT DISTINCT FROM h.category
          AND r.handling_unit IS NOT DISTINCT FROM h.handling_unit AND r.month_no IS NOT DISTINCT FROM h.month_no`);
      expect(rows[0].differ).toBe(0);
      expect(rows[0].sets).toBeGreaterThan(filter.year === 2025 ? 60 : 20);
    });
  }
});
