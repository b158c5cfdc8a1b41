/**
 * Every planted fact of truth.json, recomputed independently from the written files (xlsx read back
 * with exceljs, CSV decoded from GB18030, 万元 converted, dates parsed) — never from the generator's
 * internal records.
 */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCreditCode } from '../../analytics/import/values/credit-code.ts';
import { generateCity, type Truth } from '../generator/index.ts';
import {
  readAnnual, readBenchmarks, readInspections, readPenalties, readReviews, readSurvey, readTickets,
  type CaseRow, type RuleRow, type TicketRow,
} from './read-exports.ts';
import { annualFromCases, assessAll, cvOf, hotspotCells, parseRange, repeatEpisodes, surges, welchLess } from './recompute.ts';

let dir = '';
let truth: Truth;
let all: CaseRow[] = [];
let cur: CaseRow[] = [];
let rules: RuleRow[] = [];
let tickets: TicketRow[] = [];
let inspections: Awaited<ReturnType<typeof readInspections>> = [];
const near = (a: number, b: number, tol = 0.01): boolean => Math.abs(a - b) <= tol;
const sum = (xs: number[]): number => Math.round(xs.reduce((s, x) => s + x, 0) * 100) / 100;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gen-facts-'));
  // SAMPLE_FACTS_CASES / _SEED / _YEAR re-run the same checks at another size or seed.
  await generateCity({
    outDir: dir, cases: Number(process.env.SAMPLE_FACTS_CASES ?? 4000),
    ...(process.env.SAMPLE_FACTS_SEED ? { seed: Number(process.env.SAMPLE_FACTS_SEED) } : {}),
    ...(process.env.SAMPLE_FACTS_YEAR ? { year: Number(process.env.SAMPLE_FACTS_YEAR) } : {}),
  });
  truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Truth;
  all = await readPenalties(dir);
  cur = all.filter((c) => !c.revoked && c.date.startsWith(String(truth.year)));
  rules = await readBenchmarks(dir);
  tickets = await readTickets(dir);
  inspections = await readInspections(dir);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('files and totals', () => {
  it('lists every written file with its rows', async () => {
    const names = await readdir(dir);
    for (const f of truth.files) expect(names, f.file).toContain(f.file);
    const penaltyRows = truth.files.filter((f) => f.kind === 'penalty').reduce((s, f) => s + f.rows, 0);
    expect(all.length).toBe(penaltyRows);
    expect(truth.agencies.length).toBeGreaterThanOrEqual(40);
  });

  it('penalty counts and money match per agency, revoked rows excluded', () => {
    expect(cur.length).toBe(truth.penalty.cases);
    expect(sum(cur.map((c) => c.fine))).toBeCloseTo(truth.penalty.fine_total_yuan, 2);
    expect(sum(cur.map((c) => c.confiscation))).toBeCloseTo(truth.penalty.confiscation_total_yuan, 2);
    const revoked = all.filter((c) => c.revoked);
    expect(revoked.length).toBe(truth.penalty.revoked_rows);
    expect(revoked.map((r) => r.decisionNo).sort()).toEqual(truth.penalty.revoked.map((r) => r.decision_no).sort());
    for (const [agency, f] of Object.entries(truth.penalty.by_agency)) {
      const own = cur.filter((c) => c.agency === agency);
      expect(own.length, agency).toBe(f.cases);
      expect(sum(own.map((c) => c.fine)), agency).toBeCloseTo(f.fine_total_yuan, 2);
    }
    const prior = all.filter((c) => c.date.startsWith(String(truth.year - 1)));
    expect(prior.length).toBe(truth.prior_year.cases);
    expect(sum(prior.map((c) => c.fine))).toBeCloseTo(truth.prior_year.fine_total_yuan, 2);
    expect(new Set(cur.map((c) => c.decisionNo)).size).toBe(cur.length);
  });

  it('parties carry valid 3207 credit codes or masked IDs', () => {
    for (const c of all) {
      if (c.partyType === '自然人') expect(c.idNumber).toMatch(/^3207\d{2}\*{8}\d{3}[\dX]$/);
      else {
        expect(isValidCreditCode(c.creditCode!), c.creditCode!).toBe(true);
        expect(c.creditCode!.slice(2, 6)).toBe('3207');
      }
    }
  });

  it('every benchmark range text parses and tiers number 3 to 5 per violation', () => {
    for (const r of rules) expect(() => parseRange(r.text), r.text).not.toThrow();
    const perCode = new Map<string, Set<string>>();
    for (const r of rules) perCode.set(r.code, (perCode.get(r.code) ?? new Set()).add(r.tier));
    expect(truth.benchmark.violations).toBeGreaterThanOrEqual(55);
    const sizes = [...perCode.values()].map((s) => s.size);
    expect(sizes.filter((n) => n >= 3 && n <= 5).length / sizes.length).toBeGreaterThan(0.8);
    const revised = rules.filter((r) => r.code === truth.benchmark.revised.violation_code);
    expect(revised.some((r) => r.to !== null) && revised.some((r) => r.from === truth.benchmark.revised.switch_date)).toBe(true);
  });
});

