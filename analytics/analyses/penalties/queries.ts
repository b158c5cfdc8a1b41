/**
 * All penalty queries for one filter, by table name. The names are the Arrow table names the UI
 * receives; `runPenalties` runs each once, over the relations of `sources.ts` held in temporary
 * tables (by default each query computes them in place).
 */
import type { FilterSpec } from '../filter.ts';
import type { Fragment } from '../../sql/fragment.ts';
import { byCategoryQuery, byHeaviestCategoryQuery } from './category-queries.ts';
import { flagsQuery, overCapByPartyQuery, overCapCasesQuery } from './flag-queries.ts';
import { byAgencyQuery, byDivisionQuery, bySectorQuery, byViolationQuery } from './group-queries.ts';
import { histogramQuery, monthQuery, priorSummaryQuery, summaryQuery } from './summary-queries.ts';
import { penaltySources, type PenaltySources } from './sources.ts';
import { yoyQuery } from './yoy-queries.ts';

/** Table names of the penalties analysis. */
export const PENALTY_TABLES = [
  'penalty_summary', 'penalty_prior_summary', 'penalty_histogram', 'penalty_by_category', 'penalty_by_heaviest_category',
  'penalty_by_agency', 'penalty_by_division', 'penalty_by_sector', 'penalty_by_violation', 'penalty_by_month',
  'penalty_yoy_by_agency', 'penalty_yoy_by_division', 'penalty_flags', 'penalty_over_cap_by_party_type',
  'penalty_over_cap_cases',
] as const;

/** One table name. */
export type PenaltyTable = (typeof PENALTY_TABLES)[number];

/** The query of every penalty table for `filter` over `src` (pure: no database needed). */
export function penaltiesQueries(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Record<PenaltyTable, Fragment> {
  return {
    penalty_summary: summaryQuery(filter, src),
    penalty_prior_summary: priorSummaryQuery(filter, src),
    penalty_histogram: histogramQuery(filter, src),
    penalty_by_category: byCategoryQuery(filter, src),
    penalty_by_heaviest_category: byHeaviestCategoryQuery(filter, src),
    penalty_by_agency: byAgencyQuery(filter, src),
    penalty_by_division: byDivisionQuery(filter, src),
    penalty_by_sector: bySectorQuery(filter, src),
    penalty_by_violation: byViolationQuery(filter, src),
    penalty_by_month: monthQuery(filter, src),
    penalty_yoy_by_agency: yoyQuery(filter, 'agency', src),
    penalty_yoy_by_division: yoyQuery(filter, 'division', src),
    penalty_flags: flagsQuery(filter, src),
    penalty_over_cap_by_party_type: overCapByPartyQuery(filter, src),
    penalty_over_cap_cases: overCapCasesQuery(filter, src),
  };
}
