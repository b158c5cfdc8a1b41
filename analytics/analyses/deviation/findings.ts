/**
 * Plain-Chinese findings of the deviation analysis, each with the numbers it states.
 *
 * - `deviation.coverage`: share of cases without a benchmark (warn from `COVERAGE_WARN_SHARE`).
 * - `deviation.overview`: assessed cases and the above / below shares.
 * - `deviation.above_agency` / `deviation.below_agency`: agencies whose above (below) share is at
 *   least `AGENCY_RATE_FACTOR` times the filter's average, with at least `AGENCY_MIN_ASSESSED`
 *   assessed cases and `AGENCY_MIN_DEVIATING` such cases (small agencies swing by chance); at most
 *   `MAX_AGENCY_FINDINGS` each, highest share first. Compared with the average of the filtered
 *   scope (全市 without a place filter), as the analyst's sentence reads; the share must also exceed
 *   the average by `AGENCY_MIN_GAP` (a 3.1 % share twice a 1.2 % average is background noise).
 * - `deviation.dispersed_group`: the most dispersed flagged groups (up to `MAX_GROUP_FINDINGS`), with
 *   the division whose median is furthest from the median of the rest of the city (both sides with
 *   at least `DIVISION_MIN_CASES` cases; ties to the division with more cases) when it is off by ≥
 *   `DIVISION_NOTE_RATIO` times. The rest of the city, not the city: a division that holds most of
 *   a group *is* the city median. `deviation.dispersed_summary` counts all flagged groups.
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import { count, pct, scopeName, times } from './format-zh.ts';
import { DIVISION_MIN_CASES } from './consistency-sql.ts';
import type { ConsistencyGroupRow, DeviationGroupRow, DivisionMedianRow, AgencyDeviationRow } from './types.ts';

/** Share of cases without a benchmark from which the coverage finding is a warning. */
export const COVERAGE_WARN_SHARE = 0.1;
/** An agency is named when its above (below) share is at least this many times the average. */
export const AGENCY_RATE_FACTOR = 2;
/** …and exceeds it by at least this much (absolute share)… */
export const AGENCY_MIN_GAP = 0.05;
/** …and it has at least this many assessed cases… */
export const AGENCY_MIN_ASSESSED = 20;
/** …and at least this many cases above (below) the benchmark. */
export const AGENCY_MIN_DEVIATING = 3;
/** At most this many agency findings per side. */
export const MAX_AGENCY_FINDINGS = 3;
/** At most this many dispersed-group findings. */
export const MAX_GROUP_FINDINGS = 3;
/** A division median is mentioned when it is at least this many times (or at most 1 / this) the city's. */
export const DIVISION_NOTE_RATIO = 1.5;

/** Inputs of the findings. */
export interface DeviationFindingInput {
  filter: FilterSpec;
  summary: DeviationGroupRow;
  byAgency: readonly AgencyDeviationRow[];
  groups: readonly ConsistencyGroupRow[];
  medians: readonly DivisionMedianRow[];
  cvThreshold: number;
}

function agencyFindings(input: DeviationFindingInput, side: 'above' | 'below'): Finding[] {
  const city = side === 'above' ? input.summary.above_rate : input.summary.below_rate;
  if (!city || input.byAgency.length < 2) return [];
  const place = input.filter.division ?? (input.filter.sector ? `全市${input.filter.sector}领域` : '全市');
  const label = side === 'above' ? '高于' : '低于';
  return input.byAgency
    .filter((r) => r.assessed >= AGENCY_MIN_ASSESSED && r[side] >= AGENCY_MIN_DEVIATING)
    .map((r) => ({ r, rate: (side === 'above' ? r.above_rate : r.below_rate) ?? 0 }))
    .filter(({ rate }) => rate >= AGENCY_RATE_FACTOR * city && rate - city >= AGENCY_MIN_GAP)
    .sort((a, b) => b.rate - a.rate || a.r.agency.localeCompare(b.r.agency, 'zh'))
    .slice(0, MAX_AGENCY_FINDINGS)
    .map(({ r, rate }) => ({
      id: `deviation.${side}_agency`,
      level: 'warn' as const,
      text: `${r.agency}${label}基准处罚占比${pct(rate)}，为${place}平均的${times(rate / city)}倍`,
      numbers: { agency: r.agency, rate, city_rate: city, factor: rate / city, deviating: r[side], assessed: r.assessed },
    }));
}

