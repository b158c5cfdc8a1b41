/**
 * Moments for Cronbach's alpha (DOMAIN §6), inside the filter. The item set is every non-overall
 * item answered in scope (k of them): the overall item (总体评价) asks for a summary of the facets the
 * other items measure, so including it would inflate alpha. Respondents count when they answered all
 * k items (a blank or 不了解 anywhere excludes them — listwise deletion, as DOMAIN §6 says). Per
 * item: n, sample variance, sample covariance with the respondent's total; and the total's sample
 * variance (the same on every row).
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import { respondentCtes } from './respondent-sql.ts';

/** One row of {@link reliabilityQuery}. */
export interface ReliabilityRow {
  item_code: string;
  n: number;
  variance: number | null;
  cov_total: number | null;
  total_variance: number | null;
}

/** Item variances and covariances with the total over complete respondents. */
export function reliabilityQuery(filter: FilterSpec, inst: Instrument): Fragment {
  return sql`${respondentCtes(filter, inst)}, rel AS (
  SELECT response_id, item_code, score FROM ans WHERE in_scope AND NOT overall
), complete AS (
  SELECT response_id, sum(score) AS total FROM rel GROUP BY response_id
  HAVING count(*) = (SELECT count(DISTINCT item_code) FROM rel)
)
SELECT rel.item_code, count(*) AS n, var_samp(rel.score) AS variance,
  covar_samp(rel.score, c.total) AS cov_total, var_samp(c.total) AS total_variance
FROM rel JOIN complete c ON c.response_id = rel.response_id
GROUP BY rel.item_code`;
}
