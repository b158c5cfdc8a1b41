/**
 * The relations the hotspot tables read instead of the tickets, so the tickets are read twice per
 * run (`runHotspots` holds both in temporary tables) rather than once per table:
 *
 * - `handling`: the handling figures of the filter year's tickets (`handlingAggregates`, turned into
 *   rates and the median by `handlingColumns`), for the whole scope and per category, per handling
 *   unit and per month at once (GROUPING SETS; `grp` tells the rows apart, see `HANDLING_SETS`).
 *   Every aggregate runs once per grouping set, so what each costs per ticket is what makes this
 *   relation the dearer of the two (see `handlingAggregates`); the unplaced count, which only the
 *   summary shows, is taken from `counts` instead.
 * - `counts`: the tickets of the filter year and the year before, counted per year (`cur`: true for
 *   the filter year, false for the year before) × month (`month_no`) × division × street × category
 *   (`n`): the division, street, cell, surge and prior-year figures. The year is a flag rather than
 *   a number so the statements reading the counts need no value of the filter.
 *
 * `hotlineSources(filter, scope)` gives them as subqueries computed in place (one-off queries, tests).
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { handlingAggregates, handlingColumns, scopedTickets, scopedTicketsTwoYears, type HotspotScope } from './scope.ts';

/** The two relations, as table names or subqueries. */
export interface HotlineSources {
  handling: Fragment;
  counts: Fragment;
}

/** `grp` of each grouping set of `handling` (DuckDB's GROUPING bits of category, handling unit, month). */
export const HANDLING_SETS = { all: 7, category: 3, handling_unit: 5, month: 6 } as const;

/** The handling columns of `handlingColumns`, by name, for selecting them from `handling`. */
export const HANDLING_NAMES = sql`tickets, closed, closed_rate, closed_with_due, closed_on_time, on_time_rate, mean_days_to_close,
  median_days_to_close, rated, satisfied, basic_satisfied, dissatisfied, satisfied_rate, dissatisfied_rate`;

/** The `handling` relation as a SELECT. */
export function handlingSelect(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`SELECT c.grp, c.category, c.handling_unit, c.month_no, ${handlingColumns()}
    FROM (SELECT GROUPING(t.category, t.handling_unit, month(t.received_at)) AS grp, t.category, t.handling_unit,
        month(t.received_at) AS month_no, ${handlingAggregates()}
      FROM (${scopedTickets(filter, scope)}) t
      GROUP BY GROUPING SETS ((), (t.category), (t.handling_unit), (month(t.received_at)))) c`;
}

/** The `counts` relation as a SELECT. */
export function countsSelect(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`SELECT t.received_at >= make_date(${filter.year}::INTEGER, 1, 1) AS cur, month(t.received_at) AS month_no, t.division,
      t.street, t.category, count(*) AS n
    FROM (${scopedTicketsTwoYears(filter, scope)}) t
    GROUP BY ALL`;
}

/** The relations computed in place, as subqueries. */
export function hotlineSources(filter: FilterSpec, scope: HotspotScope): HotlineSources {
  return { handling: sql`(${handlingSelect(filter, scope)})`, counts: sql`(${countsSelect(filter, scope)})` };
}

/** The rows of one grouping set of `handling`. */
export function handlingSet(src: HotlineSources, set: keyof typeof HANDLING_SETS): Fragment {
  return sql`(SELECT * FROM ${src.handling} h WHERE h.grp = ${HANDLING_SETS[set]})`;
}
