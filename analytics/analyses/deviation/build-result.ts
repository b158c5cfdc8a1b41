/**
 * Rows of the deviation queries → the typed result: the summary is added up from the per-agency rows
 * (a few dozen already-aggregated rows); the case rows lose their `total` column.
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import type {
  AgencyDeviationRow, ConsistencyGroupRow, DeviationCaseRow, DeviationGroupRow, DeviationResult, DivisionDeviationRow,
  DivisionMedianRow, MatchCountColumns, MatchKind, StatusCounts,
} from './types.ts';
import type { ConsistencySettings } from './consistency-sql.ts';

/** Query rows of one run. */
export interface DeviationRows {
  byAgency: (AgencyDeviationRow & MatchCountColumns)[];
  byDivision: (DivisionDeviationRow & MatchCountColumns)[];
  consistency: ConsistencyGroupRow[];
  medians: DivisionMedianRow[];
  cases: (DeviationCaseRow & { total: number })[];
}

const MATCH_KINDS: readonly MatchKind[] = ['code', 'name', 'basis', 'ambiguous', 'tier_missing', 'none'];
const COUNTS = ['cases', 'matched', 'assessed', 'within', 'above', 'below', 'no_rule', 'not_assessable'] as const;

/** Figures of a filter without cases. */
export const EMPTY_FIGURES: DeviationGroupRow & MatchCountColumns = {
  cases: 0, matched: 0, assessed: 0, within: 0, above: 0, below: 0, no_rule: 0, not_assessable: 0,
  deviation_rate: null, above_rate: null, below_rate: null, coverage: null,
  match_code: 0, match_name: 0, match_basis: 0, match_ambiguous: 0, match_tier_missing: 0, match_none: 0,
};

/**
 * The whole filter's figures: the per-agency counts added up (every case has exactly one agency),
 * rates recomputed from the sums.
 */
export function summaryOf(rows: readonly (DeviationGroupRow & MatchCountColumns)[]): DeviationGroupRow & MatchCountColumns {
  const out = { ...EMPTY_FIGURES };
  for (const r of rows) {
    for (const k of COUNTS) out[k] += r[k];
    for (const m of MATCH_KINDS) out[`match_${m}`] += r[`match_${m}`];
  }
  const rate = (x: number, d: number) => (d > 0 ? x / d : null);
  out.deviation_rate = rate(out.above + out.below, out.assessed);
  out.above_rate = rate(out.above, out.assessed);
  out.below_rate = rate(out.below, out.assessed);
  out.coverage = rate(out.matched, out.cases);
  return out;
}

/** The group figures of a summary, without the match counts. */
export function groupFigures(all: DeviationGroupRow & MatchCountColumns): DeviationGroupRow {
  return {
    cases: all.cases, matched: all.matched, assessed: all.assessed, within: all.within, above: all.above, below: all.below,
    no_rule: all.no_rule, not_assessable: all.not_assessable, deviation_rate: all.deviation_rate, above_rate: all.above_rate,
    below_rate: all.below_rate, coverage: all.coverage,
  };
}

/** Assembles the result from the query rows and the findings. */
export function buildDeviationResult(
  filter: FilterSpec, rows: DeviationRows, settings: ConsistencySettings, casesLimit: number, findings: Finding[],
): DeviationResult {
  const all = summaryOf(rows.byAgency);
  const status_counts: StatusCounts = {
    within: all.within, below: all.below, above: all.above, no_rule: all.no_rule, not_assessable: all.not_assessable,
  };
  const match_counts = Object.fromEntries(MATCH_KINDS.map((k) => [k, all[`match_${k}`]])) as Record<MatchKind, number>;
  const summary = groupFigures(all);
  return {
    analysis: 'deviation',
    filter,
    findings,
    status_counts,
    match_counts,
    summary,
    by_agency: rows.byAgency,
    by_division: rows.byDivision,
    inconsistent_groups: rows.consistency,
    division_medians: rows.medians,
    cases: rows.cases.map(({ total: _total, ...c }) => c),
    cases_total: rows.cases[0]?.total ?? 0,
    cases_limit: casesLimit,
    settings: { consistency_cv: settings.consistency_cv, consistency_min_cases: settings.consistency_min_cases },
  };
}
