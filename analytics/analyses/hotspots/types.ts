/**
 * The complaint-hotspot result (DESIGN §4 `hotspots`, DOMAIN §8). Shares and rates in 0–1, days as
 * fractional days, changes as relative ratios ((current − prior) / prior; null without a base).
 */
import type { Finding, ResultEnvelope } from '../types.ts';
import type { HotspotScope } from './scope.ts';

/** Handling figures (definitions in `scope.ts` `handlingColumns`). */
export interface HandlingFigures {
  tickets: number;
  closed: number;
  closed_rate: number | null;
  closed_with_due: number;
  closed_on_time: number;
  on_time_rate: number | null;
  mean_days_to_close: number | null;
  median_days_to_close: number | null;
  rated: number;
  satisfied: number;
  basic_satisfied: number;
  dissatisfied: number;
  satisfied_rate: number | null;
  dissatisfied_rate: number | null;
}

/** Whole-scope summary. */
export interface HotlineSummary extends HandlingFigures {
  /** Tickets without a division (not placed: counted here, in no division row). */
  unplaced: number;
  /** Prior-year tickets under the same filter and scope, and the change (null when the prior year is empty). */
  tickets_prior: number;
  tickets_change: number | null;
}

/** One division (zones are their own rows; null = unplaced). */
export interface DivisionRow {
  division: string | null;
  parent: string | null;
  kind: string | null;
  tickets: number;
  tickets_prior: number;
  /** Null when the prior year has no ticket in this division. */
  tickets_change: number | null;
  /** share of all tickets in scope. */
  share: number | null;
  /**
   * Resident population of the division's own territory, the denominator of `per_10k`: for a
   * county-level unit its recorded population less the recorded populations of the zones inside
   * it (census figures include them, DOMAIN §7), since zone tickets are counted on the zone's row.
   */
  population: number | null;
  /** `division.population` as recorded. */
  population_recorded: number | null;
  /** Tickets per 10 000 residents; null when the population is unknown. */
  per_10k: number | null;
  per_10k_prior: number | null;
}

/** One street (with its division). */
export interface StreetRow {
  division: string | null;
  street: string | null;
  tickets: number;
}

/** One category with handling figures and the prior-year count. */
export interface CategoryRow extends HandlingFigures {
  category: string | null;
  share: number | null;
  tickets_prior: number;
  tickets_change: number | null;
}

/** One handling unit. */
export interface HandlingUnitRow extends HandlingFigures {
  handling_unit: string | null;
}

/** One month of the year (all twelve present). */
export interface MonthRow extends HandlingFigures {
  /** `YYYY-MM`. */
  month: string;
  month_no: number;
}

/** A division × category cell (placed tickets with a category). */
export interface HotspotCell {
  division: string;
  category: string;
  observed: number;
  row_total: number;
  col_total: number;
  grand_total: number;
  /** row_total × col_total / grand_total. */
  expected: number;
  /** (observed − expected) / √expected. */
  z: number;
  /** z ≥ hotspot_z and observed ≥ hotspot_min_count. */
  flagged: boolean;
}

/** A month surge of one division × category. */
export interface Surge {
  /** `YYYY-MM`. */
  month: string;
  division: string;
  category: string;
  count: number;
  /** Mean count of the three previous months. */
  baseline: number;
  /** count / baseline; null when the baseline is 0. */
  ratio: number | null;
}

/** Thresholds used (from the workspace settings). */
export interface HotspotThresholds {
  hotspot_z: number;
  hotspot_min_count: number;
  surge_ratio: number;
  surge_min_count: number;
}

/** The hotspots analysis result. */
export interface HotspotsResult extends ResultEnvelope {
  analysis: 'hotspots';
  scope: HotspotScope;
  /** Appeal types counted (null = all). */
  appeal_types: string[] | null;
  /** Filter parts tickets honour: year and division (tickets have no agency or sector). */
  filter_applied: string[];
  /** Filter parts given but not applicable to tickets (agency, sector): the counts are not narrowed by them. */
  filter_ignored: string[];
  thresholds: HotspotThresholds;
  summary: HotlineSummary;
  by_division: DivisionRow[];
  by_street: StreetRow[];
  by_category: CategoryRow[];
  by_handling_unit: HandlingUnitRow[];
  by_month: MonthRow[];
  /** Flagged cells, z descending. */
  hotspots: HotspotCell[];
  /** Every non-empty division × category cell, z descending (for heat maps). */
  cells: HotspotCell[];
  /** Surges, by month then ratio. */
  surges: Surge[];
  /** Prior year of the comparison, or null when it has no ticket under the filter and scope. */
  prior_year: number | null;
  findings: Finding[];
}
