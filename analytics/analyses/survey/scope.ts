/**
 * Which responses a survey analysis reads.
 *
 * - A response's year is the year of `answered_on`. A response without a date belongs to the
 *   latest year that has dated responses (an undated questionnaire is almost always from the round
 *   just finished); when no response has a date at all, undated responses belong to whatever year is
 *   asked for (the workspace then holds one undated survey round).
 * - `year` condition: the year only — the city (全市) the agencies are compared with.
 * - `scope` condition: the whole filter (year, division with its zones, agency, sector via the
 *   agency table), as every analysis applies it (`filterConditions`), on the response's own
 *   `division` and `agency`.
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';

/** The date a response's year is taken from (alias `r` = survey_response). */
export function responseDate(year: number): Fragment {
  return sql`coalesce(r.answered_on, (SELECT max(answered_on) FROM survey_response), make_date(${year}::INTEGER, 1, 1))`;
}

/** Responses of the filter's year, whatever the other filter parts (alias `r`). */
export function yearCondition(filter: FilterSpec): Fragment {
  return filterConditions({ year: filter.year }, { date: responseDate(filter.year) });
}

/** Responses inside the filter (alias `r`). */
export function scopeCondition(filter: FilterSpec): Fragment {
  return filterConditions(filter, { date: responseDate(filter.year), division: sql`r.division`, agency: sql`r.agency` });
}

/** Whether the filter narrows the city (division, agency or sector given). */
export function isNarrowed(filter: FilterSpec): boolean {
  return Boolean(filter.division || filter.agency || filter.sector);
}
