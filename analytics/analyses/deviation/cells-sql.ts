/**
 * The one pass over the cases that `runDeviation` makes for its figures. A case's status depends on
 * its key and on four of its values only (fine, 违法所得, 货值金额, whether 罚款 is among its
 * categories), so the cases are counted per key × agency × division × tier × those values (`cc` of
 * `countedKeyCtes`: a year's million cases give a few thousand such cells), the keys are matched to
 * their rules from those cells, and each cell is assessed once. The assessed cells are the table
 * every other query reads, each summing them up its own way:
 *
 * - status cells: cases per agency × division × status × match kind (`by-group-sql.ts`);
 * - fine cells: cases per violation key × tier × division × fine, with the texts and first row id
 *   (for the "most frequent spelling" tie-break; `consistency-sql.ts`);
 * - verdict cells: the deviating cells summed per key × those values, which the case list ranks to
 *   fetch the cases of the worst only (`cases-sql.ts`).
 *
 * Those views are read from the cells as they are rather than grouped in advance, since their
 * readers group again anyway: counts and first row ids add up the same from finer cells.
 *
 * The same relations computed from the assessed cases in place (`statusCellsOf`, `fineCellsOf`)
 * serve the one-off queries and tests.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { assessedSource, statusCtes } from './assess-sql.ts';
import { countedKeyCtes } from './case-keys-sql.ts';
import { matchCtes } from './match-sql.ts';

/** The violation key of an assessed row: its normalized code, else its normalized name. */
const GKEY = sql`coalesce(k_code, k_name)`;

/**
 * The cells of the filter as one SELECT (what `runDeviation` holds in a temporary table); `gkey` is
 * the violation key (see `fineCells`).
 */
export function cellsSelect(filter: FilterSpec): Fragment {
  return sql`WITH ${matchCtes(countedKeyCtes(filter))},
    ${statusCtes(sql`kinfo`, sql`cc`, sql`k.kid = c.kid`)}
    SELECT agency, division, tier, kid4, epoch, epoch_end, violation_code, violation_name, ${GKEY} AS gkey, rule_ids, match,
      fine_yuan, illegal_gain_yuan, goods_value_yuan, lists_fine, status, min_yuan, max_yuan, deviation_ratio, n, first_rid
    FROM ac`;
}

/** Status cells `(agency, division, status, match, n)` of a cells table. */
export function statusCells(cells: Fragment): Fragment {
  return sql`(SELECT agency, division, status, match, n FROM ${cells})`;
}

/**
 * Fine cells `(gkey, tier, division, violation_code, violation_name, x, n, first_rid)` of a cells
 * table; `gkey` is the violation key (normalized code, else normalized name), and cells without a
 * fine or a violation key are left out.
 */
export function fineCells(cells: Fragment): Fragment {
  return sql`(SELECT gkey, tier, division, violation_code, violation_name, fine_yuan AS x, n, first_rid
    FROM ${cells} c
    WHERE fine_yuan IS NOT NULL AND gkey IS NOT NULL)`;
}

/** Status cells computed from the assessed cases in place (one-off queries, tests). */
export function statusCellsOf(filter: FilterSpec): Fragment {
  return sql`(SELECT agency, division, status, match, count(*) AS n FROM ${assessedSource(filter)} ac GROUP BY ALL)`;
}

/** Fine cells computed from the assessed cases in place (one-off queries, tests). */
export function fineCellsOf(filter: FilterSpec): Fragment {
  return sql`(SELECT ${GKEY} AS gkey, tier, division, violation_code, violation_name, fine_yuan AS x,
      count(*) AS n, min(rid) AS first_rid
    FROM ${assessedSource(filter)} ac
    WHERE fine_yuan IS NOT NULL AND ${GKEY} IS NOT NULL GROUP BY ALL)`;
}
