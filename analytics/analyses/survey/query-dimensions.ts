/**
 * Per-respondent dimension scores inside the filter, per dimension: n, mean and sample variance (the
 * dimension's t-interval), and the Pearson correlation with the respondent's rating `ref` — the
 * overall item's score, or the respondent's index when the instrument has no overall item — over
 * the respondents who have both (the importance of the importance–performance analysis).
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import { respondentCtes } from './respondent-sql.ts';

/** One row of {@link dimensionStatsQuery}. */
export interface DimensionStatsRow {
  dim: number;
  n: number;
  mean: number | null;
  variance: number | null;
  /** Pairs (dimension score, ref) with both present. */
  pairs: number;
  r: number | null;
}

/** Per-dimension statistics of per-respondent dimension scores. */
export function dimensionStatsQuery(filter: FilterSpec, inst: Instrument): Fragment {
  return sql`${respondentCtes(filter, inst)}
SELECT rd.dim, count(*) AS n, avg(rd.d) AS mean, var_samp(rd.d) AS variance,
  count(per.ref) AS pairs, corr(rd.d, per.ref) FILTER (WHERE per.ref IS NOT NULL) AS r
FROM rd JOIN per ON per.response_id = rd.response_id
WHERE per.in_scope
GROUP BY rd.dim`;
}
