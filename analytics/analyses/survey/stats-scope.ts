/**
 * Statistics parts `dimensions` and `reliability`, both over the respondents inside the filter and
 * both needing a per-respondent value next to each score, so they share one join with `per` and one
 * aggregate (the `rd` rows have `item` NULL, the answers have it set):
 *
 * - `dimensions`: per-respondent dimension scores per dimension — n, mean and sample variance (the
 *   dimension's t-interval) — and the Pearson correlation with the respondent's rating `ref` (the
 *   overall item's score, or the respondent's index when the instrument has no overall item) over
 *   the respondents who have both: the importance of the importance–performance analysis.
 * - `reliability`: the moments of Cronbach's alpha (DOMAIN §6). The item set is every non-overall
 *   item answered in scope (k of them): the overall item (总体评价) asks for a summary of what the
 *   other items measure, so including it would inflate alpha. Respondents count when they answered
 *   all k items (a blank or 不了解 anywhere leaves them out — listwise deletion, as DOMAIN §6 says).
 *   Per item: n, sample variance, sample covariance with the respondent's total; and the total's
 *   sample variance. The moments are grouped by the respondents' number of non-overall answers
 *   `tc`; the analysis keeps the rows with tc = k (`reliabilityResult`), k being known from the item
 *   scores — this spares the query a second pass to count the items.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';

/** One `dimensions` row (`dim` = index into the instrument's dimensions). */
export interface DimensionStatsRow {
  dim: number;
  n: number;
  mean: number | null;
  variance: number | null;
  /** Respondents with both a dimension score and a rating. */
  pairs: number;
  r: number | null;
}

/** One `reliability` row (`item` = index into the instrument's items) for respondents with `tc` non-overall answers. */
export interface ReliabilityRow {
  item: number;
  tc: number;
  n: number;
  variance: number | null;
  cov_total: number | null;
  total_variance: number | null;
}

/**
 * The `dimensions` and `reliability` parts (read `rd`, `ans`, `per`); `i` is the dimension or the
 * item. `per` is grouped by rid once more — a no-op, it has one row per rid — because the planner,
 * which cannot know the sizes of materialized CTEs, then expects it to be the small side and builds
 * the hash join on it; otherwise it may build on the stacked scores (two million rows at 100 000
 * respondents, three times slower).
 */
export function scopePart(): Fragment {
  return sql`SELECT CASE WHEN item IS NULL THEN 'dimensions' ELSE 'reliability' END AS part, coalesce(item, dim) AS i,
  tc::INTEGER AS tc, count(*)::INTEGER AS n, avg(d) AS mean,
  CASE WHEN item IS NULL THEN var_samp(d) ELSE var_samp(score) END AS variance,
  count(ref) FILTER (WHERE item IS NULL)::INTEGER AS pairs, corr(d, ref) FILTER (WHERE ref IS NOT NULL) AS r,
  covar_samp(score, total) AS cov_total, var_samp(total) FILTER (WHERE item IS NOT NULL) AS total_variance
FROM (
  SELECT x.dim, x.d, x.item, x.score, p.ref, p.total, CASE WHEN x.item IS NOT NULL THEN p.tc END AS tc
  FROM (
    SELECT rid, dim, d, NULL::INTEGER AS item, NULL::DOUBLE AS score FROM rd
    UNION ALL
    SELECT rid, NULL, NULL, item, score FROM ans WHERE in_scope AND NOT overall
  ) x
  JOIN (SELECT rid, any_value(ref) AS ref, any_value(total) AS total, any_value(tc) AS tc FROM per WHERE in_scope GROUP BY rid) p
    ON p.rid = x.rid
)
GROUP BY item, dim, tc`;
}
