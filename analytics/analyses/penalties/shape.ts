/**
 * Rows of the penalty tables → the typed result (pure). Statistics are already computed in DuckDB;
 * this only picks rows, attaches the bin labels and assembles the year-over-year part.
 */
import { appliedParts, type FilterSpec } from '../filter.ts';
import { FINE_BINS } from './bins.ts';
import type { PenaltyTable } from './queries.ts';
import { CASE_COLUMNS, DECEMBER_MIN_CASES, DECEMBER_SHARE_THRESHOLD } from './scope.ts';
import type {
  AgencyRow, CategoryRow, ChangeRow, DivisionRow, HeaviestCategoryRow, MonthRow, OverCapCase, PenaltiesResult,
  PenaltySummary, PenaltyYoy, SectorRow, ViolationRow,
} from './types.ts';

/** Row shapes of the penalty tables as the queries return them. */
export interface PenaltyRows {
  penalty_summary: PenaltySummary[];
  penalty_prior_summary: { cases: number; fine_total_yuan: number; confiscation_total_yuan: number }[];
  penalty_histogram: { ord: number; bin: string; cases: number; fine_total_yuan: number; share: number | null }[];
  penalty_by_category: CategoryRow[];
  penalty_by_heaviest_category: HeaviestCategoryRow[];
  penalty_by_agency: AgencyRow[];
  penalty_by_division: DivisionRow[];
  penalty_by_sector: SectorRow[];
  penalty_by_violation: ViolationRow[];
  penalty_by_month: MonthRow[];
  penalty_yoy_by_agency: (ChangeRow & { agency: string })[];
  penalty_yoy_by_division: (ChangeRow & { division: string | null })[];
  penalty_flags: {
    cases: number; simple_procedure_over_cap: number; individual_business_200_3000: number; december_cases: number;
    top1pct_cases: number; top1pct_fine_share: number | null;
  }[];
  penalty_over_cap_by_party_type: { party_type: string | null; cases: number }[];
  penalty_over_cap_cases: OverCapCase[];
}

// Compile-time check that PenaltyRows names exactly the tables the queries produce.
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : never;
const _rowsCoverTables: SameKeys<PenaltyRows, PenaltyTable> = true;

/** Relative change, null without a base. */
export function change(current: number, prior: number): number | null {
  return prior === 0 ? null : (current - prior) / prior;
}

function first<T>(rows: T[], table: string): T {
  if (!rows[0]) throw new Error(`查询“${table}”没有返回汇总行`);
  return rows[0];
}

/** The year-over-year part; null when the prior year has no case under the filter. */
function shapeYoy(filter: FilterSpec, rows: PenaltyRows, summary: PenaltySummary): PenaltyYoy | null {
  const prior = first(rows.penalty_prior_summary, 'penalty_prior_summary');
  if (prior.cases === 0) return null;
  const penaltyTotal = summary.fine_total_yuan + summary.confiscation_total_yuan;
  const penaltyPrior = prior.fine_total_yuan + prior.confiscation_total_yuan;
  return {
    prior_year: filter.year - 1,
    cases_prior: prior.cases,
    cases_change: change(summary.cases, prior.cases),
    fine_total_prior_yuan: prior.fine_total_yuan,
    fine_total_change: change(summary.fine_total_yuan, prior.fine_total_yuan),
    confiscation_total_prior_yuan: prior.confiscation_total_yuan,
    penalty_total_prior_yuan: penaltyPrior,
    penalty_total_change: change(penaltyTotal, penaltyPrior),
    by_agency: rows.penalty_yoy_by_agency,
    by_division: rows.penalty_yoy_by_division,
  };
}

/** Assembles the result (without findings) from the rows of every table. */
export function shapePenalties(filter: FilterSpec, rows: PenaltyRows): Omit<PenaltiesResult, 'findings'> {
  const s = first(rows.penalty_summary, 'penalty_summary');
  const summary: PenaltySummary = { ...s, penalty_total_yuan: s.fine_total_yuan + s.confiscation_total_yuan };
  const f = first(rows.penalty_flags, 'penalty_flags');
  const byParty: Record<string, number> = {};
  for (const r of rows.penalty_over_cap_by_party_type) byParty[r.party_type ?? '未注明'] = r.cases;
  return {
    analysis: 'penalties',
    filter,
    filter_applied: appliedParts(filter, CASE_COLUMNS),
    summary,
    histogram: rows.penalty_histogram.map((r) => ({ ...FINE_BINS[r.ord], cases: r.cases, fine_total_yuan: r.fine_total_yuan, share: r.share })),
    by_category: rows.penalty_by_category,
    by_heaviest_category: rows.penalty_by_heaviest_category,
    by_agency: rows.penalty_by_agency,
    by_division: rows.penalty_by_division,
    by_sector: rows.penalty_by_sector,
    by_violation: rows.penalty_by_violation,
    by_month: rows.penalty_by_month,
    yoy: shapeYoy(filter, rows, summary),
    flags: {
      simple_procedure_over_cap: f.simple_procedure_over_cap,
      simple_procedure_over_cap_by_party_type: byParty,
      simple_procedure_over_cap_cases: rows.penalty_over_cap_cases,
      individual_business_200_3000: f.individual_business_200_3000,
      december_share: f.cases === 0 ? null : f.december_cases / f.cases,
      december_cases: f.december_cases,
      december_threshold: DECEMBER_SHARE_THRESHOLD,
      december_min_cases: DECEMBER_MIN_CASES,
      december_agencies: rows.penalty_by_agency
        .filter((a) => a.cases >= DECEMBER_MIN_CASES && a.december_share > DECEMBER_SHARE_THRESHOLD)
        .map((a) => ({ agency: a.agency, cases: a.cases, december_cases: a.december_cases, december_share: a.december_share }))
        .sort((a, b) => b.december_share - a.december_share),
      top1pct_fine_share: f.top1pct_fine_share,
      top1pct_cases: f.top1pct_cases,
    },
  };
}
