/**
 * The deviating cases (高于基准 / 低于基准), worst first, capped. "Worst" is the deviation ratio's
 * size; cases whose exceeded bound is 0 (a fine where the benchmark allows none, ratio NULL) come
 * before all others; ties go to the larger amount beyond the bound, then the decision number.
 * Every row carries `total`, the number of deviating cases before the cap.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { assessedCtes } from './assess-sql.ts';

/** Default cap of the case list. */
export const CASES_LIMIT = 500;

/** One query: up to `limit` deviating cases. */
export function casesQuery(filter: FilterSpec, limit = CASES_LIMIT): Fragment {
  return sql`WITH ${assessedCtes(filter)}
    SELECT decision_no, agency, division, violation_name AS violation, violation_code, tier, decided_on,
      fine_yuan, min_yuan, max_yuan, status, deviation_ratio, rule_ids, count(*) OVER () AS total
    FROM ac
    WHERE status IN ('above', 'below')
    ORDER BY deviation_ratio IS NULL DESC, abs(deviation_ratio) DESC,
      CASE WHEN status = 'above' THEN fine_yuan - max_yuan ELSE min_yuan - fine_yuan END DESC, decision_no
    LIMIT ${limit}`;
}
