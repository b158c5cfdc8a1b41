/**
 * Differential tests on a hand-filled workspace: every SQL figure of the penalty result equals the
 * plain-TypeScript recomputation over the raw rows, for filters with and without each part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import type { FilterSpec } from '../../filter.ts';
import { queryContext } from '../../query.ts';
import { PENALTY_TABLES, runPenalties, type PenaltiesResult } from '../index.ts';
import { fillPenalties, fixtureCases } from './fixture.ts';
import { countBy, groupBy, near, sum } from './reference.ts';
import {
  fetchRawPenalties, heaviestOf, referenceDecember, referenceFigures, referenceFlags, referenceHistogram, selectCases,
  type RawPenaltyData,
} from './reference-penalties.ts';

let ws: Workspace;
let raw: RawPenaltyData;

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await fillPenalties(ws.conn, [...fixtureCases(2025, 480), ...fixtureCases(2024, 200, 11, 'P')]);
  raw = await fetchRawPenalties(ws.conn);
});
afterAll(() => ws?.close());

async function run(filter: FilterSpec): Promise<PenaltiesResult> {
  return runPenalties(await queryContext(ws.conn), filter);
}

const FILTERS: FilterSpec[] = [
  { year: 2025 },
  { year: 2025, division: '连云区' },
  { year: 2025, division: '海州区' },
  { year: 2025, sector: '市场监管' },
  { year: 2025, agency: '甲市场监管局' },
  { year: 2024, agency: '乙城管局', division: '海州区' },
];

describe.each(FILTERS)('penalties %j', (filter) => {
  let r: PenaltiesResult;
  let cases: ReturnType<typeof selectCases>;
  beforeAll(async () => {
    r = await run(filter);
    cases = selectCases(raw, filter);
  });

  it('has the summary figures', () => {
    const ref = referenceFigures(cases);
    expect(r.summary.cases).toBe(ref.cases);
    expect(r.summary.fined_cases).toBe(ref.fined_cases);
    expect(r.summary.fine_missing).toBe(ref.fine_missing);
    for (const k of ['fine_total_yuan', 'confiscation_total_yuan', 'fine_mean_yuan', 'fine_median_yuan', 'fine_p25_yuan', 'fine_p75_yuan', 'fine_p90_yuan', 'fine_max_yuan'] as const) {
      expect(near(r.summary[k], ref[k]), `${k}: ${r.summary[k]} vs ${ref[k]}`).toBe(true);
    }
    expect(r.summary.simple_procedure_cases).toBe(cases.filter((c) => c.procedure === '简易').length);
  });

  it('has every histogram bin with the reference counts', () => {
    expect(r.histogram.map((b) => b.bin)).toEqual(['0', '0–200', '200–1000', '1000–3000', '3000–10000', '10000–50000', '50000–100000', '100000–1000000', '>1000000']);
    expect(r.histogram.map((b) => b.cases)).toEqual(referenceHistogram(cases));
    expect(sum(r.histogram.map((b) => b.cases))).toBe(cases.length);
  });

  it('counts each case once per category and once under its heaviest category', () => {
    const mix = new Map<string | null, number>();
    for (const c of cases) {
      const cats = [...new Set(c.categories ?? [])];
      for (const k of cats.length ? cats : [null]) mix.set(k, (mix.get(k) ?? 0) + 1);
    }
    expect(new Map(r.by_category.map((c) => [c.category, c.cases]))).toEqual(mix);
    expect(new Map(r.by_heaviest_category.map((c) => [c.category, c.cases]))).toEqual(countBy(cases, (c) => heaviestOf(raw, c.categories)));
    const ranks = r.by_heaviest_category.filter((c) => c.severity_rank !== null).map((c) => c.severity_rank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('groups by agency, division, sector, violation and month', () => {
    for (const [agency, g] of groupBy(cases, (c) => c.agency)) {
      const row = r.by_agency.find((a) => a.agency === agency)!;
      const ref = referenceFigures(g);
      expect(row.cases).toBe(ref.cases);
      expect(near(row.fine_total_yuan, ref.fine_total_yuan)).toBe(true);
      expect(near(row.fine_median_yuan, ref.fine_median_yuan)).toBe(true);
      expect(row.sector).toBe(raw.agencies.get(agency!)?.sector ?? null);
    }
    expect(r.by_agency).toHaveLength(new Set(cases.map((c) => c.agency)).size);
    expect(new Map(r.by_division.map((d) => [d.division, d.cases]))).toEqual(countBy(cases, (c) => c.division));
    expect(new Map(r.by_sector.map((s) => [s.sector, s.cases]))).toEqual(countBy(cases, (c) => raw.agencies.get(c.agency)?.sector ?? null));
    expect(sum(r.by_violation.map((v) => v.cases))).toBe(cases.length);
    const byCode = countBy(cases.filter((c) => c.violation_code), (c) => c.violation_code);
    for (const [code, n] of byCode) expect(r.by_violation.find((v) => v.violation_code === code)?.cases).toBe(n);
    expect(r.by_month).toHaveLength(12);
    const months = countBy(cases, (c) => c.decided_on.slice(0, 7));
    for (const m of r.by_month) expect(m.cases).toBe(months.get(m.month) ?? 0);
  });

  it('raises the flags of the reference', () => {
    const ref = referenceFlags(cases);
    expect(r.flags.simple_procedure_over_cap).toBe(ref.over_cap);
    expect(sum(Object.values(r.flags.simple_procedure_over_cap_by_party_type))).toBe(ref.over_cap);
    expect(r.flags.simple_procedure_over_cap_cases).toHaveLength(Math.min(ref.over_cap, 200));
    expect(r.flags.individual_business_200_3000).toBe(ref.border);
    expect(r.flags.december_cases).toBe(ref.december);
    expect(near(r.flags.december_share, cases.length ? ref.december / cases.length : null)).toBe(true);
    expect(r.flags.top1pct_cases).toBe(ref.top_k);
    expect(near(r.flags.top1pct_fine_share, ref.top_share)).toBe(true);
    const dec = [...referenceDecember(cases)].filter(([, a]) => a.cases >= 60 && a.december / a.cases > 2 / 12).map(([n]) => n);
    expect(r.flags.december_agencies.map((a) => a.agency).sort()).toEqual(dec.sort());
  });

  it('compares with the prior year under the same filter', () => {
    const prior = selectCases(raw, filter, filter.year - 1);
    if (prior.length === 0) {
      expect(r.yoy).toBeNull();
      return;
    }
    expect(r.yoy!.cases_prior).toBe(prior.length);
    expect(near(r.yoy!.cases_change, (cases.length - prior.length) / prior.length)).toBe(true);
    expect(near(r.yoy!.fine_total_prior_yuan, sum(prior.map((c) => c.fine ?? 0)))).toBe(true);
    for (const row of r.yoy!.by_agency) {
      expect(row.cases).toBe(cases.filter((c) => c.agency === row.agency).length);
      expect(row.cases_prior).toBe(prior.filter((c) => c.agency === row.agency).length);
    }
  });
});

describe('penalties edge cases', () => {
  it('flags the December-spike agency of the fixture', async () => {
    const r = await run({ year: 2025 });
    expect(r.flags.december_agencies.map((a) => a.agency)).toEqual(['甲市场监管局']);
    expect(r.findings.some((f) => f.id === 'penalties.december_spike' && f.text.startsWith('甲市场监管局12月'))).toBe(true);
  });

  it('encodes every table as Arrow when the host asks, one query per table', async () => {
    const q = await queryContext(ws.conn, { arrow: true });
    await runPenalties(q, { year: 2025, sector: '市场监管' });
    expect(Object.keys(q.arrow).sort()).toEqual([...PENALTY_TABLES].sort());
    for (const bytes of Object.values(q.arrow)) expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('returns every bin, twelve months and no year-over-year for an empty year', async () => {
    const r = await run({ year: 2030 });
    expect(r.summary.cases).toBe(0);
    expect(r.summary.fine_median_yuan).toBeNull();
    expect(r.histogram.map((b) => b.cases)).toEqual(new Array(9).fill(0));
    expect(r.by_month.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2030-${String(i + 1).padStart(2, '0')}`));
    expect(r.yoy).toBeNull();
    expect(r.flags.top1pct_fine_share).toBeNull();
    expect(r.findings.map((f) => f.id)).toEqual(['penalties.empty']);
  });

  it('treats a filter value holding quotes or SQL as an unknown name', async () => {
    const evil = await run({ year: 2025, division: "海州区' OR '1'='1" });
    const unknown = await run({ year: 2025, division: '不存在的区' });
    expect(evil.summary.cases).toBe(0);
    expect({ ...evil, filter: null, findings: null }).toEqual({ ...unknown, filter: null, findings: null });
    const agency = await run({ year: 2025, agency: "甲市场监管局' OR 1=1 --" });
    expect(agency.summary.cases).toBe(0);
  });

  it('writes findings with their numbers', async () => {
    const r = await run({ year: 2025 });
    const total = r.findings.find((f) => f.id === 'penalties.total')!;
    expect(total.text).toMatch(/^全市共作出行政处罚480件，较上年上升140\.0%；罚没金额合计/);
    expect(total.numbers.cases).toBe(480);
    const cap = r.findings.find((f) => f.id === 'penalties.simple_over_cap')!;
    expect(cap.level).toBe('warn');
    expect(cap.text).toContain(`简易程序案件中有${r.flags.simple_procedure_over_cap}件罚款超出法定限额（自然人200元、单位3000元）`);
  });
});
