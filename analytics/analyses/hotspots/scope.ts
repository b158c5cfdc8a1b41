/**
 * Which hotline tickets the hotspot analysis counts (DOMAIN §3, §8) and the handling definitions
 * shared by its tables. Every value reaches SQL as a bound parameter.
 */
import { filterConditions, type FilterColumns, type FilterSpec } from '../filter.ts';
import { join, sql, type Fragment } from '../../sql/fragment.ts';

/**
 * Ticket scope: `complaints` (the default) = 投诉 + 举报, the appeal types about enforcement
 * behaviour; `all` = every appeal type, including tickets whose type is blank.
 */
export type HotspotScope = 'complaints' | 'all';

/** The appeal types of the `complaints` scope (normalized on import: 投诉举报类 → 投诉). */
export const COMPLAINT_TYPES = ['投诉', '举报'] as const;

/**
 * Filter columns of `hotline_ticket` (aliased `t`): the received time and the ticket's division.
 * Tickets have no agency, so an agency or sector filter does not apply to them (the result's
 * `filter_applied` says so). A division filter takes in the zones whose parent it is, like every
 * analysis: filtering 连云区 counts 连云区's own tickets and those of 开发区 and 徐圩新区, each still
 * its own row in `by_division`.
 */
export const TICKET_COLUMNS: FilterColumns = { date: sql`t.received_at`, dateColumn: true, division: sql`t.division` };

/** The appeal-type condition of a scope. */
export function scopeCondition(scope: HotspotScope): Fragment {
  if (scope === 'all') return sql`TRUE`;
  return sql`t.appeal_type IN (${join(COMPLAINT_TYPES.map((x) => sql`${x}`), ', ')})`;
}

/** The tickets of one year under the filter and scope, as a SELECT for `WITH t AS (…)`. */
export function scopedTickets(filter: FilterSpec, scope: HotspotScope, year = filter.year): Fragment {
  return sql`SELECT t.* FROM hotline_ticket t WHERE ${filterConditions(filter, TICKET_COLUMNS, year)} AND ${scopeCondition(scope)}`;
}

/** The tickets of the filter year and the year before, as a SELECT. */
export function scopedTicketsTwoYears(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`SELECT t.* FROM hotline_ticket t WHERE ${filterConditions(filter, TICKET_COLUMNS, filter.year, filter.year - 1)} AND ${scopeCondition(scope)}`;
}

/**
 * 按期办结: closed no later than `due_at`. A `due_at` at exactly midnight is a date-only deadline
 * (办理时限 2025-03-05): the whole day counts, so a ticket closed that afternoon is on time.
 */
export function onTimeCondition(): Fragment {
  return sql`(t.closed_at IS NOT NULL AND t.due_at IS NOT NULL AND CASE WHEN t.due_at = date_trunc('day', t.due_at)
    THEN t.closed_at < t.due_at + INTERVAL 1 DAY ELSE t.closed_at <= t.due_at END)`;
}

/** Days from receipt to closing, fractional (closed tickets only; NULL otherwise). */
export function daysToCloseExpr(): Fragment {
  return sql`(CASE WHEN t.closed_at >= t.received_at THEN date_diff('second', t.received_at, t.closed_at) / 86400.0 END)`;
}

/**
 * Handling columns over tickets `t` (DOMAIN §8):
 * - `closed_rate` 办结率 = closed / all tickets (a ticket is closed when it has `closed_at`);
 * - `on_time_rate` 按期办结率 = closed on time / closed tickets that have a `due_at` (closed tickets
 *   without a deadline cannot be judged and are left out of both counts);
 * - `mean_days_to_close` / `median_days_to_close` over closed tickets (a closing time before the
 *   receipt is a data error: the importer rejects it, and it is ignored here);
 * - `satisfied_rate` 满意率 = 满意 / rated, `dissatisfied_rate` 不满意率 = 不满意 / rated, where rated =
 *   satisfaction not blank (unrated callbacks are not in the base); 基本满意 is reported separately.
 */
export function handlingColumns(): Fragment {
  return sql`count(*) AS tickets,
    count(t.closed_at) AS closed,
    count(t.closed_at) / nullif(count(*), 0) AS closed_rate,
    count(*) FILTER (WHERE t.closed_at IS NOT NULL AND t.due_at IS NOT NULL) AS closed_with_due,
    count(*) FILTER (WHERE ${onTimeCondition()}) AS closed_on_time,
    count(*) FILTER (WHERE ${onTimeCondition()}) / nullif(count(*) FILTER (WHERE t.closed_at IS NOT NULL AND t.due_at IS NOT NULL), 0) AS on_time_rate,
    avg(${daysToCloseExpr()}) AS mean_days_to_close,
    quantile_cont(${daysToCloseExpr()}, 0.5::DOUBLE) AS median_days_to_close,
    count(t.satisfaction) AS rated,
    count(*) FILTER (WHERE t.satisfaction = ${'满意'}) AS satisfied,
    count(*) FILTER (WHERE t.satisfaction = ${'基本满意'}) AS basic_satisfied,
    count(*) FILTER (WHERE t.satisfaction = ${'不满意'}) AS dissatisfied,
    count(*) FILTER (WHERE t.satisfaction = ${'满意'}) / nullif(count(t.satisfaction), 0) AS satisfied_rate,
    count(*) FILTER (WHERE t.satisfaction = ${'不满意'}) / nullif(count(t.satisfaction), 0) AS dissatisfied_rate`;
}