describe('benchmark deviation', () => {
  it('one agency has ~20 % of its assessable cases above the benchmark, the others ~3 %', () => {
    const status = assessAll(cur, rules);
    const counts: Record<string, number> = { within: 0, below: 0, above: 0, no_rule: 0, not_assessable: 0 };
    for (const s of status) counts[s]++;
    expect(counts).toEqual(truth.penalty.status_counts);
    const share = new Map<string, { above: number; assessed: number }>();
    cur.forEach((c, i) => {
      const a = share.get(c.agency) ?? { above: 0, assessed: 0 };
      if (['within', 'below', 'above'].includes(status[i])) a.assessed++;
      if (status[i] === 'above') a.above++;
      share.set(c.agency, a);
    });
    const p = truth.planted.above_benchmark_agency;
    const mine = share.get(p.agency)!;
    expect(mine.above / mine.assessed).toBeCloseTo(p.above_share, 3);
    expect(p.above_share).toBeGreaterThan(0.15);
    const others = [...share].filter(([a]) => a !== p.agency).map(([, s]) => (s.assessed ? s.above / s.assessed : 0));
    expect(Math.max(...others)).toBeCloseTo(truth.planted.other_agencies_above_share_max, 3);
    expect(Math.max(...others)).toBeLessThan(0.08);
  });

  it('only the planted violation × tier group is inconsistent (CV > 0.5)', () => {
    const g = truth.planted.dispersed_group;
    const agencyDivision = new Map(truth.agencies.map((a) => [a.name, a.division]));
    const inDivision = cur.filter((c) => c.code === g.violation_code && c.tier === g.tier && agencyDivision.get(c.agency) === g.division).map((c) => c.fine);
    expect(inDivision.length).toBe(g.cases);
    expect(cvOf(inDivision)).toBeCloseTo(g.cv, 3);
    expect(g.cv).toBeGreaterThan(0.5);
    const groups = new Map<string, number[]>();
    for (const c of cur) groups.set(`${c.code}|${c.tier ?? ''}`, [...(groups.get(`${c.code}|${c.tier ?? ''}`) ?? []), c.fine]);
    const cvs = [...groups].filter(([, xs]) => xs.length >= 5 && xs.some((x) => x > 0)).map(([k, xs]) => [k, cvOf(xs)] as const);
    const over = cvs.filter(([, v]) => v > 0.5).map(([k]) => k);
    expect(over).toEqual([`${g.violation_code}|${g.tier}`]);
    expect(Math.max(...cvs.filter(([k]) => !over.includes(k)).map(([, v]) => v))).toBeCloseTo(truth.planted.other_groups_cv_max, 3);
  });

  it('counts the simple-procedure cases over the legal cap', () => {
    const over = (bizCap: number): number => cur.filter((c) => c.procedure === '简易' && c.fine > (c.partyType === '法人及非法人组织' ? 3000 : c.partyType === '个体工商户' ? bizCap : 200)).length;
    expect(over(200)).toBe(truth.planted.simple_over_cap);
    expect(over(3000)).toBe(truth.planted.simple_over_cap);
    expect(truth.planted.simple_over_cap).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one agency with a December spike', () => {
    const shares = new Map<string, [number, number]>();
    for (const c of cur) {
      const s = shares.get(c.agency) ?? [0, 0];
      if (c.date.slice(5, 7) === '12') s[0]++;
      s[1]++;
      shares.set(c.agency, s);
    }
    const spiked = [...shares].filter(([, [d, n]]) => d / n > 2 / 12).map(([a]) => a);
    expect(spiked).toEqual([truth.planted.december_spike.agency]);
    const [d, n] = shares.get(truth.planted.december_spike.agency)!;
    expect(d / n).toBeCloseTo(truth.planted.december_spike.december_share, 3);
  });
});

describe('complaints', () => {
  it('ticket counts, types and unplaced calls match', () => {
    const mine = tickets.filter((t) => t.year === truth.year);
    expect(mine.length).toBe(truth.tickets.count);
    expect(tickets.length - mine.length).toBe(truth.tickets.prior_year_count);
    const byType: Record<string, number> = {};
    for (const t of mine) byType[t.type] = (byType[t.type] ?? 0) + 1;
    expect(byType).toEqual(truth.tickets.by_type);
    expect(mine.filter((t) => t.division === null).length).toBe(truth.tickets.unplaced);
  });

  it('has exactly one hotspot cell (z ≥ 3, observed ≥ 10) and it is the planted one', () => {
    const scope = tickets.filter((t) => t.year === truth.year && (t.type === '投诉' || t.type === '举报'));
    const hot = hotspotCells(scope).filter((c) => c.z >= 3 && c.observed >= 10);
    const h = truth.planted.hotspot;
    expect(hot.map((c) => `${c.division}|${c.category}`)).toEqual([`${h.division}|${h.category}`]);
    expect(hot[0].observed).toBe(h.observed);
    expect(near(hot[0].expected, h.expected)).toBe(true);
    expect(near(hot[0].z, h.z)).toBe(true);
    expect(hot[0].z).toBeGreaterThanOrEqual(4);
  });

  it('has exactly one surge month and it is the planted one', () => {
    const scope = tickets.filter((t) => t.type === '投诉' || t.type === '举报');
    const s = surges(scope, truth.year).filter((x) => x.month.startsWith(String(truth.year)) || x.month >= `${truth.year - 1}-04`);
    const p = truth.planted.surge;
    expect(s.map((x) => `${x.month}|${x.division}|${x.category}`)).toEqual([`${p.month}|${p.division}|${p.category}`]);
    expect(s[0].count).toBe(p.count);
    expect(near(s[0].baseline, p.baseline)).toBe(true);
  });
});

