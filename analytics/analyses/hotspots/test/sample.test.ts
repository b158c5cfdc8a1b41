/**
 * The hotspot analysis on the committed sample city: recovers the planted hotspot cell and surge of
 * truth.json and nothing else, counts the tickets of each scope, agrees with the plain-TypeScript
 * reference, and cannot be steered by a filter value holding SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../workspace/open.ts';
import { queryContext, type QueryContext } from '../../query.ts';
import { openSampleWorkspace, truth } from '../../test/sample-workspace.ts';
import { near } from '../../penalties/test/reference.ts';
import { runHotspots, type HotspotsResult } from '../index.ts';
import { fetchRawTickets, referenceCells, referenceHandling, referenceSurges, selectTickets, type RawHotlineData } from './reference-hotspots.ts';

let ws: Workspace;
let q: QueryContext;
let r: HotspotsResult;
let raw: RawHotlineData;
const T = truth();

beforeAll(async () => {
  ws = await openSampleWorkspace();
  q = await queryContext(ws.conn);
  r = await runHotspots(q, { year: T.year });
  raw = await fetchRawTickets(ws.conn);
});
afterAll(() => ws?.close());

describe('hotspots on the sample city', () => {
  it('counts the tickets of each scope as truth.json does', async () => {
    expect(r.summary.tickets).toBe(T.tickets.in_scope);
    expect(r.summary.unplaced).toBe(T.tickets.in_scope_unplaced);
    const all = await runHotspots(q, { year: T.year }, 'all');
    expect(all.summary.tickets).toBe(T.tickets.count);
    expect(all.summary.unplaced).toBe(T.tickets.unplaced);
    expect(all.summary.tickets_prior).toBe(T.tickets.prior_year_count);
  });

  it('finds the planted hotspot cell, z ≥ 4, and no other', () => {
    const h = T.planted.hotspot;
    expect(r.hotspots).toHaveLength(1);
    expect(r.hotspots[0]).toMatchObject({ division: h.division, category: h.category, observed: h.observed });
    expect(r.hotspots[0].z).toBeGreaterThanOrEqual(4);
    expect(r.hotspots[0].z).toBeCloseTo(h.z, 1);
    expect(r.hotspots[0].expected).toBeCloseTo(h.expected, 1);
  });

  it('finds the planted surge month and no other', () => {
    const s = T.planted.surge;
    expect(r.surges).toHaveLength(1);
    expect(r.surges[0]).toMatchObject({ month: s.month, division: s.division, category: s.category, count: s.count });
    expect(r.surges[0].baseline).toBeCloseTo(s.baseline, 2);
  });

  it('agrees with the TypeScript reference over the raw rows, with and without a division filter', async () => {
    for (const filter of [{ year: T.year }, { year: T.year, division: '连云区' }]) {
      const res = filter.division ? await runHotspots(q, filter) : r;
      const ts = selectTickets(raw, filter, 'complaints');
      const ref = referenceHandling(ts);
      for (const k of Object.keys(ref) as (keyof typeof ref)[]) expect(near(res.summary[k], ref[k]), k).toBe(true);
      const cells = referenceCells(ts);
      expect(res.cells).toHaveLength(cells.size);
      for (const c of res.cells) expect(near(c.z, cells.get(`${c.division}|${c.category}`)!.z)).toBe(true);
      const surges = referenceSurges(raw, [...ts, ...selectTickets(raw, filter, 'complaints', filter.year - 1)], filter.year);
      expect(res.surges.map((s) => `${s.month}|${s.division}|${s.category}|${s.count}`).sort())
        .toEqual(surges.map((s) => `${s.month}|${s.division}|${s.category}|${s.count}`).sort());
    }
  });

  it('writes the hotspot and surge findings', () => {
    const h = T.planted.hotspot;
    const month = Number(T.planted.surge.month.slice(5, 7));
    expect(r.findings.find((f) => f.id === 'hotspots.cell')!.text).toContain(`${h.division}「${h.category}」类投诉举报显著集中（观察值${h.observed}`);
    expect(r.findings.find((f) => f.id === 'hotspots.surge')!.text).toMatch(new RegExp(`^${month}月${T.planted.surge.division}「${T.planted.surge.category}」类投诉举报激增至${T.planted.surge.count}件`));
  });

  it('treats a division holding quotes or SQL like an unknown name', async () => {
    const evil = await runHotspots(q, { year: T.year, division: "海州区' OR '1'='1" });
    const unknown = await runHotspots(q, { year: T.year, division: '不存在的区' });
    expect(evil.summary.tickets).toBe(0);
    expect(evil.hotspots).toEqual([]);
    expect({ ...evil, filter: null, findings: null }).toEqual({ ...unknown, filter: null, findings: null });
  });
});
