/**
 * The one pass over the cases that `runDeviation` makes for its figures. A case's status depends on
 * its key and on four of its values only (fine, 违法所得, 货值金额, whether 罚款 is among its
 * categories), so the cases are first counted per key × agency × division × tier × those values
 * (`cc`: a year's million cases give a few thousand such cells), each cell is assessed once, and
 * the assessed cells are counted three ways at once (GROUPING SETS), told apart by `cell`:
 *
 * - 1, status cells: cases per agency × division × status × match kind (`by-group-sql.ts`);
 * - 2, fine cells: cases per key × tier × division × fine, with the first row id of each (for the
 *   "most frequent spelling" tie-break; `consistency-sql.ts`);
 * - 3, verdict cells: cases per key × the four values, with their status, range and deviation
 *   ratio, from which the case list picks the deviating cases (`cases-sql.ts`).
 *
 * The same relations computed from the assessed cases in place (`statusCellsOf`, `fineCellsOf`)
 * serve the one-off queries and tests.
 */
import type { FilterSpec } from '../filter.ts';
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { assessedSource, statusCtes } from './assess-sql.ts';
import { caseKeyJoin, filteredCases } from './case-keys-sql.ts';
import { st } from './codes.ts';

/** The values a case's status depends on besides its key (columns of `filteredCases`). */
const VERDICT_VALUES = sql`fine_yuan, illegal_gain_yuan, goods_value_yuan, lists_fine`;

/** The cells of the filter as one SELECT (what `runDeviation` holds in a temporary table). */
export function cellsSelect(filter: FilterSpec, keys: Fragment): Fragment {
  return sql`WITH fc0 AS NOT MATERIALIZED (${filteredCases(filter)}),
    cc AS (
      SELECT k.kid, c.agency, c.division, c.tier, c.fine_yuan, c.illegal_gain_yuan, c.goods_value_yuan, c.lists_fine,
        count(*) AS n, min(c.rid) AS first_rid
      FROM fc0 c JOIN ${keys} k ON ${caseKeyJoin()}
      GROUP BY ALL),
    ${statusCtes(keys, sql`cc`, sql`k.kid = c.kid`)}
    SELECT GROUPING(agency, tier) AS cell, agency, division, status, match, kid, tier, ${VERDICT_VALUES}, min_yuan, max_yuan,
      deviation_ratio, sum(n)::BIGINT AS n, min(first_rid) AS first_rid
    FROM ac
    GROUP BY GROUPING SETS ((agency, division, status, match), (kid, tier, division, fine_yuan),
      (kid, ${VERDICT_VALUES}, status, min_yuan, max_yuan, deviation_ratio))`;
}

/** Status cells `(agency, division, status, match, n)` of a cells table. */
export function statusCells(cells: Fragment): Fragment {
  return sql`(SELECT agency, division, status, match, n FROM ${cells} WHERE cell = 1)`;
}

/**
 * Fine cells `(gkey, tier, division, violation_code, violation_name, x, n, first_rid)` of a cells
 * table and the keys table its `kid`s come from; `gkey` is the violation key (normalized code, else
 * normalized name), and cells without a fine or a violation key are left out.
 */
export function fineCells(cells: Fragment, keys: Fragment): Fragment {
  return sql`(SELECT coalesce(k.k_code, k.k_name) AS gkey, c.tier, c.division, k.violation_code, k.violation_name, c.fine_yuan AS x,
      c.n, c.first_rid
    FROM ${cells} c JOIN ${keys} k ON k.kid = c.kid
    WHERE c.cell = 2 AND c.fine_yuan IS NOT NULL AND coalesce(k.k_code, k.k_name) IS NOT NULL)`;
}

/**
 * The deviating cases of the filter (columns as the case list reads them), found by joining each
 * case to its key and to the verdict cells of deviating status: only those cases come out.
 */
export function deviatingCases(filter: FilterSpec, cells: Fragment, keys: Fragment): Fragment {
  const same = (col: 'fine_yuan' | 'illegal_gain_yuan' | 'goods_value_yuan' | 'lists_fine') =>
    raw(`v.${col} IS NOT DISTINCT FROM c.${col}`);
  return sql`(WITH fc0 AS NOT MATERIALIZED (${filteredCases(filter)})
    SELECT c.rid, c.decision_no, c.agency, c.division, c.violation_name, c.violation_code, c.tier, c.decided_on, c.fine_yuan,
      v.min_yuan, v.max_yuan, v.status, v.deviation_ratio, k.rule_ids
    FROM fc0 c JOIN ${keys} k ON ${caseKeyJoin()}
      JOIN (SELECT * FROM ${cells} WHERE cell = 3 AND status IN (${st('above')}, ${st('below')})) v
        ON v.kid = k.kid AND ${same('fine_yuan')} AND ${same('illegal_gain_yuan')} AND ${same('goods_value_yuan')}
          AND ${same('lists_fine')})`;
}

/** Status cells computed from the assessed cases in place (one-off queries, tests). */
export function statusCellsOf(filter: FilterSpec): Fragment {
  return sql`(SELECT agency, division, status, match, count(*) AS n FROM ${assessedSource(filter)} ac GROUP BY ALL)`;
}

/** Fine cells computed from the assessed cases in place (one-off queries, tests). */
export function fineCellsOf(filter: FilterSpec): Fragment {
  return sql`(SELECT coalesce(k_code, k_name) AS gkey, tier, division, violation_code, violation_name, fine_yuan AS x,
      count(*) AS n, min(rid) AS first_rid
    FROM ${assessedSource(filter)} ac
    WHERE fine_yuan IS NOT NULL AND coalesce(k_code, k_name) IS NOT NULL GROUP BY ALL)`;
}
