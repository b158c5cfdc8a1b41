/**
 * runDeviation end to end on hand-filled workspaces: totals add up, the per-agency figures follow
 * the definitions, the consistency groups and division medians agree with a plain-TypeScript
 * recomputation, the case list is worst first and capped, and the findings state the numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { runDeviation, runDeviationSummary } from '../index.ts';
import type { DeviationResult } from '../types.ts';
import { insertCases, insertRules, type CaseInput } from './fill.ts';
import { CASES, RULES } from './hand-fixture.ts';
import { mean, quantileCont, seeded, stddevSamp } from './stats-reference.ts';
import { refCode, refName } from './reference.ts';

describe('runDeviation on the edge-case fixture', () => {
  let ws: Workspace;
  let r: DeviationResult;
  beforeAll(async () => {
    ws = await openMemoryWorkspace();
    await insertRules(ws.conn, RULES);
    await insertCases(ws.conn, CASES);
    r = await runDeviation(await queryContext(ws.conn), { year: 2025 });
  });
  afterAll(() => ws.close());

  it('counts every case of the year once', () => {
    const inYear = CASES.filter((c) => c.expect.status !== 'outside');
    const total = Object.values(r.status_counts).reduce((s, n) => s + n, 0);
    expect(total).toBe(inYear.length);
    for (const s of ['within', 'below', 'above', 'no_rule', 'not_assessable'] as const) {
      expect(r.status_counts[s], s).toBe(inYear.filter((c) => c.expect.status === s).length);
    }
    expect(Object.values(r.match_counts).reduce((s, n) => s + n, 0)).toBe(inYear.length);
    expect(r.match_counts.ambiguous).toBe(2);
    expect(r.match_counts.tier_missing).toBe(1);
  });

  it('per-agency figures follow the definitions', () => {
    const b = r.by_agency.find((a) => a.agency === '乙局')!;
    expect(b).toMatchObject({ cases: 1, matched: 1, assessed: 1, above: 1, deviation_rate: 1, above_rate: 1, below_rate: 0, coverage: 1 });
    const a = r.by_agency.find((x) => x.agency === '甲局')!;
    expect(a.assessed).toBe(a.within + a.above + a.below);
    expect(a.matched).toBe(a.cases - a.no_rule);
    expect(a.deviation_rate).toBeCloseTo((a.above + a.below) / a.assessed, 12);
    expect(a.coverage).toBeCloseTo(a.matched / a.cases, 12);
    expect(r.by_division.map((d) => d.division).sort()).toEqual(['海州区', '连云区']);
  });

  it('lists deviating cases worst first, a fine where none is allowed before all', () => {
    expect(r.cases_total).toBe(r.status_counts.above + r.status_counts.below);
    expect(r.cases[0].decision_no).toBe('K-no-penalty-fined');
    const ratios = r.cases.slice(1).map((c) => Math.abs(c.deviation_ratio!));
    expect(ratios).toEqual([...ratios].sort((x, y) => y - x));
    expect(r.cases.every((c) => c.status === 'above' || c.status === 'below')).toBe(true);
  });

  it('a filter on agency or division narrows every table', async () => {
    const q = await queryContext(ws.conn);
    const f = await runDeviation(q, { year: 2025, division: '连云区' });
    expect(f.summary.cases).toBe(1);
    expect(f.by_agency.map((a) => a.agency)).toEqual(['乙局']);
    const g = await runDeviation(q, { year: 2025, agency: '甲局' });
    expect(g.summary.cases).toBe(r.summary.cases - 1);
    expect(Object.keys(q.arrow)).toEqual([]);
  });

  it('the summary alone equals the summary of the full run', async () => {
    const q = await queryContext(ws.conn);
    expect(await runDeviationSummary(q, { year: 2025 })).toEqual(r.summary);
    const f = { year: 2025, agency: '甲局' };
    expect(await runDeviationSummary(q, f)).toEqual((await runDeviation(q, f)).summary);
  });

  it('a filter value carrying SQL changes nothing and matches nothing', async () => {
    const q = await queryContext(ws.conn);
    const evil = await runDeviation(q, { year: 2025, agency: "甲局' OR '1'='1", division: "海州区'); DROP TABLE penalty_case; --" });
    expect(evil.summary.cases).toBe(0);
    expect(evil.findings).toEqual([]);
    const again = await runDeviation(q, { year: 2025 });
    expect(again.status_counts).toEqual(r.status_counts);
  });
});

const DIVISIONS = ['海州区', '连云区', '赣榆区', '东海县'];
const GROUPS: { code: string | null; name: string; tier: string | null; base: number; spread: number }[] = [
  { code: 'A-1', name: '违法行为甲', tier: '一般', base: 8000, spread: 0.2 },
  { code: 'A-1', name: '违法行为甲', tier: null, base: 8000, spread: 0.3 },
  { code: 'A-1', name: '违法行为甲', tier: '从重', base: 20000, spread: 1.5 },
  { code: null, name: '无代码行为（一）', tier: '一般', base: 500, spread: 0.9 },
  { code: 'S-1', name: '小组', tier: '一般', base: 100, spread: 0.1 },
];

function consistencyCases(): CaseInput[] {
  const rnd = seeded(42);
  const out: CaseInput[] = [];
  GROUPS.forEach((g, gi) => {
    const n = g.code === 'S-1' ? 4 : 12 + gi * 3;
    for (let i = 0; i < n; i++) {
      const division = DIVISIONS[Math.floor(rnd() * DIVISIONS.length)];
      const skew = division === '东海县' && g.spread > 1 ? 0.3 : 1;
      const fine = i % 7 === 6 ? 0 : Math.round(g.base * skew * (1 + g.spread * (rnd() - 0.5)) * 100) / 100;
      out.push({
        decision_no: `G${gi}-${i}`, violation_code: g.code, violation_name: i % 2 ? g.name : ` ${g.name.replace('（', '(')}`,
        tier: g.tier, fine_yuan: i % 11 === 10 ? null : fine, categories: fine ? ['罚款'] : ['警告'], division,
      });
    }
  });
  return out;
}

describe('consistency groups against a plain-TypeScript recomputation', () => {
  let ws: Workspace;
  let r: DeviationResult;
  let raw: { violation_code: string | null; violation_name: string; tier: string | null; division: string; fine_yuan: number | null }[];
  beforeAll(async () => {
    ws = await openMemoryWorkspace();
    await insertRules(ws.conn, RULES);
    await insertCases(ws.conn, consistencyCases());
    r = await runDeviation(await queryContext(ws.conn), { year: 2025 });
    raw = await all(ws.conn, sql`SELECT violation_code, violation_name, tier, division, fine_yuan::DOUBLE AS fine_yuan FROM penalty_case`);
  });
  afterAll(() => ws.close());

  function groups() {
    const m = new Map<string, { tier: string | null; fines: number[]; rows: typeof raw }>();
    for (const c of raw) {
      if (c.fine_yuan === null) continue;
      const key = `${refCode(c.violation_code) ?? refName(c.violation_name)}|${c.tier}`;
      const g = m.get(key) ?? { tier: c.tier, fines: [], rows: [] };
      g.fines.push(c.fine_yuan);
      g.rows.push(c);
      m.set(key, g);
    }
    return [...m.values()].filter((g) => g.fines.length >= 5 && mean(g.fines) > 0);
  }

  it('finds the same groups with the same CV, p10, p90 and flag', () => {
    const ref = groups();
    expect(r.inconsistent_groups.length).toBe(ref.length);
    expect(ref.length).toBe(4);
    for (const g of ref) {
      const code = g.rows[0].violation_code;
      const row = r.inconsistent_groups.find((x) => x.violation_code === code && x.tier === g.tier && x.cases === g.fines.length);
      expect(row, JSON.stringify([code, g.tier])).toBeDefined();
      const cv = stddevSamp(g.fines) / mean(g.fines);
      expect(row!.mean).toBeCloseTo(mean(g.fines), 6);
      expect(row!.cv).toBeCloseTo(cv, 9);
      expect(row!.p10).toBeCloseTo(quantileCont(g.fines, 0.1), 6);
      expect(row!.p90).toBeCloseTo(quantileCont(g.fines, 0.9), 6);
      expect(row!.median).toBeCloseTo(quantileCont(g.fines, 0.5), 6);
      expect(row!.flagged).toBe(cv > 0.5);
    }
    const cvs = r.inconsistent_groups.map((g) => g.cv);
    expect(cvs).toEqual([...cvs].sort((a, b) => b - a));
  });

  it('division medians: every division of a flagged group, and off divisions of the others', () => {
    for (const g of groups()) {
      const city = quantileCont(g.fines, 0.5);
      const flagged = stddevSamp(g.fines) / mean(g.fines) > 0.5;
      for (const d of DIVISIONS) {
        const xs = g.rows.filter((c) => c.division === d).map((c) => c.fine_yuan!);
        const row = r.division_medians.find((m) => m.division === d && m.tier === g.tier && m.violation_code === g.rows[0].violation_code);
        const median = xs.length ? quantileCont(xs, 0.5) : NaN;
        const listed = xs.length >= 3 && (flagged || median >= 2 * city || median * 2 <= city);
        expect(!!row, `${g.rows[0].violation_name}/${g.tier}/${d}`).toBe(listed);
        if (row) {
          expect(row.cases).toBe(xs.length);
          expect(row.median).toBeCloseTo(median, 6);
          expect(row.city_median).toBeCloseTo(city, 6);
          expect(row.ratio).toBeCloseTo(median / city, 9);
        }
      }
    }
  });

  it('names the dispersed group in a finding with its CV', () => {
    const top = r.inconsistent_groups.find((g) => g.flagged)!;
    const f = r.findings.find((x) => x.id === 'deviation.dispersed_group')!;
    expect(f.text).toContain(`「${top.violation}」`);
    expect(f.text).toContain(`变异系数${top.cv.toFixed(2)}`);
    expect(f.text).toContain('存在同案不同罚风险');
    expect(f.numbers.cv).toBe(top.cv);
  });
});
