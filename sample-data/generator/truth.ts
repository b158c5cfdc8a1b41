/** Assembles truth.json from the generated records. */

import type { Agency } from './agencies.ts';
import type { Mismatch } from './annual.ts';
import type { Violation } from './catalog/types.ts';
import type { Episode } from './inspections.ts';
import type { PenaltyCase } from './penalty-types.ts';
import type { Review } from './reviews.ts';
import { round } from './stats.ts';
import type { SurveyResponse } from './survey.ts';
import type { Ticket, TicketPlants } from './tickets.ts';
import { byAgency, penaltyTruth } from './truth-penalty.ts';
import { surveyTruth } from './truth-survey.ts';
import type { Truth } from './truth-types.ts';
import type { WrittenFile } from './write/types.ts';

/** Everything truth.json is built from. */
export interface TruthInput {
  seed: number; year: number; n: number; files: WrittenFile[]; agencies: Agency[]; catalog: Violation[];
  cur: PenaltyCase[]; prior: PenaltyCase[]; revoked: PenaltyCase[]; tickets: Ticket[]; ticketPlants: TicketPlants;
  inspections: number; episodes: Episode[]; reviews: Review[]; survey: SurveyResponse[]; mismatches: Mismatch[];
}

const DEFINITIONS: Record<string, string> = {
  money: '元, 2 decimals; 双公示 files hold 万元 (×10000), the case-system CSVs 元',
  scope: 'penalty figures count decisions dated in the year; rows with 公示状态 撤销 never count',
  above_share: 'above / (within + below + above) of the agency\'s decisions; a case with a 裁量阶次 is held to that tier\'s range, one without to the union of the violation\'s tiers, bounds closed; multiples × 违法所得 (or 货值金额 for 货值 rules); no base shown → not assessable',
  cv: 'sample standard deviation / mean of fine_yuan, group = 违法行为代码 × 裁量阶次 (blank is its own group), groups with ≥ 5 cases and a non-zero fine',
  simple_over_cap: '程序类型 简易 with fine > 200 元 (自然人, 个体工商户) or > 3000 元 (法人及非法人组织); no 个体工商户 simple case exceeds 200 元, so either reading of 个体工商户 gives the same count',
  december_share: 'decisions in December / decisions of the year, per agency',
  hotspot: 'current year, 工单类型 投诉 + 举报 (投诉举报类 → 投诉), placed tickets only (division from 所属区县, else the address, else the street), category = 三级分类, zones are their own rows; z = (obs − exp) / √exp, exp = row × col / grand',
  surge: 'same scope, division × category monthly counts; count ≥ 2 × mean of the previous three months and ≥ 10; January–March use the prior year\'s October–December',
  repeat_inspections: 'same 统一社会信用代码 inspected by ≥ 2 different agencies within 30 days; each planted episode is an isolated burst; background inspections of one target by different agencies are > 35 days apart',
  survey_index: 'labels 100/80/60/30/0; item mean of non-blank → dimension mean → Σ w_d·D_d / Σ w_d, w_d = mean item weight (Q13 weight 0); Welch t-test of per-respondent indices, agency vs all other respondents, two-sided p',
  annual: 'heaviest-category rule; penalty_amount_yuan = fines + confiscations; mismatch = |reported − computed| > max(1, 1 % of computed); reported 万元 × 10000',
};

function count<T>(xs: readonly T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

/** Build truth.json. */
export function buildTruth(t: TruthInput): Truth {
  const p = penaltyTruth(t.cur, t.revoked);
  const s = surveyTruth(t.survey);
  const curTickets = t.tickets.filter((x) => x.year === t.year);
  const inScope = curTickets.filter((x) => x.type === '投诉' || x.type === '举报');
  const targets = new Map<string, { credit_code: string; name: string; episodes: number }>();
  const pairs = new Set<string>();
  for (const e of t.episodes) {
    const code = e.target.creditCode!;
    const tg = targets.get(code) ?? { credit_code: code, name: e.target.name, episodes: 0 };
    tg.episodes++;
    targets.set(code, tg);
    const names = [...new Set(e.visits.map((v) => v.agency))].sort();
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) pairs.add(JSON.stringify([names[i], names[j]]));
  }
  const priorFines = round(t.prior.reduce((sum, c) => sum + c.fine, 0));
  return {
    seed: t.seed, year: t.year, cases: t.n, definitions: DEFINITIONS, files: t.files,
    agencies: t.agencies.map((a) => ({ name: a.name, division: a.division, sector: a.sector })),
    benchmark: {
      violations: t.catalog.length,
      rule_rows: t.catalog.filter((v) => !v.noRule).reduce((sum, v) => sum + v.versions.reduce((k, r) => k + r.tiers.length, 0), 0),
      no_rule_violations: t.catalog.filter((v) => v.noRule).map((v) => v.code),
      revised: { violation_code: t.catalog.find((v) => v.versions.length > 1)!.code, switch_date: `${t.year}-07-01` },
    },
    penalty: p.penalty,
    prior_year: { year: t.year - 1, cases: t.prior.length, fine_total_yuan: priorFines, by_agency: byAgency(t.prior) },
    tickets: {
      count: curTickets.length, prior_year_count: t.tickets.length - curTickets.length,
      by_type: count(curTickets, (x) => x.type), by_raw_type: count(curTickets, (x) => x.rawType),
      unplaced: curTickets.filter((x) => x.division === null).length, in_scope: inScope.length,
      in_scope_unplaced: inScope.filter((x) => x.division === null).length,
    },
    inspections: { count: t.inspections },
    reviews: { count: t.reviews.length, vetoes: t.reviews.filter((r) => r.veto).length },
    survey: s.survey,
    planted: {
      ...p.planted,
      hotspot: { ...t.ticketPlants.hotspot, expected: round(t.ticketPlants.hotspot.expected), z: round(t.ticketPlants.hotspot.z) },
      surge: {
        month: `${t.year}-${String(t.ticketPlants.surge.month).padStart(2, '0')}`, division: t.ticketPlants.surge.division,
        category: t.ticketPlants.surge.category, count: t.ticketPlants.surge.count, baseline: round(t.ticketPlants.surge.baseline),
      },
      repeat_inspections: {
        episodes: t.episodes.length, target_count: targets.size, targets: [...targets.values()],
        episode_list: t.episodes.map((e) => ({ credit_code: e.target.creditCode!, visits: e.visits })),
        agency_pairs: [...pairs].sort().map((x) => JSON.parse(x) as [string, string]),
      },
      annual_mismatches: t.mismatches.map((m) => ({ ...m, reported: round(m.reported), computed: round(m.computed) })),
      survey_below_agency: s.below,
      review_vetoes: t.reviews.filter((r) => r.veto).length,
    },
  };
}
