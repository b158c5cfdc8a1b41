/**
 * Which responses a survey analysis reads.
 *
 * - A response's year is the year of `answered_on`. A response without a date belongs to the
 *   latest year that has dated responses (an undated questionnaire is almost always from the round
 *   just finished); when no response has a date at all, undated responses belong to whatever year is
 *   asked for (the workspace then holds one undated survey round).
 * - That latest year is read from the `survey_years` rows the analysis fetches first
 *   (`undatedYear`) and bound as a value, rather than found by a `max(answered_on)` subquery in every
 *   statement: each such subquery is one more scan and join in each plan.
 * - `year` condition: the year only — the city (全市) the agencies are compared with.
 * - `scope` condition: the whole filter (year, division with its zones, agency, sector via the
 *   agency table), as every analysis applies it (`filterConditions`), on the response's own
 *   `division` and `agency`.
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';

/** One row of the responses-per-year count (`year` null for undated responses). */
export interface SurveyYearRow {
  year: number | null;
  responses: number;
}

/** The year undated responses belong to: the latest year with dated responses, else `year` itself. */
export function undatedYear(years: readonly SurveyYearRow[], year: number): number {
  const dated = years.map((y) => y.year).filter((y): y is number => y !== null);
  return dated.length ? Math.max(...dated) : year;
}

/** The date a response's year is taken from (alias `r` = survey_response): 1 January of `undated` when blank. */
export function responseDate(undated: number): Fragment {
  return sql`coalesce(r.answered_on, make_date(${undated}::INTEGER, 1, 1))`;
}

/** Responses of the filter's year, whatever the other filter parts (alias `r`). */
export function yearCondition(filter: FilterSpec, undated: number): Fragment {
  return filterConditions({ year: filter.year }, { date: responseDate(undated) });
}

/** Responses inside the filter (alias `r`). */
export function scopeCondition(filter: FilterSpec, undated: number): Fragment {
  return filterConditions(filter, { date: responseDate(undated), division: sql`r.division`, agency: sql`r.agency` });
}

/** Whether the filter narrows the city (division, agency or sector given). */
export function isNarrowed(filter: FilterSpec): boolean {
  return Boolean(filter.division || filter.agency || filter.sector);
}
