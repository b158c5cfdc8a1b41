/** Penalty figures of truth.json, computed from the generated decisions as DOMAIN §8 defines them. */

import { PLANTED_AGENCIES, DISPERSED_GROUP } from './agencies.ts';
import { assess } from './benchmark.ts';
import { heaviest } from './categories.ts';
import { simpleCap } from './penalties.ts';
import type { PenaltyCase } from './penalty-types.ts';
import { cv, round } from './stats.ts';
import type { AgencyFigures, Truth } from './truth-types.ts';

/** Cases, fine and confiscation totals per agency. */
export function byAgency(cases: readonly PenaltyCase[]): Record<string, AgencyFigures> {
  const out: Record<string, AgencyFigures> = {};
  for (const c of cases) {
    const f = (out[c.agency.name] ??= { cases: 0, fine_total_yuan: 0, confiscation_total_yuan: 0 });
    f.cases++;
    f.fine_total_yuan += c.fine;
    f.confiscation_total_yuan! += c.confiscation;
  }
  for (const f of Object.values(out)) {
    f.fine_total_yuan = round(f.fine_total_yuan);
    f.confiscation_total_yuan = round(f.confiscation_total_yuan!);
  }
  return out;
}

/** Group key of the consistency check: violation code × shown tier ('' when blank). */
const groupKey = (c: PenaltyCase): string => `${c.violation.code}|${c.tierShown ? c.tier.label : ''}`;

function groupCvs(cases: readonly PenaltyCase[]): Map<string, { n: number; cv: number }> {
  const groups = new Map<string, number[]>();
  for (const c of cases) {
    const xs = groups.get(groupKey(c));
    if (xs) xs.push(c.fine);
    else groups.set(groupKey(c), [c.fine]);
  }
  const out = new Map<string, { n: number; cv: number }>();
  for (const [k, xs] of groups) if (xs.length >= 5 && xs.some((x) => x > 0)) out.set(k, { n: xs.length, cv: cv(xs) });
  return out;
}

/** The penalty part of truth.json and the penalty-related planted facts. */
export function penaltyTruth(cur: readonly PenaltyCase[], revoked: readonly PenaltyCase[]): { penalty: Truth['penalty']; planted: Pick<Truth['planted'], 'above_benchmark_agency' | 'other_agencies_above_share_max' | 'dispersed_group' | 'other_groups_cv_max' | 'simple_over_cap' | 'december_spike' | 'other_agencies_december_share_max'> } {
  const status: Record<string, number> = { within: 0, below: 0, above: 0, no_rule: 0, not_assessable: 0 };
  const perAgency = new Map<string, { above: number; assessed: number; dec: number; n: number }>();
  const heavy: Record<string, number> = {};
  for (const c of cur) {
    const s = assess(c);
    status[s]++;
    const a = perAgency.get(c.agency.name) ?? { above: 0, assessed: 0, dec: 0, n: 0 };
    if (s === 'within' || s === 'below' || s === 'above') a.assessed++;
    if (s === 'above') a.above++;
    if (c.date.slice(5, 7) === '12') a.dec++;
    a.n++;
    perAgency.set(c.agency.name, a);
    const h = heaviest(c.categories);
    heavy[h] = (heavy[h] ?? 0) + 1;
  }
  const planted = perAgency.get(PLANTED_AGENCIES.above)!;
  const spike = perAgency.get(PLANTED_AGENCIES.december)!;
  const others = [...perAgency.entries()];
  const dispersedDivision = cur.find((c) => c.agency.name === PLANTED_AGENCIES.dispersed)!.agency.division;
  const key = `${DISPERSED_GROUP.code}|${DISPERSED_GROUP.tier}`;
  const inDivision = cur.filter((c) => c.agency.division === dispersedDivision && groupKey(c) === key).map((c) => c.fine);
  const cityGroups = groupCvs(cur);
  const city = cityGroups.get(key)!;
  return {
    penalty: {
      cases: cur.length,
      fine_total_yuan: round(cur.reduce((s, c) => s + c.fine, 0)),
      confiscation_total_yuan: round(cur.reduce((s, c) => s + c.confiscation, 0)),
      revoked_rows: revoked.length,
      revoked: revoked.map((r) => ({ decision_no: r.decisionNo, agency: r.agency.name, fine_yuan: r.fine })),
      by_agency: byAgency(cur),
      status_counts: status,
      simple_procedure_cases: cur.filter((c) => c.procedure === '简易').length,
      heaviest_category_counts: heavy,
    },
    planted: {
      above_benchmark_agency: { agency: PLANTED_AGENCIES.above, above: planted.above, assessed: planted.assessed, above_share: round(planted.above / planted.assessed, 4) },
      other_agencies_above_share_max: round(Math.max(...others.filter(([n]) => n !== PLANTED_AGENCIES.above).map(([, a]) => (a.assessed ? a.above / a.assessed : 0))), 4),
      dispersed_group: {
        violation_code: DISPERSED_GROUP.code, violation_name: cur.find((c) => c.violation.code === DISPERSED_GROUP.code)!.violation.name,
        tier: DISPERSED_GROUP.tier, division: dispersedDivision, cases: inDivision.length, cv: round(cv(inDivision), 4),
        city_cases: city.n, city_cv: round(city.cv, 4),
      },
      other_groups_cv_max: round(Math.max(...[...cityGroups.entries()].filter(([k]) => k !== key).map(([, g]) => g.cv)), 4),
      simple_over_cap: cur.filter((c) => c.procedure === '简易' && c.fine > simpleCap(c.party.type)).length,
      december_spike: { agency: PLANTED_AGENCIES.december, december_share: round(spike.dec / spike.n, 4), cases: spike.n },
      other_agencies_december_share_max: round(Math.max(...others.filter(([n]) => n !== PLANTED_AGENCIES.december).map(([, a]) => a.dec / a.n)), 4),
    },
  };
}
