/**
 * Statistics part `groups`: per-respondent index statistics for every grouping at once (GROUPING
 * SETS over `per`, one row per response):
 *   city         all of the year's responses (the Welch reference)
 *   city_agency  each agency over the whole year (subtracted from the city to get "the rest")
 *   overall      the responses inside the filter
 *   agency / division / respondent_type   groups inside the filter
 * Each row: responses (all, answered or not), scored (with an index), mean and sample variance of
 * the per-respondent index, and the 满意率 / 差评率 counts — `rated` respondents have a rating
 * (`ref`), `satisfied` have ref ≥ the satisfied threshold, `negative` ref < the negative threshold
 * (`rates.ts`).
 */
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import type { RateThresholds } from './rates.ts';

/** Which grouping a row belongs to. */
export type GroupLevel = 'city' | 'city_agency' | 'overall' | 'agency' | 'division' | 'respondent_type';

/** One `groups` row. */
export interface GroupStatsRow {
  level: GroupLevel;
  agency: string | null;
  division: string | null;
  respondent_type: string | null;
  responses: number;
  scored: number;
  mean: number | null;
  variance: number | null;
  rated: number;
  satisfied: number;
  negative: number;
}

/**
 * SQL text naming each grouping set by its GROUPING() bitmask over (in_scope, agency, division,
 * respondent_type): constant text, shared with the `items` part.
 */
export const LEVEL_CASE = `CASE GROUPING(in_scope, agency, division, respondent_type)
  WHEN 15 THEN 'city' WHEN 11 THEN 'city_agency' WHEN 7 THEN 'overall'
  WHEN 3 THEN 'agency' WHEN 5 THEN 'division' WHEN 6 THEN 'respondent_type' END`;

/** The `groups` part (reads `per`). */
export function groupsPart(th: RateThresholds): Fragment {
  return sql`SELECT 'groups' AS part, ${raw(LEVEL_CASE)} AS level, agency, division, respondent_type,
  count(*) AS responses, count(idx) AS scored, avg(idx) AS mean, var_samp(idx) AS variance,
  count(ref) AS rated, count(*) FILTER (WHERE ref >= ${th.satisfied}) AS satisfied,
  count(*) FILTER (WHERE ref < ${th.negative_below}) AS negative
FROM per
GROUP BY GROUPING SETS ((), (agency), (in_scope), (in_scope, agency), (in_scope, division), (in_scope, respondent_type))
HAVING GROUPING(in_scope) = 1 OR in_scope`;
}
