/**
 * Differential tests on a hand-filled hotline workspace: every SQL figure of the hotspot result
 * equals the plain-TypeScript recomputation over the raw rows, for both scopes and with and
 * without a division filter; the plants are found and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import type { FilterSpec } from '../../filter.ts';
import { queryContext } from '../../query.ts';
import { countBy, near } from '../../penalties/test/reference.ts';
import { HOTSPOT_TABLES, runHotspots, type HotspotsResult } from '../index.ts';
import { fillTickets, fixtureTickets } from './fixture.ts';
import {
  fetchRawTickets, ownPopulation, referenceCells, referenceHandling, referenceSurges, selectTickets, type RawHotlineData,
} from './reference-hotspots.ts';

let ws: Workspace;
let raw: RawHotlineData;

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await fillTickets(ws.conn, fixtureTickets());
  raw = await fetchRawTickets(ws.conn);
});
afterAll(() => ws?.close());

async function run(filter: FilterSpec, scope: 'complaints' | 'all' = 'complaints'): Promise<HotspotsResult> {
  return runHotspots(await queryContext(ws.conn), filter, scope);
}

const CASES: [FilterSpec, 'complaints' | 'all'][] = [
  [{ year: 2025 }, 'complaints'],
  [{ year: 2025 }, 'all'],
  [{ year: 2025, division: '连云区' }, 'complaints'],
  [{ year: 2024 }, 'complaints'],
  [{ year: 2025, division: '赣榆区', agency: '无关机关' }, 'all'],
];

describe.each(CASES)('hotspots %j %s', (filter, scope) => {
  let r: HotspotsResult;
  let ts: ReturnType<typeof selectTickets>;
  beforeAll(async () => {
    r = await run(filter, scope);
    ts = selectTickets(raw, filter, scope);
  });

  it('has the summary handling figures', () => {
    const ref = referenceHandling(ts);
    for (const k of Object.keys(ref) as (keyof typeof ref)[]) expect(near(r.summary[k], ref[k]), k).toBe(true);
    expect(r.summary.tickets_prior).toBe(selectTickets(raw, filter, scope, filter.year - 1).length);
    expect(r.filter_applied).toEqual(filter.division ? ['year', 'division'] : ['year']);
  });

  it('counts by division with own-population rates, zones on their own rows', () => {
    const counts = countBy(ts, (t) => t.division);
    expect(new Map(r.by_division.filter((d) => d.tickets > 0).map((d) => [d.division, d.tickets]))).toEqual(counts);
    for (const d of r.by_division) {
      if (d.division === null) continue;
      const pop = ownPopulation(raw, d.division);
      expect(d.population).toBe(pop);
      expect(near(d.per_10k, pop === null ? null : (d.tickets * 10000) / pop)).toBe(true);
    }
  });

  it('counts by category, street, handling unit and month', () => {
    expect(new Map(r.by_category.map((c) => [c.category, c.tickets]))).toEqual(countBy(ts, (t) => t.category));
    expect(new Map(r.by_handling_unit.map((c) => [c.handling_unit, c.tickets]))).toEqual(countBy(ts, (t) => t.handling_unit));
    expect(new Map(r.by_street.map((c) => [`${c.division}|${c.street}`, c.tickets]))).toEqual(countBy(ts, (t) => `${t.division}|${t.street}`));
    const months = countBy(ts, (t) => t.received_at.slice(0, 7));
    expect(r.by_month).toHaveLength(12);
    for (const m of r.by_month) expect(m.tickets).toBe(months.get(m.month) ?? 0);
    for (const c of r.by_category) {
      const ref = referenceHandling(ts.filter((t) => t.category === c.category));
      expect(near(c.on_time_rate, ref.on_time_rate)).toBe(true);
      expect(near(c.dissatisfied_rate, ref.dissatisfied_rate)).toBe(true);
    }
  });

  it('scores every cell as the reference does', () => {
    const ref = referenceCells(ts);
    expect(r.cells).toHaveLength(ref.size);
    for (const c of r.cells) {
      const x = ref.get(`${c.division}|${c.category}`)!;
      expect(c.observed).toBe(x.observed);
      expect(near(c.expected, x.expected)).toBe(true);
      expect(near(c.z, x.z)).toBe(true);
      expect(c.flagged).toBe(x.z >= 3 && x.observed >= 10);
    }
    const zs = r.cells.map((c) => c.z);
    expect(zs).toEqual([...zs].sort((a, b) => b - a));
  });

  it('finds the surges of the reference', () => {
    const both = [...ts, ...selectTickets(raw, filter, scope, filter.year - 1)];
    const ref = referenceSurges(raw, both, filter.year);
    const got = [...r.surges].sort((a, b) => a.month.localeCompare(b.month) || a.division.localeCompare(b.division) || a.category.localeCompare(b.category));
    expect(got.map((s) => ({ month: s.month, division: s.division, category: s.category, count: s.count }))).toEqual(
      ref.map((s) => ({ month: s.month, division: s.division, category: s.category, count: s.count })),
    );
    got.forEach((s, i) => expect(near(s.baseline, ref[i].baseline)).toBe(true));
  });
});

describe('hotspots plants and edge cases', () => {
  it('finds the planted hotspot cell and surge', async () => {
    const r = await run({ year: 2025 });
    expect(r.hotspots[0]).toMatchObject({ division: '赣榆区', category: '重复检查' });
    expect(r.surges.map((s) => [s.month, s.division, s.category])).toEqual([['2025-07', '海州区', '噪声扰民']]);
    expect(r.findings.find((f) => f.id === 'hotspots.surge')!.text).toMatch(/^7月海州区「噪声扰民」类投诉举报激增至\d+件，为前三个月均值（[\d.]+件）的[\d.]+倍$/);
  });

  it('does not judge January–March against a prior year that is not in the workspace', async () => {
    const r = await run({ year: 2024 });
    expect(r.surges).toEqual([]);
    const ts = selectTickets(raw, { year: 2024 }, 'complaints');
    // Without the coverage rule the January burst would be called a surge.
    expect(referenceSurges(raw, ts, 2024, 2, 10, false).some((s) => s.month === '2024-01' && s.division === '徐圩新区')).toBe(true);
    expect(r.prior_year).toBeNull();
    expect(r.by_division.every((d) => d.per_10k_prior === null && d.tickets_change === null)).toBe(true);
  });

  it('encodes every table as Arrow when the host asks, one query per table', async () => {
    const q = await queryContext(ws.conn, { arrow: true });
    await runHotspots(q, { year: 2025, division: '连云区' });
    expect(Object.keys(q.arrow).sort()).toEqual([...HOTSPOT_TABLES].sort());
    for (const bytes of Object.values(q.arrow)) expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('says which filter parts tickets cannot honour', async () => {
    const r = await run({ year: 2025, agency: '乙城管局', sector: '城市管理' });
    expect(r.filter_applied).toEqual(['year']);
    expect(r.filter_ignored).toEqual(['agency', 'sector']);
  });

  it('uses the workspace thresholds', async () => {
    const q = await queryContext(ws.conn);
    q.settings.hotspot_z = 100;
    q.settings.surge_min_count = 1000;
    const r = await runHotspots(q, { year: 2025 });
    expect(r.hotspots).toEqual([]);
    expect(r.surges).toEqual([]);
    expect(r.thresholds).toMatchObject({ hotspot_z: 100, surge_min_count: 1000 });
  });

  it('returns twelve empty months and one finding for an empty year', async () => {
    const r = await run({ year: 2031 });
    expect(r.summary.tickets).toBe(0);
    expect(r.summary.closed_rate).toBeNull();
    expect(r.by_month.map((m) => m.tickets)).toEqual(new Array(12).fill(0));
    expect(r.findings.map((f) => f.id)).toEqual(['hotspots.empty']);
  });

  it('treats a division holding quotes or SQL as an unknown name', async () => {
    const evil = await run({ year: 2025, division: "海州区' OR '1'='1" });
    const unknown = await run({ year: 2025, division: '不存在的区' });
    expect(evil.summary.tickets).toBe(0);
    expect({ ...evil, filter: null, findings: null }).toEqual({ ...unknown, filter: null, findings: null });
  });
});