function divisionClause(g: ConsistencyGroupRow, medians: readonly DivisionMedianRow[]): { text: string; row: DivisionMedianRow | null } {
  const rows = medians.filter((m) => m.violation === g.violation && m.tier === g.tier && m.violation_code === g.violation_code
    && m.rest_ratio !== null && m.rest_ratio > 0 && m.rest_cases >= DIVISION_MIN_CASES);
  const off = (m: DivisionMedianRow) => Math.abs(Math.log(m.rest_ratio!));
  let best: DivisionMedianRow | null = null;
  for (const m of rows) if (!best || off(m) > off(best) + 1e-9 || (Math.abs(off(m) - off(best)) <= 1e-9 && m.cases > best.cases)) best = m;
  if (!best || off(best) < Math.log(DIVISION_NOTE_RATIO)) return { text: '', row: null };
  const r = best.rest_ratio!;
  return { text: r >= 1 ? `，${best.division}中位数为全市其他地区的${times(r)}倍` : `，${best.division}中位数仅为全市其他地区的${pct(r)}`, row: best };
}

function groupFindings(input: DeviationFindingInput): Finding[] {
  const flagged = input.groups.filter((g) => g.flagged);
  const out: Finding[] = flagged.slice(0, MAX_GROUP_FINDINGS).map((g) => {
    const d = divisionClause(g, input.medians);
    return {
      id: 'deviation.dispersed_group',
      level: 'warn' as const,
      text: `「${g.violation}」（${g.tier ?? '未标注阶次'}）罚款离散程度高（变异系数${g.cv.toFixed(2)}）${d.text}，存在同案不同罚风险`,
      numbers: {
        violation: g.violation, violation_code: g.violation_code, tier: g.tier, cases: g.cases, cv: g.cv, p90_p10: g.p90_p10,
        division: d.row?.division ?? null, division_median: d.row?.median ?? null, division_cv: d.row?.cv ?? null,
        rest_median: d.row?.rest_median ?? null, rest_ratio: d.row?.rest_ratio ?? null, city_median: d.row?.city_median ?? null,
        ratio: d.row?.ratio ?? null,
      },
    };
  });
  if (input.groups.length) {
    out.push({
      id: 'deviation.dispersed_summary',
      level: flagged.length ? 'warn' : 'info',
      text: `共检查${count(input.groups.length)}个违法行为×裁量阶次组合，其中${count(flagged.length)}个罚款变异系数超过${input.cvThreshold}`,
      numbers: { groups: input.groups.length, flagged: flagged.length, cv_threshold: input.cvThreshold },
    });
  }
  return out;
}

/** The findings, most important first. */
export function deviationFindings(input: DeviationFindingInput): Finding[] {
  const s = input.summary;
  if (s.cases === 0) return [];
  const scope = scopeName(input.filter);
  const out: Finding[] = [];
  const noRuleShare = s.no_rule / s.cases;
  out.push(...agencyFindings(input, 'above'));
  out.push(...groupFindings(input).filter((f) => f.id === 'deviation.dispersed_group'));
  out.push({
    id: 'deviation.coverage',
    level: noRuleShare >= COVERAGE_WARN_SHARE ? 'warn' : 'info',
    text: s.no_rule
      ? `${scope}有${pct(noRuleShare)}的案件（${count(s.no_rule)}件）找不到对应裁量基准`
      : `${scope}处罚案件均能找到对应裁量基准`,
    numbers: { cases: s.cases, no_rule: s.no_rule, share: noRuleShare },
  });
  if (s.assessed) {
    out.push({
      id: 'deviation.overview',
      level: 'info',
      text: `${scope}可对照基准评估的案件${count(s.assessed)}件，高于基准${pct(s.above_rate ?? 0)}，低于基准${pct(s.below_rate ?? 0)}`,
      numbers: { assessed: s.assessed, above: s.above, below: s.below, above_rate: s.above_rate, below_rate: s.below_rate, not_assessable: s.not_assessable },
    });
  }
  out.push(...agencyFindings(input, 'below'));
  out.push(...groupFindings(input).filter((f) => f.id === 'deviation.dispersed_summary'));
  return out;
}
