/** Hotline summary and month tables for one filter and scope, from the relations of `sources.ts`. */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { HotspotScope } from './scope.ts';
import { HANDLING_NAMES, handlingSet, hotlineSources, type HotlineSources } from './sources.ts';

/** One row: handling figures and the unplaced count of the year (its tickets without a division, from `counts`). */
export function summaryQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT ${HANDLING_NAMES},
      (SELECT coalesce(sum(c.n), 0) FROM ${src.counts} c WHERE c.cur AND c.division IS NULL)::BIGINT AS unplaced
    FROM ${handlingSet(src, 'all')} h`;
}

/** One row: the prior year's tickets under the same filter and scope. */
export function priorSummaryQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT coalesce(sum(c.n) FILTER (WHERE NOT c.cur), 0)::BIGINT AS tickets,
      coalesce(sum(c.n) FILTER (WHERE NOT c.cur AND c.division IS NULL), 0)::BIGINT AS unplaced
    FROM ${src.counts} c`;
}

/** The twelve months of the year with handling figures, each present even without tickets. */
export function monthQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`WITH counted AS (SELECT month_no, ${HANDLING_NAMES} FROM ${handlingSet(src, 'month')} h)
    SELECT strftime(make_date(${filter.year}::INTEGER, g.month_no, 1), '%Y-%m') AS month, g.month_no,
      c.* EXCLUDE (month_no, tickets, closed, closed_with_due, closed_on_time, rated, satisfied, basic_satisfied, dissatisfied),
      coalesce(c.tickets, 0) AS tickets, coalesce(c.closed, 0) AS closed, coalesce(c.closed_with_due, 0) AS closed_with_due,
      coalesce(c.closed_on_time, 0) AS closed_on_time, coalesce(c.rated, 0) AS rated, coalesce(c.satisfied, 0) AS satisfied,
      coalesce(c.basic_satisfied, 0) AS basic_satisfied, coalesce(c.dissatisfied, 0) AS dissatisfied
    FROM (SELECT unnest(range(1, 13))::INTEGER AS month_no) g LEFT JOIN counted c ON c.month_no = g.month_no
    ORDER BY g.month_no`;
}
