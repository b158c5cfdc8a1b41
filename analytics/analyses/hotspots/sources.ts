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
 *
 *   The statements reading the temporary tables bind no value, because a statement with parameters
 *   is planned twice on a fresh connection (prepare, then the rebinding execution) — how the
 *   Parquet benchmark runs, where that second planning cost ~1–3 ms per statement — and one without
 *   parameters once. So each `handling` row says which set it belongs to in a boolean column
 *   (`set_all`, `set_category`, …); the month set holds all twelve months of the year with their
 *   labels (`month`), those without tickets as rows of NULL figures; and every row carries the
 *   filter year and the four thresholds (`runValues`), bound here once for the cells and surges.
 * - `counts`: the tickets of the filter year and the year before, counted per year (`cur`: true for
 *   the filter year, false for the year before) × month (`month_no`) × division × street × category
 *   (`n`): the division, street, cell, surge and prior-year figures. The year is a flag rather than
 *   a number so the statements reading the counts need no value of the filter.
 *
 * `hotlineSources(filter, scope, thresholds)` gives them as subqueries computed in place (one-off
 * queries, tests).
 */
import type { FilterSpec } from '../filter.ts';
import { join, raw, sql, type Fragment } from '../../sql/fragment.ts';
import { DEFAULT_SETTINGS } from '../../workspace/settings.ts';
import { handlingAggregates, handlingColumns, scopedTickets, scopedTicketsTwoYears, type HotspotScope } from './scope.ts';
import type { HotspotThresholds } from './types.ts';

/** The thresholds of a new workspace (DOMAIN §8: z ≥ 3, ≥ 10; surge 2×, ≥ 10). */
export const DEFAULT_THRESHOLDS: HotspotThresholds = {
  hotspot_z: DEFAULT_SETTINGS.hotspot_z,
  hotspot_min_count: DEFAULT_SETTINGS.hotspot_min_count,
  surge_ratio: DEFAULT_SETTINGS.surge_ratio,
  surge_min_count: DEFAULT_SETTINGS.surge_min_count,
};

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

/** The boolean column of `handling` that marks the rows of each grouping set. */
const SET_COLUMN: Record<keyof typeof HANDLING_SETS, Fragment> = {
  all: raw('set_all'), category: raw('set_category'), handling_unit: raw('set_handling_unit'), month: raw('set_month'),
};

/** The `handling` relation as a SELECT; `th` rides along for the cells and surges (`runValues`). */
export function handlingSelect(filter: FilterSpec, scope: HotspotScope, th: HotspotThresholds): Fragment {
  const flags = join((Object.keys(HANDLING_SETS) as (keyof typeof HANDLING_SETS)[]).map(
    (set) => sql`c.grp = ${HANDLING_SETS[set]} AS ${SET_COLUMN[set]}`), ', ');
  return sql`SELECT c.grp, ${flags}, c.category, c.handling_unit, c.month_no,
      strftime(make_date(${filter.year}::INTEGER, c.month_no::INTEGER, 1), '%Y-%m') AS month, ${handlingColumns()},
      ${filter.year}::INTEGER AS year, ${th.hotspot_z}::DOUBLE AS hotspot_z, ${th.hotspot_min_count}::BIGINT AS hotspot_min_count,
      ${th.surge_ratio}::DOUBLE AS surge_ratio, ${th.surge_min_count}::BIGINT AS surge_min_count
    FROM (SELECT coalesce(a.grp, ${HANDLING_SETS.month}) AS grp, a.* EXCLUDE (grp, month_no), coalesce(a.month_no, m.month_no) AS month_no
      FROM (SELECT GROUPING(t.category, t.handling_unit, month(t.received_at)) AS grp, t.category, t.handling_unit,
          month(t.received_at) AS month_no, ${handlingAggregates()}
        FROM (${scopedTickets(filter, scope)}) t
        GROUP BY GROUPING SETS ((), (t.category), (t.handling_unit), (month(t.received_at)))) a
      FULL JOIN range(1, 13) m(month_no) ON a.grp = ${HANDLING_SETS.month} AND a.month_no = m.month_no) c`;
}

/** The `counts` relation as a SELECT. */
export function countsSelect(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`SELECT t.received_at >= make_date(${filter.year}::INTEGER, 1, 1) AS cur, month(t.received_at) AS month_no, t.division,
      t.street, t.category, count(*) AS n
    FROM (${scopedTicketsTwoYears(filter, scope)}) t
    GROUP BY ALL`;
}

/** The relations computed in place, as subqueries. */
export function hotlineSources(filter: FilterSpec, scope: HotspotScope, th: HotspotThresholds = DEFAULT_THRESHOLDS): HotlineSources {
  return { handling: sql`(${handlingSelect(filter, scope, th)})`, counts: sql`(${countsSelect(filter, scope)})` };
}

/**
 * The rows of one grouping set of `handling`. The month set also has a row of NULL figures for
 * each month without tickets.
 */
export function handlingSet(src: HotlineSources, set: keyof typeof HANDLING_SETS): Fragment {
  return sql`(SELECT * FROM ${src.handling} h WHERE h.${SET_COLUMN[set]})`;
}

/**
 * One row: the run's filter year (`year`) and thresholds (`hotspot_z`, `hotspot_min_count`,
 * `surge_ratio`, `surge_min_count`), as `handling` carries them.
 */
export function runValues(src: HotlineSources): Fragment {
  return sql`(SELECT h.year, h.hotspot_z, h.hotspot_min_count, h.surge_ratio, h.surge_min_count FROM ${handlingSet(src, 'all')} h)`;
}
