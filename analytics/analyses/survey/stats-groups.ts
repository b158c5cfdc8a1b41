/**
 * Statistics part `groups`: per-respondent index statistics for every grouping at once, with each
 * group's item scores (`stats-items.ts`) alongside. The groupings, numbered `g` (`GROUP_LEVELS`):
 *   0 city         all of the year's responses (the Welch reference)
 *   1 city_agency  each agency over the whole year (subtracted from the city to get "the rest")
 *   2 overall      the responses inside the filter
 *   3 agency / 4 division / 5 respondent_type   groups inside the filter
 * Each response of `per` is expanded into one row per grouping it belongs to (six, or two when it
 * lies outside the filter) with that grouping's key — a join with `cellx` on its cell —, the item
 * rows are stacked below with their (g, key), and one aggregate groups them by (g, key): one small
 * hash table, where GROUPING SETS would build one per set.
 *
 * Each row: n = responses (all, answered or not), scored (with an index), mean and sample variance
 * of the per-respondent index, and the 满意率 / 差评率 counts — `rated` respondents have a rating
 * (`ref`), `satisfied` have ref ≥ the satisfied threshold, `negative` ref < the negative threshold
 * (`rates.ts`) —, and `items`: one [item, answered, mean, variance] list per item the group
 * answered (null for `city_agency`, which needs no item scores). Lists keep the result to one row
 * per group, which JavaScript reads far faster than one row per group and item.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { RateThresholds } from './rates.ts';
import { itemSums } from './stats-items.ts';

/** Which grouping a row belongs to. */
export type GroupLevel = 'city' | 'city_agency' | 'overall' | 'agency' | 'division' | 'respondent_type';

/** The groupings by their number `g` in the query. */
export const GROUP_LEVELS: readonly GroupLevel[] = ['city', 'city_agency', 'overall', 'agency', 'division', 'respondent_type'];

/** One group's statistics, as the analysis reads them. */
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

/** The `groups` part (reads `per`, `cellx`, `ans`). */
export function groupsPart(th: RateThresholds): Fragment {
  return sql`SELECT 'groups' AS part, g, key,
  count(*) FILTER (WHERE item IS NULL)::INTEGER AS n, count(idx)::INTEGER AS scored, avg(idx) AS mean, var_samp(idx) AS variance,
  count(ref)::INTEGER AS rated, count(*) FILTER (WHERE ref >= ${th.satisfied})::INTEGER AS satisfied,
  count(*) FILTER (WHERE ref < ${th.negative_below})::INTEGER AS negative,
  list([item, answered, item_mean, item_variance] ORDER BY item) FILTER (WHERE item IS NOT NULL) AS items
FROM (
  SELECT x.g, x.key, p.idx, p.ref, NULL::INTEGER AS item, NULL::HUGEINT AS answered, NULL::DOUBLE AS item_mean, NULL::DOUBLE AS item_variance
  FROM per p JOIN cellx x ON x.cell = p.cell
  UNION ALL
  SELECT g, key, NULL, NULL, item, answered, item_mean, item_variance FROM (${itemSums()})
)
GROUP BY g, key`;
}
