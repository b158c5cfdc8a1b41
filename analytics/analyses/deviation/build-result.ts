/**
 * Rows of the deviation queries → the typed result. Only sums over the per-agency rows happen here
 * (every case has exactly one agency, so they add up to the filter's totals).
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import type {
  AgencyDeviationRow, ConsistencyGroupRow, DeviationCaseRow, DeviationGroupRow, DeviationResult, DivisionDeviationRow,
  DivisionMedianRow, MatchCountColumns, MatchKind, StatusCounts,
} from './types.ts';
import type { ConsistencySettings } from './consistency-sql.ts';

/** Per-agency row as the query returns it, with the match-kind counts (kept in the result too). */
export type AgencyQueryRow = AgencyDeviationRow & MatchCountColumns;

/** Query rows of one run. */
export interface DeviationRows {
  byAgency: AgencyQueryRow[];
  byDivision: (DivisionDeviationRow & MatchCountColumns)[];
  groups: ConsistencyGroupRow[];
  medians: DivisionMedianRow[];
  cases: (DeviationCaseRow & { total: number })[];
}

const MATCH_KINDS: readonly MatchKind[] = ['code', 'name', 'basis', 'ambiguous', 'tier_missing', 'none'];

/** City-level figures (rates recomputed from the summed counts). */
export function summarize(rows: readonly DeviationGroupRow[]): DeviationGroupRow {
  const sum = (k: keyof DeviationGroupRow) => rows.reduce((s, r) => s + ((r[k] as number | null) ?? 0), 0);
  const cases = sum('cases');
  const assessed = sum('assessed');
  const above = sum('above');
  const below = sum('below');
  const matched = sum('matched');
  const rate = (n: number, d: number) => (d > 0 ? n / d : null);
  return {
    cases, matched, assessed, within: sum('within'), above, below, no_rule: sum('no_rule'), not_assessable: sum('not_assessable'),
    deviation_rate: rate(above + below, assessed), above_rate: rate(above, assessed), below_rate: rate(below, assessed),
    coverage: rate(matched, cases),
  };
}

/** Assembles the result from the query rows and the findings. */
export function buildDeviationResult(
  filter: FilterSpec, rows: DeviationRows, settings: ConsistencySettings, casesLimit: number, findings: Finding[],
): DeviationResult {
  const summary = summarize(rows.byAgency);
  const status_counts: StatusCounts = {
    within: summary.within, below: summary.below, above: summary.above, no_rule: summary.no_rule, not_assessable: summary.not_assessable,
  };
  const match_counts = Object.fromEntries(
    MATCH_KINDS.map((k) => [k, rows.byAgency.reduce((s, r) => s + (r[`match_${k}`] ?? 0), 0)]),
  ) as Record<MatchKind, number>;
  return {
    analysis: 'deviation',
    filter,
    findings,
    status_counts,
    match_counts,
    summary,
    by_agency: rows.byAgency,
    by_division: rows.byDivision,
    inconsistent_groups: rows.groups,
    division_medians: rows.medians,
    cases: rows.cases.map(({ total: _total, ...c }) => c),
    cases_total: rows.cases[0]?.total ?? 0,
    cases_limit: casesLimit,
    settings: { consistency_cv: settings.consistency_cv, consistency_min_cases: settings.consistency_min_cases },
  };
}
