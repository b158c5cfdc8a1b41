/**
 * Result shapes of the benchmark-deviation analysis (DESIGN §4 `deviation`, DOMAIN §8). Money in 元,
 * rates and shares in 0–1, ratios as plain numbers. Each table is one named query (see `queries.ts`).
 */
import type { ResultEnvelope } from '../types.ts';

/** Status of one case against its benchmark (基准内 / 低于基准 / 高于基准 / 无匹配基准 / 无法评估). */
export type DeviationStatus = 'within' | 'below' | 'above' | 'no_rule' | 'not_assessable';

/** Every status, in display order. */
export const STATUSES: readonly DeviationStatus[] = ['within', 'below', 'above', 'no_rule', 'not_assessable'];

/** Chinese labels of the statuses (UI, reports, findings). */
export const STATUS_LABELS: Readonly<Record<DeviationStatus, string>> = {
  within: '基准内', below: '低于基准', above: '高于基准', no_rule: '无匹配基准', not_assessable: '无法评估',
};

/**
 * How a case found (or failed to find) its rules: by violation code, by normalized name, by 处罚依据
 * among several rules sharing the code or name; or why not — `ambiguous` (several bases, the case's
 * basis selects none), `tier_missing` (the violation's rules in force have no row for the case's
 * tier), `none` (no rule in force for the violation).
 */
export type MatchKind = 'code' | 'name' | 'basis' | 'ambiguous' | 'tier_missing' | 'none';

/** Counts per status. */
export type StatusCounts = Record<DeviationStatus, number>;

/** One agency's (or division's) benchmark figures. */
export interface DeviationGroupRow {
  cases: number;
  /** Cases with a rule in force (every status but no_rule). */
  matched: number;
  /** Cases compared with a range: within + below + above. */
  assessed: number;
  within: number;
  above: number;
  below: number;
  no_rule: number;
  not_assessable: number;
  /** (above + below) / assessed; null when nothing was assessed. */
  deviation_rate: number | null;
  above_rate: number | null;
  below_rate: number | null;
  /** Benchmark coverage: matched / cases. */
  coverage: number | null;
}

/** by_agency row. */
export interface AgencyDeviationRow extends DeviationGroupRow {
  agency: string;
}

/** by_division row (division null: cases that could not be placed). */
export interface DivisionDeviationRow extends DeviationGroupRow {
  division: string | null;
}

/** One violation × tier consistency group (同案不同罚). */
export interface ConsistencyGroupRow {
  /** The violation as most often written in the group. */
  violation: string;
  violation_code: string | null;
  /** Normalized tier; null for cases recorded without a tier (their own group). */
  tier: string | null;
  cases: number;
  mean: number;
  median: number;
  /** stddev_samp / mean. */
  cv: number;
  p10: number;
  p90: number;
  /** p90 / p10; null when p10 is 0. */
  p90_p10: number | null;
  flagged: boolean;
}

/** One division's median within a consistency group, against the group's city median. */
export interface DivisionMedianRow {
  violation: string;
  violation_code: string | null;
  tier: string | null;
  division: string;
  cases: number;
  median: number;
  /** CV of the group's fines within the division (null for one case). */
  cv: number | null;
  city_median: number;
  /** median / city_median; null when the city median is 0. */
  ratio: number | null;
  /** Cases of the group outside the division (unplaced ones included). */
  rest_cases: number;
  /** Median fine of those cases; null when there are none. */
  rest_median: number | null;
  /** median / rest_median; null when there is no rest or its median is 0. */
  rest_ratio: number | null;
  /** Whether the group is flagged (CV above the setting). */
  flagged: boolean;
}

/** One deviating case. */
export interface DeviationCaseRow {
  decision_no: string;
  agency: string;
  division: string | null;
  violation: string | null;
  violation_code: string | null;
  tier: string | null;
  decided_on: string;
  fine_yuan: number | null;
  min_yuan: number | null;
  max_yuan: number | null;
  status: 'above' | 'below';
  /** above: (fine − max) / max; below: (min − fine) / min; null when that bound is 0. */
  deviation_ratio: number | null;
  /** The rules the case was held to (`rule_id`s, comma-separated). */
  rule_ids: string | null;
}

/** The deviation result (DESIGN §4 keys and more). */
export interface DeviationResult extends ResultEnvelope {
  analysis: 'deviation';
  status_counts: StatusCounts;
  /** How cases matched their rules (see MatchKind). */
  match_counts: Record<MatchKind, number>;
  summary: DeviationGroupRow;
  by_agency: (AgencyDeviationRow & MatchCountColumns)[];
  by_division: (DivisionDeviationRow & MatchCountColumns)[];
  inconsistent_groups: ConsistencyGroupRow[];
  division_medians: DivisionMedianRow[];
  /** Deviating cases, worst first, at most `cases_limit`. */
  cases: DeviationCaseRow[];
  /** All deviating cases (above + below), before the cap. */
  cases_total: number;
  cases_limit: number;
  /** The thresholds used (from workspace settings). */
  settings: { consistency_cv: number; consistency_min_cases: number };
}

/** Per-group counts of each match kind (`match_code`, `match_none` …). */
export type MatchCountColumns = Record<`match_${MatchKind}`, number>;
