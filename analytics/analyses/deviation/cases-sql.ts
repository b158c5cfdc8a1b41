/**
 * The deviating cases (高于基准 / 低于基准), worst first, capped. "Worst" is the deviation ratio's
 * size; cases whose exceeded bound is 0 (a fine where the benchmark allows none, ratio NULL) come
 * before all others; ties go to the larger amount beyond the bound, then to the record order.
 * Every row carries `total`, the number of deviating cases before the cap.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { assessedSource } from './assess-sql.ts';
import { st, statusName } from './codes.ts';

/** Default cap of the case list. */
export const CASES_LIMIT = 500;

/** One query: up to `limit` deviating cases. */
export function casesQuery(filter: FilterSpec, limit = CASES_LIMIT, source: Fragment = assessedSource(filter)): Fragment {
  // Sort lean rows first, then fetch the text columns of the rows kept by row id — as a list the scan
  // filters on, not a join, which the planner would build on the whole table.
  return sql`WITH worst AS (
      SELECT rid, status, fine_yuan, min_yuan, max_yuan, deviation_ratio, rule_ids, count(*) OVER () AS total,
        row_number() OVER (ORDER BY deviation_ratio IS NULL DESC, abs(deviation_ratio) DESC,
          CASE WHEN status = ${st('above')} THEN fine_yuan - max_yuan ELSE min_yuan - fine_yuan END DESC, rid) AS rank
      FROM ${source} ac
      WHERE status IN (${st('above')}, ${st('below')})
      QUALIFY rank <= ${limit})
    SELECT p.decision_no, p.agency, p.division, p.violation_name AS violation, p.violation_code, p.tier, p.decided_on,
      w.fine_yuan::DOUBLE AS fine_yuan, w.min_yuan::DOUBLE AS min_yuan, w.max_yuan::DOUBLE AS max_yuan,
      ${statusName(sql`w.status`)} AS status, w.deviation_ratio, w.rule_ids, w.total
    FROM worst w
      JOIN (SELECT rowid AS rid, * FROM penalty_case WHERE rowid = ANY(list_distinct((SELECT list(rid) FROM worst)))) p ON p.rid = w.rid
    ORDER BY w.rank`;
}
