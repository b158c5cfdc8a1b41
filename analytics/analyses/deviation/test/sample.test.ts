/**
 * Deviation on the sample workspace (the committed synthetic city): the planted facts of truth.json
 * are recovered, and every case's status agrees with the plain-TypeScript reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleWorkspace, truth } from '../../test/sample-workspace.ts';
import type { Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { runDeviation } from '../index.ts';
import { assessedCtes } from '../assess-sql.ts';
import { statusName } from '../codes.ts';
import type { DeviationResult } from '../types.ts';
import { referenceVerdict, type RawCase, type RawRule } from './reference.ts';
import { mean, stddevSamp } from './stats-reference.ts';

let ws: Workspace;
let r: DeviationResult;
const t = truth();
const year: number = t.year;

beforeAll(async () => {
  ws = await openSampleWorkspace();
  r = await runDeviation(await queryContext(ws.conn), { year });
});
afterAll(() => ws?.close());

describe('deviation on the sample city', () => {
  it('has the DESIGN §4 keys', () => {
    expect(Object.keys(r.status_counts).sort()).toEqual(['above', 'below', 'no_rule', 'not_assessable', 'within']);
    expect(r.by_agency[0]).toEqual(expect.objectContaining({ agency: expect.any(String), matched: expect.any(Number), deviation_rate: expect.any(Number), above: expect.any(Number), below: expect.any(Number), no_rule: expect.any(Number) }));
    expect(r.inconsistent_groups[0]).toEqual(expect.objectContaining({ violation: expect.any(String), tier: expect.any(String), cases: expect.any(Number), cv: expect.any(Number), p90_p10: expect.any(Number) }));
    expect(Object.keys(r.cases[0])).toEqual(expect.arrayContaining(['decision_no', 'agency', 'violation', 'tier', 'fine_yuan', 'min_yuan', 'max_yuan', 'status', 'deviation_ratio']));
    expect(r.cases.length).toBe(Math.min(r.cases_limit, r.cases_total));
    expect(r.cases_total).toBe(r.status_counts.above + r.status_counts.below);
  });

  it('status counts equal the generator’s', () => {
    expect(r.status_counts).toEqual(t.penalty.status_counts);
  });

  it('the planted agency has the highest above-benchmark share (~20 %), the others ~3 %', () => {
    const planted = t.planted.above_benchmark_agency;
    const rows = r.by_agency.filter((a) => a.assessed >= 20);
    const top = [...rows].sort((a, b) => b.above_rate! - a.above_rate!)[0];
    expect(top.agency).toBe(planted.agency);
    expect(top.above).toBe(planted.above);
    expect(top.assessed).toBe(planted.assessed);
    expect(top.above_rate).toBeCloseTo(planted.above_share, 3);
    const others = rows.filter((a) => a.agency !== planted.agency).map((a) => a.above_rate!);
    expect(Math.max(...others)).toBeCloseTo(t.planted.other_agencies_above_share_max, 3);
    expect(mean(others)).toBeGreaterThan(0.02);
    expect(mean(others)).toBeLessThan(0.04);
    const f = r.findings.filter((x) => x.id === 'deviation.above_agency');
    expect(f.map((x) => x.numbers.agency)).toEqual([planted.agency]);
    expect(f[0].text).toMatch(new RegExp(`^${planted.agency}高于基准处罚占比20\\.0%，为全市平均的\\d+\\.\\d倍$`));
  });

  it('the planted dispersed group is flagged, alone, and its division stands out', () => {
    const d = t.planted.dispersed_group;
    const g = r.inconsistent_groups.find((x) => x.violation_code === d.violation_code && x.tier === d.tier)!;
    expect(g).toMatchObject({ violation: d.violation_name, cases: d.city_cases, flagged: true });
    expect(g.cv).toBeCloseTo(d.city_cv, 3);
    expect(r.inconsistent_groups.filter((x) => x.flagged)).toEqual([g]);
    const others = r.inconsistent_groups.filter((x) => x !== g).map((x) => x.cv);
    expect(Math.max(...others)).toBeCloseTo(t.planted.other_groups_cv_max, 3);
    const m = r.division_medians.find((x) => x.violation_code === d.violation_code && x.tier === d.tier && x.division === d.division)!;
    expect(m.cases).toBe(d.cases);
    expect(m.cv).toBeCloseTo(d.cv, 3);
    // The planted division holds most of the group, so it *is* the city median; against the rest of
    // the city its fines sit far lower.
    expect(m.rest_ratio!).toBeLessThan(0.5);
    // Against the city median it is another division of the group that stands out.
    const rows = r.division_medians.filter((x) => x.violation_code === d.violation_code && x.tier === d.tier);
    expect(rows.some((x) => x.ratio! >= 2 || x.ratio! <= 0.5)).toBe(true);
    const f = r.findings.find((x) => x.id === 'deviation.dispersed_group')!;
    expect(f.text).toContain(`「${d.violation_name}」（${d.tier}）罚款离散程度高（变异系数${g.cv.toFixed(2)}），${d.division}中位数仅为全市其他地区的`);
  });

  it('every case’s status agrees with the plain-TypeScript reference', async () => {
    const rules = await all<RawRule>(ws.conn, sql`SELECT * FROM benchmark_rule`);
    const cases = await all<RawCase>(ws.conn, sql`SELECT decision_no, party_name, violation_code, violation_name, basis, tier_rank,
      fine_yuan, illegal_gain_yuan, goods_value_yuan, categories, decided_on FROM penalty_case WHERE year(decided_on) = ${year}`);
    const got = await all<{ decision_no: string; party_name: string; status: string; min_yuan: number | null; max_yuan: number | null }>(ws.conn,
      sql`WITH ${assessedCtes({ year })} SELECT decision_no, party_name, ${statusName(sql`status`)} AS status,
        min_yuan::DOUBLE AS min_yuan, max_yuan::DOUBLE AS max_yuan FROM ac`);
    const byKey = new Map(got.map((g) => [`${g.decision_no}|${g.party_name}`, g]));
    expect(got.length).toBe(cases.length);
    let differ = 0;
    for (const c of cases) {
      const ref = referenceVerdict(c, rules);
      const g = byKey.get(`${c.decision_no}|${c.party_name}`)!;
      if (g.status !== ref.status || g.min_yuan !== ref.min || g.max_yuan !== ref.max) differ++;
    }
    expect(differ).toBe(0);
  });

  it('consistency groups agree with a plain-TypeScript recomputation', async () => {
    const rows = await all<{ violation_code: string; tier: string | null; fine: number }>(ws.conn,
      sql`SELECT violation_code, tier, fine_yuan::DOUBLE AS fine FROM penalty_case WHERE year(decided_on) = ${year} AND fine_yuan IS NOT NULL`);
    const groups = new Map<string, number[]>();
    for (const x of rows) groups.set(`${x.violation_code}|${x.tier}`, [...(groups.get(`${x.violation_code}|${x.tier}`) ?? []), x.fine]);
    const expected = [...groups.entries()].filter(([, xs]) => xs.length >= 5 && mean(xs) > 0);
    expect(r.inconsistent_groups.length).toBe(expected.length);
    for (const [k, xs] of expected) {
      const g = r.inconsistent_groups.find((x) => `${x.violation_code}|${x.tier}` === k)!;
      expect(g.cases).toBe(xs.length);
      expect(g.cv).toBeCloseTo(stddevSamp(xs) / mean(xs), 9);
    }
  });

  it('an agency filter gives that agency’s own row; a filter carrying SQL changes nothing', async () => {
    const q = await queryContext(ws.conn);
    const planted = t.planted.above_benchmark_agency.agency;
    const one = await runDeviation(q, { year, agency: planted });
    expect(one.by_agency).toEqual(r.by_agency.filter((a) => a.agency === planted));
    const evil = await runDeviation(q, { year, agency: `${planted}' OR '1'='1`, division: "x'); DROP TABLE penalty_case; --" });
    expect(evil.summary.cases).toBe(0);
    const again = await runDeviation(q, { year });
    expect(again.status_counts).toEqual(r.status_counts);
  });
});
