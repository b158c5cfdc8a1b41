/**
 * Which hotline tickets the hotspot analysis counts (DOMAIN §3, §8) and the handling definitions
 * shared by its tables. Every value reaches SQL as a bound parameter.
 */
import { filterConditions, type FilterColumns, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';

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

/**
 * The appeal-type condition of a scope. The types are bound as one list: DuckDB evaluates
 * `list_contains` over it inside the table scan, where `IN (…)` of bound values becomes one string
 * comparison per type in a filter after the scan — about a sixth of the time of the count over two
 * years of tickets (1 M workspace).
 */
export function scopeCondition(scope: HotspotScope): Fragment {
  if (scope === 'all') return sql`TRUE`;
  return sql`list_contains(${[...COMPLAINT_TYPES]}, t.appeal_type)`;
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

/**
 * Days from receipt to closing, fractional (closed tickets only; NULL otherwise): what the mean and
 * median days to close are of. `handlingAggregates` computes both from whole seconds instead.
 */
export function daysToCloseExpr(): Fragment {
  return sql`(CASE WHEN t.closed_at >= t.received_at THEN date_diff('second', t.received_at, t.closed_at) / 86400.0 END)`;
}

/** Whole seconds from receipt to closing (closed tickets only, like `daysToCloseExpr`). */
export function secondsToCloseExpr(): Fragment {
  return sql`(CASE WHEN t.closed_at >= t.received_at THEN date_diff('second', t.received_at, t.closed_at) END)`;
}

/**
 * The handling aggregates of tickets `t` (DOMAIN §8), for `handlingColumns`. They are computed for
 * each of four grouping sets (`handling` in `sources.ts`), so their cost per ticket counts four
 * times:
 * - conditional counts use `count_if` (`countIf`), a fifth cheaper there than
 *   `count(*) FILTER (WHERE …)`, which DuckDB evaluates as a separate selection per aggregate;
 * - `middle_seconds` holds the lower and upper middle of the sorted seconds to close, from which
 *   `handlingColumns` computes the median. `quantile_disc(x, q)` is the value at 0-based position
 *   ⌈n·q⌉ − 1 of the n sorted values: ⌊(n − 1)/2⌋ for q = 0.5 and ⌈(n − 1)/2⌉ for q = 0.5 + 10⁻¹⁰
 *   (for any n below 5·10⁹) — the two values `quantile_cont(days, 0.5)` interpolates between.
 *   DuckDB selects among whole seconds (BIGINT) about twice as fast as among fractional days
 *   (DOUBLE), and among 32-bit seconds (INTEGER) faster again (about 2.5 ms of ~25 on the 1 M
 *   workspace): the import keeps every received and closing time within 2000–today, so a duration
 *   stays below 2³¹ s (68 years) until 2068; a longer one would fail the cast loudly, not silently;
 * - `mean_days_to_close` is the mean of the same whole seconds, in days. The seconds are summed as
 *   integers, exactly in any order, so the mean is the same from run to run; an average of
 *   fractional days summed in the parallel aggregate's order varied in its last digits (up to
 *   ~3·10⁻¹⁴ relative). It also spares a division per ticket and grouping set.
 */
export function handlingAggregates(): Fragment {
  // count_if returns HUGEINT, and NULL rather than 0 when no row's condition is true or false.
  const countIf = (condition: Fragment) => sql`coalesce(count_if(${condition}), 0)::BIGINT`;
  const seconds = sql`${secondsToCloseExpr()}::INTEGER`;
  return sql`count(*) AS tickets,
    count(t.closed_at) AS closed,
    ${countIf(sql`t.closed_at IS NOT NULL AND t.due_at IS NOT NULL`)} AS closed_with_due,
    ${countIf(onTimeCondition())} AS closed_on_time,
    avg(${seconds}) / 86400.0 AS mean_days_to_close,
    quantile_disc(${seconds}, [0.5, 0.5000000001]) AS middle_seconds,
    count(t.satisfaction) AS rated,
    ${countIf(sql`t.satisfaction = ${'满意'}`)} AS satisfied,
    ${countIf(sql`t.satisfaction = ${'基本满意'}`)} AS basic_satisfied,
    ${countIf(sql`t.satisfaction = ${'不满意'}`)} AS dissatisfied`;
}

/**
 * Handling columns from the aggregates `c` of `handlingAggregates` (DOMAIN §8):
 * - `closed_rate` 办结率 = closed / all tickets (a ticket is closed when it has `closed_at`);
 * - `on_time_rate` 按期办结率 = closed on time / closed tickets that have a `due_at` (closed tickets
 *   without a deadline cannot be judged and are left out of both counts);
 * - `mean_days_to_close` / `median_days_to_close` over closed tickets (a closing time before the
 *   receipt is a data error: the importer rejects it, and it is ignored here). The median is
 *   `quantile_cont(days, 0.5)` to the last bit: lo × 0.5 + hi × 0.5 over the two middle values in
 *   days is DuckDB's interpolation (halving is exact, so it also holds when lo = hi, n odd);
 * - `satisfied_rate` 满意率 = 满意 / rated, `dissatisfied_rate` 不满意率 = 不满意 / rated, where rated =
 *   satisfaction not blank (unrated callbacks are not in the base); 基本满意 is reported separately.
 */
export function handlingColumns(): Fragment {
  return sql`c.tickets, c.closed, c.closed / nullif(c.tickets, 0) AS closed_rate, c.closed_with_due, c.closed_on_time,
    c.closed_on_time / nullif(c.closed_with_due, 0) AS on_time_rate, c.mean_days_to_close,
    (c.middle_seconds[1] / 86400.0) * 0.5::DOUBLE + (c.middle_seconds[2] / 86400.0) * 0.5::DOUBLE AS median_days_to_close,
    c.rated, c.satisfied, c.basic_satisfied, c.dissatisfied,
    c.satisfied / nullif(c.rated, 0) AS satisfied_rate, c.dissatisfied / nullif(c.rated, 0) AS dissatisfied_rate`;
}
