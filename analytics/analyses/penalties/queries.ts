/**
 * All penalty queries for one filter, by table name. The names are the Arrow table names the UI
 * receives; `runPenalties` runs each once.
 */
import type { FilterSpec } from '../filter.ts';
import type { Fragment } from '../../sql/fragment.ts';
import { byCategoryQuery, byHeaviestCategoryQuery } from './category-queries.ts';
import { flagsQuery, overCapByPartyQuery, overCapCasesQuery } from './flag-queries.ts';
import { byAgencyQuery, byDivisionQuery, bySectorQuery, byViolationQuery } from './group-queries.ts';
import { histogramQuery, monthQuery, priorSummaryQuery, summaryQuery } from './summary-queries.ts';
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

/** The query of every penalty table for `filter` (pure: no database needed). */
export function penaltiesQueries(filter: FilterSpec): Record<PenaltyTable, Fragment> {
  return {
    penalty_summary: summaryQuery(filter),
    penalty_prior_summary: priorSummaryQuery(filter),
    penalty_histogram: histogramQuery(filter),
    penalty_by_category: byCategoryQuery(filter),
    penalty_by_heaviest_category: byHeaviestCategoryQuery(filter),
    penalty_by_agency: byAgencyQuery(filter),
    penalty_by_division: byDivisionQuery(filter),
    penalty_by_sector: bySectorQuery(filter),
    penalty_by_violation: byViolationQuery(filter),
    penalty_by_month: monthQuery(filter),
    penalty_yoy_by_agency: yoyQuery(filter, 'agency'),
    penalty_yoy_by_division: yoyQuery(filter, 'division'),
    penalty_flags: flagsQuery(filter),
    penalty_over_cap_by_party_type: overCapByPartyQuery(filter),
    penalty_over_cap_cases: overCapCasesQuery(filter),
  };
}