describe('inspections, reviews, annual statistics, survey', () => {
  it('finds exactly the planted repeat-inspection episodes', () => {
    expect(inspections.length).toBe(truth.inspections.count);
    const episodes = repeatEpisodes(inspections);
    const r = truth.planted.repeat_inspections;
    expect(episodes.length).toBe(r.episodes);
    expect([...new Set(episodes.map((e) => e.target))].sort()).toEqual(r.targets.map((t) => t.credit_code).sort());
  });

  it('review vetoes match', async () => {
    const reviews = await readReviews(dir);
    expect(reviews.length).toBe(truth.reviews.count);
    expect(reviews.filter((r) => r.veto).length).toBe(truth.planted.review_vetoes);
    expect(reviews.filter((r) => r.veto).every((r) => r.score === 0 && r.grade === '不合格')).toBe(true);
  });

  it('annual statistics equal the case data except the listed mismatches', async () => {
    const annual = await readAnnual(dir);
    const found: { agency: string; indicator: string; reported: number; computed: number }[] = [];
    for (const [agency, reported] of annual) {
      const computed: Record<string, number> = { ...annualFromCases(cur.filter((c) => c.agency === agency)), inspection_total: inspections.filter((x) => x.agency === agency).length };
      for (const [k, v] of Object.entries(computed)) {
        if (Math.abs(reported[k] - v) > Math.max(1, 0.01 * v)) found.push({ agency, indicator: k, reported: reported[k], computed: v });
      }
    }
    const key = (m: { agency: string; indicator: string }): string => `${m.agency}|${m.indicator}`;
    expect(found.map(key).sort()).toEqual(truth.planted.annual_mismatches.map(key).sort());
    for (const m of truth.planted.annual_mismatches) {
      const f = found.find((x) => key(x) === key(m))!;
      expect(f.reported).toBeCloseTo(m.reported, 0);
      expect(f.computed).toBeCloseTo(m.computed, 0);
    }
    expect(truth.planted.annual_mismatches.length).toBe(4);
  });

  it('one agency is significantly below the city in the survey, no other', async () => {
    const { items, responses } = await readSurvey(dir);
    expect(responses.length).toBe(truth.survey.responses);
    expect(items.find((q) => q.code === 'Q13')?.weight).toBe(0);
    const score: Record<string, number> = { 非常满意: 100, 满意: 80, 基本满意: 60, 不满意: 30, 非常不满意: 0 };
    const dims = [...new Set(items.map((q) => q.dimension))];
    const index = (rs: typeof responses): number => {
      let num = 0;
      let den = 0;
      for (const d of dims) {
        const qs = items.filter((q) => q.dimension === d);
        const w = qs.reduce((s, q) => s + q.weight, 0) / qs.length;
        const means = qs.map((q) => {
          const xs = rs.map((r) => r.answers[q.code]).filter((x): x is string => x !== null).map((x) => score[x]);
          return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN;
        }).filter((x) => !Number.isNaN(x));
        if (w === 0 || means.length === 0) continue;
        num += w * (means.reduce((s, x) => s + x, 0) / means.length);
        den += w;
      }
      return num / den;
    };
    const b = truth.planted.survey_below_agency;
    expect(index(responses)).toBeCloseTo(truth.survey.city_index, 1);
    const perAgency = new Map<string, typeof responses>();
    for (const r of responses) perAgency.set(r.agency, [...(perAgency.get(r.agency) ?? []), r]);
    expect(index(perAgency.get(b.agency)!)).toBeCloseTo(b.index, 1);
    expect(b.responses).toBeGreaterThanOrEqual(50);
    const significant: string[] = [];
    for (const [agency, rs] of perAgency) {
      const rest = responses.filter((r) => r.agency !== agency);
      const w = welchLess(rs.map((r) => index([r])), rest.map((r) => index([r])));
      if (w.p < 0.05) significant.push(agency);
      if (agency === b.agency) expect(w.p).toBeLessThan(0.01);
    }
    expect(significant).toEqual([b.agency]);
    for (const [word, n] of Object.entries(truth.survey.comment_keywords)) {
      expect(responses.filter((r) => r.comment?.includes(word)).length, word).toBe(n);
    }
  });
});
