/**
 * Statistics part `reliability`: the moments of Cronbach's alpha (DOMAIN §6), inside the filter.
 * The item set is every non-overall item answered in scope (k of them): the overall item (总体评价)
 * asks for a summary of what the other items measure, so including it would inflate alpha.
 * Respondents count when they answered all k items (a blank or 不了解 anywhere leaves them out —
 * listwise deletion, as DOMAIN §6 says). Per item: n, sample variance, sample covariance with the
 * respondent's total; and the total's sample variance (the same on every row).
 */
import { sql, type Fragment } from '../../sql/fragment.ts';

/** One `reliability` row (`item` = index into the instrument's items). */
export interface ReliabilityRow {
  item: number;
  n: number;
  variance: number | null;
  cov_total: number | null;
  total_variance: number | null;
}

/** The `reliability` part (reads `ans`). */
export function reliabilityPart(): Fragment {
  return sql`SELECT 'reliability' AS part, rel.item, count(*) AS n, var_samp(rel.score) AS variance,
  covar_samp(rel.score, c.total) AS cov_total, var_samp(c.total) AS total_variance
FROM (SELECT rid, item, score FROM ans WHERE in_scope AND NOT overall) rel
JOIN (
  SELECT rid, sum(score) AS total FROM ans WHERE in_scope AND NOT overall GROUP BY rid
  HAVING count(*) = (SELECT count(DISTINCT item) FROM ans WHERE in_scope AND NOT overall)
) c ON c.rid = rel.rid
GROUP BY rel.item`;
}
