/**
 * Statistics part `items`: item scores per group — for the city, the filter's scope, and each
 * agency / division / respondent type inside it: n answers, mean (the item score S_i of DOMAIN §6)
 * and sample variance (its t-interval). The group indexes are computed from these item scores with
 * the DOMAIN formula (`survey-index.ts`), not from per-respondent indexes.
 *
 * Two steps for speed: the answers are first summed per (cell, item) — count, Σx, Σx² over integer
 * keys — and those few thousand rows are rolled up with GROUPING SETS. The variance is then
 * (Σx² − (Σx)²/n) / (n − 1), clamped at 0; on 0–100 scores with n ≤ 10⁶ this loses at most a few
 * digits of the 16 a double carries.
 */
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { LEVEL_CASE, type GroupLevel } from './stats-groups.ts';

/** One `items` row (`item` = index into the instrument's items). */
export interface ItemStatsRow {
  level: Exclude<GroupLevel, 'city_agency'>;
  agency: string | null;
  division: string | null;
  respondent_type: string | null;
  item: number;
  answered: number;
  mean: number | null;
  variance: number | null;
}

/** The `items` part (reads `ans`, `cells`). */
export function itemsPart(): Fragment {
  return sql`SELECT 'items' AS part, ${raw(LEVEL_CASE)} AS level, agency, division, respondent_type, item,
  sum(n) AS answered, sum(s) / sum(n) AS mean,
  CASE WHEN sum(n) > 1 THEN greatest(0, (sum(ss) - sum(s) * sum(s) / sum(n)) / (sum(n) - 1)) END AS variance
FROM (SELECT cell, item, count(*) AS n, sum(score) AS s, sum(score * score) AS ss FROM ans GROUP BY cell, item) ci
JOIN cells USING (cell)
GROUP BY GROUPING SETS ((item), (in_scope, item), (in_scope, agency, item), (in_scope, division, item), (in_scope, respondent_type, item))
HAVING GROUPING(in_scope) = 1 OR in_scope`;
}
