/**
 * The penalty analysis on the committed sample city: recovers the planted facts of truth.json
 * (December spike, simple-procedure count, per-agency figures, heaviest categories, prior year),
 * agrees with the plain-TypeScript reference, and cannot be steered by a filter value holding SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../workspace/open.ts';
import { queryContext, type QueryContext } from '../../query.ts';
import { openSampleWorkspace, truth } from '../../test/sample-workspace.ts';
import { runPenalties, type PenaltiesResult } from '../index.ts';
import { near } from './reference.ts';
import { fetchRawPenalties, referenceFigures, referenceFlags, referenceHistogram, selectCases, type RawPenaltyData } from './reference-penalties.ts';

let ws: Workspace;
let q: QueryContext;
let r: PenaltiesResult;
let raw: RawPenaltyData;
const T = truth();

beforeAll(async () => {
  ws = await openSampleWorkspace();
  q = await queryContext(ws.conn);
  r = await runPenalties(q, { year: T.year });
  raw = await fetchRawPenalties(ws.conn);
});
afterAll(() => ws?.close());

describe('penalties on the sample city', () => {
  it('counts the cases and money of truth.json', () => {
    expect(r.summary.cases).toBe(T.penalty.cases);
    expect(near(r.summary.fine_total_yuan, T.penalty.fine_total_yuan)).toBe(true);
    expect(near(r.summary.confiscation_total_yuan, T.penalty.confiscation_total_yuan)).toBe(true);
    expect(r.summary.simple_procedure_cases).toBe(T.penalty.simple_procedure_cases);
  });

  it('has the per-agency case counts and fine totals of truth.json', () => {
    const byAgency = T.penalty.by_agency as Record<string, { cases: number; fine_total_yuan: number; confiscation_total_yuan: number }>;
    expect(r.by_agency.map((a) => a.agency).sort()).toEqual(Object.keys(byAgency).sort());
    for (const a of r.by_agency) {
      expect(a.cases, a.agency).toBe(byAgency[a.agency].cases);
      expect(near(a.fine_total_yuan, byAgency[a.agency].fine_total_yuan), a.agency).toBe(true);
      expect(near(a.confiscation_total_yuan, byAgency[a.agency].confiscation_total_yuan), a.agency).toBe(true);
    }
  });

  it('flags the planted December-spike agency and no other', () => {
    const spike = T.planted.december_spike;
    expect(r.flags.december_agencies.map((a) => a.agency)).toEqual([spike.agency]);
    expect(r.flags.december_agencies[0].december_share).toBeCloseTo(spike.december_share, 4);
    expect(r.flags.december_agencies[0].cases).toBe(spike.cases);
    expect(r.findings.filter((f) => f.id === 'penalties.december_spike').map((f) => f.numbers.agency)).toEqual([spike.agency]);
  });

  it('counts the planted simple-procedure cases over the cap', () => {
    expect(r.flags.simple_procedure_over_cap).toBe(T.planted.simple_over_cap);
    expect(r.flags.simple_procedure_over_cap_cases).toHaveLength(T.planted.simple_over_cap);
    for (const c of r.flags.simple_procedure_over_cap_cases) expect(c.fine_yuan).toBeGreaterThan(c.cap_yuan);
  });

  it('counts each case under its heaviest category as truth.json does', () => {
    const counts = Object.fromEntries(r.by_heaviest_category.map((c) => [c.category, c.cases]));
    expect(counts).toEqual(T.penalty.heaviest_category_counts);
  });

  it('compares with the prior year', () => {
    expect(r.yoy).not.toBeNull();
    expect(r.yoy!.prior_year).toBe(T.prior_year.year);
    expect(r.yoy!.cases_prior).toBe(T.prior_year.cases);
    expect(near(r.yoy!.fine_total_prior_yuan, T.prior_year.fine_total_yuan)).toBe(true);
    const prior = T.prior_year.by_agency as Record<string, { cases: number }>;
    for (const a of r.yoy!.by_agency) expect(a.cases_prior, a.agency).toBe(prior[a.agency]?.cases ?? 0);
  });

  it('agrees with the TypeScript reference over the raw rows, with and without filters', async () => {
    for (const filter of [{ year: T.year }, { year: T.year, division: '连云区' }, { year: T.year, sector: '市场监管' }]) {
      const res = Object.keys(filter).length === 1 ? r : await runPenalties(q, filter);
      const cases = selectCases(raw, filter);
      const ref = referenceFigures(cases);
      for (const k of ['cases', 'fined_cases', 'fine_total_yuan', 'fine_mean_yuan', 'fine_median_yuan', 'fine_p25_yuan', 'fine_p75_yuan', 'fine_p90_yuan', 'fine_max_yuan'] as const) {
        expect(near(res.summary[k], ref[k]), `${JSON.stringify(filter)} ${k}`).toBe(true);
      }
      expect(res.histogram.map((b) => b.cases)).toEqual(referenceHistogram(cases));
      const flags = referenceFlags(cases);
      expect(res.flags.top1pct_cases).toBe(flags.top_k);
      expect(near(res.flags.top1pct_fine_share, flags.top_share)).toBe(true);
    }
  });

  it('treats a division holding quotes or SQL like an unknown name', async () => {
    const evil = await runPenalties(q, { year: T.year, division: "海州区' OR '1'='1" });
    const unknown = await runPenalties(q, { year: T.year, division: '不存在的区' });
    expect(evil.summary.cases).toBe(0);
    expect({ ...evil, filter: null, findings: null }).toEqual({ ...unknown, filter: null, findings: null });
    const real = await runPenalties(q, { year: T.year, division: '海州区' });
    expect(real.summary.cases).toBeGreaterThan(0);
  });
});
