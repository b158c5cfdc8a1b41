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

/**
 * One query: up to `limit` deviating cases of `source` (assessed cases). `total` is a scalar query
 * giving the number of deviating cases (by default counted from `source`; `runDeviation` reads it
 * from its status cells instead of counting the cases a second time).
 */
export function casesQuery(
  filter: FilterSpec, limit = CASES_LIMIT, source: Fragment = assessedSource(filter), total?: Fragment,
): Fragment {
  const deviating = sql`status IN (${st('above')}, ${st('below')})`;
  // A top-N keeps `limit` rows while it reads, text columns included: no window over every
  // deviating case, and no second scan to fetch the texts of the rows kept.
  return sql`WITH dev AS (SELECT * FROM ${source} ac WHERE ${deviating})
    SELECT decision_no, agency, division, violation_name AS violation, violation_code, tier, decided_on,
      fine_yuan::DOUBLE AS fine_yuan, min_yuan::DOUBLE AS min_yuan, max_yuan::DOUBLE AS max_yuan,
      ${statusName(sql`status`)} AS status, deviation_ratio, rule_ids, (${total ?? sql`SELECT count(*) FROM dev`}) AS total
    FROM dev
    ORDER BY dev.deviation_ratio IS NULL DESC, abs(dev.deviation_ratio) DESC,
      CASE WHEN dev.status = ${st('above')} THEN dev.fine_yuan - dev.max_yuan ELSE dev.min_yuan - dev.fine_yuan END DESC, dev.rid
    LIMIT ${limit}`;
}

/** The number of deviating cases in status cells (see `cells-sql.ts`), as a scalar query. */
export function deviatingTotal(cells: Fragment): Fragment {
  return sql`SELECT sum(n)::BIGINT FROM ${cells} c WHERE status IN (${st('above')}, ${st('below')})`;
}
