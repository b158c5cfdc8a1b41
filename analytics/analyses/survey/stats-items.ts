/**
 * Item scores per group — for the city, the filter's scope, and each agency / division /
 * respondent type inside it: n answers, mean (the item score S_i of DOMAIN §6) and sample variance
 * (its t-interval). The group indexes are computed from these item scores with the DOMAIN formula
 * (`survey-index.ts`), not from per-respondent indexes. They reach JavaScript as a list per group on
 * the `groups` rows (`stats-groups.ts`).
 *
 * Two steps for speed: the answers are first summed per (cell, item) — count, Σx, Σx² over integer
 * keys — and those few thousand rows are rolled up to the groups through `cellx` (each cell once per
 * grouping it belongs to, with that grouping's key) and one aggregate by (g, key, item); one
 * aggregate over a small expansion costs far less than GROUPING SETS, which build one hash table per
 * set. The variance is then (Σx² − (Σx)²/n) / (n − 1), clamped at 0; on 0–100 scores with n ≤ 10⁶
 * this loses at most a few digits of the 16 a double carries.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { GroupLevel } from './stats-groups.ts';

/** One item row of a group (`item` = index into the instrument's items). */
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

/** Rows (g, key, item, answered, item_mean, item_variance) of every group but `city_agency` (reads `ans`, `cellx`). */
export function itemSums(): Fragment {
  return sql`SELECT x.g, x.key, c.item, sum(c.n) AS answered, sum(c.s) / sum(c.n) AS item_mean,
    CASE WHEN sum(c.n) > 1 THEN greatest(0, (sum(c.ss) - sum(c.s) * sum(c.s) / sum(c.n)) / (sum(c.n) - 1)) END AS item_variance
  FROM (SELECT cell, item, count(*) AS n, sum(score) AS s, sum(score * score) AS ss FROM ans GROUP BY cell, item) c
  JOIN cellx x ON x.cell = c.cell AND x.g <> 1
  GROUP BY x.g, x.key, c.item`;
}
