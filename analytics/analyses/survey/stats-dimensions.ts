/**
 * Statistics part `dimensions`: per-respondent dimension scores inside the filter, per dimension —
 * n, mean and sample variance (the dimension's t-interval) — and the Pearson correlation with the
 * respondent's rating `ref` (the overall item's score, or the respondent's index when the instrument
 * has no overall item) over the respondents who have both: the importance of the
 * importance–performance analysis.
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

/** The `dimensions` part (reads `rd`, `per`). */
export function dimensionsPart(): Fragment {
  return sql`SELECT 'dimensions' AS part, rd.dim, count(*) AS n, avg(rd.d) AS mean, var_samp(rd.d) AS variance,
  count(per.ref) AS pairs, corr(rd.d, per.ref) FILTER (WHERE per.ref IS NOT NULL) AS r
FROM rd JOIN per ON per.rid = rd.rid
WHERE per.in_scope
GROUP BY rd.dim`;
}
