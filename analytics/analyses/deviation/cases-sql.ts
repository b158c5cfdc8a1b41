/**
 * The deviating cases (高于基准 / 低于基准), worst first, capped. "Worst" is the deviation ratio's
 * size; cases whose exceeded bound is 0 (a fine where the benchmark allows none, ratio NULL) come
 * before all others; ties go to the larger amount beyond the bound, then to the record order.
 * Every row carries `total`, the number of deviating cases before the cap.
 *
 * Every sort key but the record order is a property of the case's verdict cell — its key and the
 * values its status depends on (see `cells-sql.ts`) — so `runDeviation` ranks the few hundred
 * deviating verdict cells instead of the cases: walking them worst first, a cell can hold one of the
 * first `limit` cases only while fewer than `limit` cases lie in strictly worse cells (cells tied on
 * every key are taken or left together, since their cases interleave by record order). Only the
 * cases of those cells are fetched, by one join of the cases with them on key, epoch and values, and
 * then sorted as a whole.
 */
import type { FilterSpec } from '../filter.ts';
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { assessedSource } from './assess-sql.ts';
import { caseKeyJoin, filteredCases } from './case-keys-sql.ts';
import { st, statusName } from './codes.ts';

/** Default cap of the case list. */
export const CASES_LIMIT = 500;

/** The sort keys of a deviating case or verdict cell (alias `a`) but the record order, worst first, as (key, direction). */
function worstKeys(a: string): [Fragment, Fragment][] {
  const c = (col: string) => raw(`${a}.${col}`);
  return [
    [sql`${c('deviation_ratio')} IS NULL`, raw('DESC')],
    [sql`abs(${c('deviation_ratio')})`, raw('DESC')],
    [sql`CASE WHEN ${c('status')} = ${st('above')} THEN ${c('fine_yuan')} - ${c('max_yuan')} ELSE ${c('min_yuan')} - ${c('fine_yuan')} END`,
      raw('DESC')],
  ];
}

const list = (parts: Fragment[]) => parts.reduce((a, b) => sql`${a}, ${b}`);

/**
 * One query: up to `limit` deviating cases of `source` (assessed cases, or only the deviating ones
 * as `casesOfWorstCells` gives them). `total` is a scalar query giving the number of deviating
 * cases (by default counted from `source`; `runDeviation` reads it from its status cells).
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
    ORDER BY ${list(worstKeys('dev').map(([k, d]) => sql`${k} ${d}`))}, dev.rid
    LIMIT ${limit}`;
}

/** The number of deviating cases in status cells (see `cells-sql.ts`), as a scalar query. */
export function deviatingTotal(cells: Fragment): Fragment {
  return sql`SELECT sum(n)::BIGINT FROM ${cells} c WHERE status IN (${st('above')}, ${st('below')})`;
}

/**
 * The cases of the verdict cells of a cells table that can hold one of the first `limit` deviating
 * cases (see the module comment), with the columns `casesQuery` reads.
 *
 * A cell with a fine other than 0 has `lists_fine` NULL like each of its cases (it is only read
 * without a fine), so its cases are found without reading the categories; only deviating cells with
 * a fine of 0 (below a range that requires a fine) need them, in a join of their own that DuckDB
 * skips when there is no such cell (an inner join with nothing to build on). The cases with a fine
 * first pass a semi-join on the cells' few fines, one integer each: most of the year's cases stop
 * there, before their key hash is computed and probed with five conditions.
 */
export function casesOfWorstCells(filter: FilterSpec, cells: Fragment, limit = CASES_LIMIT): Fragment {
  const keys = worstKeys('v');
  const out = sql`c.rid, c.decision_no, c.agency, c.division, c.violation_name, c.violation_code, c.tier, c.decided_on, c.fine_yuan,
    k.min_yuan, k.max_yuan, k.status, k.deviation_ratio, k.rule_ids`;
  const on = sql`${caseKeyJoin()} AND k.fine_yuan = c.fine_yuan AND k.illegal_gain_yuan IS NOT DISTINCT FROM c.illegal_gain_yuan
    AND k.goods_value_yuan IS NOT DISTINCT FROM c.goods_value_yuan`;
  // The verdict cells: the cells of deviating status summed over agency, division and tier, which
  // the verdict does not depend on (fewer rows to rank, fewer join keys to hash per case).
  return sql`(WITH v AS (
      SELECT kid4, epoch, epoch_end, rule_ids, fine_yuan, illegal_gain_yuan, goods_value_yuan, lists_fine, status, min_yuan, max_yuan,
        deviation_ratio, sum(n) AS n
      FROM ${cells} c WHERE status IN (${st('above')}, ${st('below')}) GROUP BY ALL),
    worst AS MATERIALIZED (
      SELECT * FROM (
        SELECT v.*, coalesce(sum(n) OVER (ORDER BY ${list(keys.map(([k, d]) => sql`${k} ${d}`))}
          RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP), 0) AS worse
        FROM v)
      WHERE worse < ${limit}),
    fc0 AS NOT MATERIALIZED (${filteredCases(filter)})
    SELECT ${out}
    FROM (SELECT * FROM fc0 c SEMI JOIN (SELECT DISTINCT fine_yuan FROM worst WHERE fine_yuan <> 0) w ON w.fine_yuan = c.fine_yuan) c
      JOIN (SELECT * FROM worst WHERE fine_yuan <> 0) k ON ${on}
    UNION ALL
    SELECT ${out} FROM fc0 c JOIN (SELECT * FROM worst WHERE fine_yuan = 0) k ON ${on} AND k.lists_fine = c.lists_fine)`;
}
