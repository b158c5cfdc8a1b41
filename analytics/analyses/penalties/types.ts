/**
 * The penalty-distribution result (DESIGN §4 `penalties`, DOMAIN §8). Money in 元, shares in 0–1,
 * changes as relative ratios ((current − prior) / prior; null when the prior value is 0).
 */
import type { Finding, ResultEnvelope } from '../types.ts';

/** Totals and the distribution of fines over the cases with a fine > 0. */
export interface PenaltySummary {
  /** Decisions dated in the year under the filter. */
  cases: number;
  fine_total_yuan: number;
  confiscation_total_yuan: number;
  /** 罚没金额: fines + confiscations. */
  penalty_total_yuan: number;
  /** Cases with a fine > 0: the base of the mean and the quantiles. */
  fined_cases: number;
  /** Cases whose fine is blank (counted in the histogram's 0 bin). */
  fine_missing: number;
  /** Mean, quantiles (`quantile_cont`, linear interpolation) and max over cases with a fine > 0; null when none. */
  fine_mean_yuan: number | null;
  fine_median_yuan: number | null;
  fine_p25_yuan: number | null;
  fine_p75_yuan: number | null;
  fine_p90_yuan: number | null;
  fine_max_yuan: number | null;
  /** 简易程序 decisions. */
  simple_procedure_cases: number;
}

/** One histogram bin with its count (every bin present, zero or not). */
export interface HistogramRow {
  bin: string;
  label: string;
  lower_yuan: number | null;
  upper_yuan: number | null;
  cases: number;
  fine_total_yuan: number;
  /** cases / all cases (null when there are none). */
  share: number | null;
}

/** Category mix: a case counts once in each of its categories. */
export interface CategoryRow {
  /** 2021 category name; null for cases with no category recorded. */
  category: string | null;
  /** 2021 code (`02`), null when not in the dictionary. */
  code: string | null;
  cases: number;
  /** cases / all cases: shares add up to more than 1 when decisions combine categories. */
  share: number | null;
}

/** Annual-statistics view: each case once, under its heaviest category. */
export interface HeaviestCategoryRow {
  /** Heaviest 2021 category; null when no category of the case is in the dictionary. */
  category: string | null;
  code: string | null;
  severity_rank: number | null;
  /** The annual-statistics indicator the category is counted in (`penalty_fine` …). */
  annual_indicator: string | null;
  cases: number;
  fine_total_yuan: number;
  share: number | null;
}

/** Figures every grouping carries. */
export interface GroupFigures {
  cases: number;
  fine_total_yuan: number;
  confiscation_total_yuan: number;
  fined_cases: number;
  /** Median over the group's cases with a fine > 0 (null when none). */
  fine_median_yuan: number | null;
  fine_mean_yuan: number | null;
}

/** One agency. `sector` and `division` come from the agency table (null for an unknown agency). */
export interface AgencyRow extends GroupFigures {
  agency: string;
  sector: string | null;
  division: string | null;
  december_cases: number;
  /** december_cases / cases. */
  december_share: number;
  simple_over_cap: number;
}

/** One division (the case's own division; null = not recorded). */
export interface DivisionRow extends GroupFigures {
  division: string | null;
}

/** One sector (via the agency table; null = agency not in the table or without a sector). */
export interface SectorRow extends GroupFigures {
  sector: string | null;
  agencies: number;
}

/** One violation: grouped by code when present, else by name. */
export interface ViolationRow extends GroupFigures {
  violation_code: string | null;
  violation_name: string | null;
}

/** One calendar month of the year (all twelve present). */
export interface MonthRow {
  /** `YYYY-MM`. */
  month: string;
  /** 1–12. */
  month_no: number;
  cases: number;
  fine_total_yuan: number;
}

/** A year-over-year line. */
export interface ChangeRow {
  cases: number;
  cases_prior: number;
  cases_change: number | null;
  fine_total_yuan: number;
  fine_total_prior_yuan: number;
  fine_total_change: number | null;
}

/** Year-over-year comparison; null in the result when the prior year has no case under the filter. */
export interface PenaltyYoy {
  prior_year: number;
  cases_prior: number;
  cases_change: number | null;
  fine_total_prior_yuan: number;
  fine_total_change: number | null;
  confiscation_total_prior_yuan: number;
  penalty_total_prior_yuan: number;
  penalty_total_change: number | null;
  /** Agencies with cases in either year. */
  by_agency: (ChangeRow & { agency: string })[];
  /** Divisions with cases in either year. */
  by_division: (ChangeRow & { division: string | null })[];
}

/** One 简易 decision over its cap. */
export interface OverCapCase {
  decision_no: string;
  agency: string;
  party_type: string | null;
  fine_yuan: number;
  cap_yuan: number;
  decided_on: string;
}

/** One agency whose December share is flagged. */
export interface DecemberAgency {
  agency: string;
  cases: number;
  december_cases: number;
  december_share: number;
}

/** The red flags of DOMAIN §8. */
export interface PenaltyFlags {
  /** 简易 decisions with a fine over the cap (自然人 200 元, organisations and 个体工商户 3 000 元). */
  simple_procedure_over_cap: number;
  /** The over-cap counts by party type. */
  simple_procedure_over_cap_by_party_type: Record<string, number>;
  /** The first of them (largest fine relative to the cap first), at most OVER_CAP_LIST_LIMIT. */
  simple_procedure_over_cap_cases: OverCapCase[];
  /** 个体工商户 simple cases with a fine in (200, 3 000]: over the cap only under the citizen reading. */
  individual_business_200_3000: number;
  /** Share of the year's cases decided in December (null when no case). */
  december_share: number | null;
  december_cases: number;
  /** The threshold (2/12) and the minimum cases an agency needs to be judged. */
  december_threshold: number;
  december_min_cases: number;
  /** Agencies with ≥ december_min_cases cases and a December share > 2/12, highest first. */
  december_agencies: DecemberAgency[];
  /** Fine total of the largest ⌈1 % × fined cases⌉ fines / fine total (null when nothing was fined). */
  top1pct_fine_share: number | null;
  /** How many cases form the top 1 %. */
  top1pct_cases: number;
}

/** The penalties analysis result. */
export interface PenaltiesResult extends ResultEnvelope {
  analysis: 'penalties';
  /** Filter parts the case table honours (all of them: year, division, agency, sector). */
  filter_applied: string[];
  summary: PenaltySummary;
  histogram: HistogramRow[];
  by_category: CategoryRow[];
  by_heaviest_category: HeaviestCategoryRow[];
  by_agency: AgencyRow[];
  by_division: DivisionRow[];
  by_sector: SectorRow[];
  by_violation: ViolationRow[];
  by_month: MonthRow[];
  yoy: PenaltyYoy | null;
  flags: PenaltyFlags;
  findings: Finding[];
}
