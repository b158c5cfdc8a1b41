/** Hotline summary and month tables for one filter and scope, from the relations of `sources.ts`. */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { HotspotScope } from './scope.ts';
import { HANDLING_NAMES, handlingSet, hotlineSources, type HotlineSources } from './sources.ts';

/**
 * One row: handling figures and the unplaced count of the year (its tickets without a division, from
 * `counts`). The count is joined as a one-row relation rather than written as a scalar subquery,
 * which DuckDB wraps in an extra aggregate checking that it returns one row.
 */
export function summaryQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT ${HANDLING_NAMES}, u.unplaced
    FROM ${handlingSet(src, 'all')} h,
      (SELECT coalesce(sum(c.n), 0)::BIGINT AS unplaced FROM ${src.counts} c WHERE c.cur AND c.division IS NULL) u`;
}

/** One row: the prior year's tickets under the same filter and scope. */
export function priorSummaryQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT coalesce(sum(c.n) FILTER (WHERE NOT c.cur), 0)::BIGINT AS tickets,
      coalesce(sum(c.n) FILTER (WHERE NOT c.cur AND c.division IS NULL), 0)::BIGINT AS unplaced
    FROM ${src.counts} c`;
}

/**
 * The twelve months of the year with handling figures, each present even without tickets (the
 * month set of `handling` has a row for every month, see `sources.ts`).
 */
export function monthQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT c.month, c.month_no::INTEGER AS month_no,
      c.closed_rate, c.on_time_rate, c.mean_days_to_close, c.median_days_to_close, c.satisfied_rate, c.dissatisfied_rate,
      coalesce(c.tickets, 0) AS tickets, coalesce(c.closed, 0) AS closed, coalesce(c.closed_with_due, 0) AS closed_with_due,
      coalesce(c.closed_on_time, 0) AS closed_on_time, coalesce(c.rated, 0) AS rated, coalesce(c.satisfied, 0) AS satisfied,
      coalesce(c.basic_satisfied, 0) AS basic_satisfied, coalesce(c.dissatisfied, 0) AS dissatisfied
    FROM ${handlingSet(src, 'month')} c
    ORDER BY c.month_no`;
}
