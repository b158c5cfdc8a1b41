/**
 * Month surges (DOMAIN §8): for each division × category (placed tickets with a category, like the
 * hotspot cells), a month of the year whose count is ≥ surge_ratio × the mean count of the three
 * previous months and ≥ surge_min_count.
 *
 * Choices the definition leaves open:
 * - The previous three months are calendar months, so January–March look back into the prior
 *   year's October–December (same filter and scope).
 * - A month with no ticket in a cell counts 0 in the baseline, but only if the workspace holds data
 *   for that month at all: a month is *covered* when any ticket (of any type, anywhere) was
 *   received in it. A month is judged only when its three previous months are all covered, so a
 *   year whose prior year was never imported does not see January–March flagged against an empty
 *   baseline (they are simply not judged), and neither does the first quarter after the data starts.
 * - A baseline of 0 with a count ≥ surge_min_count is a surge (a new problem appearing); its ratio is
 *   null.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { HotspotScope } from './scope.ts';
import { hotlineSources, runValues, type HotlineSources } from './sources.ts';
import type { HotspotThresholds } from './types.ts';

/**
 * The surges of the filter year, by month, then by ratio (baseline 0 first).
 *
 * Months are numbered from October of the prior year (0) to December of the filter year (14). One
 * aggregate spreads each division × category's monthly counts over the twelve months of the year:
 * a month's own count and the sum of its three previous months, whose mean (sum / 3, as a window
 * average of three whole counts gives it to the last bit) is the baseline. Coverage is one bit per
 * month; a month is judged when the three bits before it are set. Both replace a window over a grid
 * joined to the covered months with a per-month DISTINCT, which took twice as long. The two sums
 * are CASE sums: DuckDB evaluates `sum(…) FILTER (WHERE …)` as a separate selection per aggregate.
 *
 * A month with tickets in `counts` is covered (they are tickets too), so the tickets themselves are
 * read only for the months `counts` lacks: those months are the build side of a join whose probe
 * side is the ticket scan, and DuckDB stops that scan after its first rows when the build side is
 * empty — the usual case, which saves a scan of every ticket of the fifteen months (~2.5 ms of the
 * statement's ~8 on the 1 M workspace).
 */
export function surgesQuery(
  filter: FilterSpec, scope: HotspotScope, th: HotspotThresholds, src: HotlineSources = hotlineSources(filter, scope, th),
): Fragment {
  // The year and thresholds come from `src` (`runValues`): the statement over the temporary tables
  // binds nothing. They are scalar subqueries in the final filter: joined as a relation, DuckDB
  // turns the threshold comparison into an inequality join. The tickets of a missing month are
  // matched on its first day, which lies in the fifteen months by construction, so their scan
  // needs no date range of its own.
  // A counts row's month among the fifteen: 0 = October of the year before … 14 = December.
  const monthIndex = sql`CASE WHEN c.cur THEN c.month_no + 2 ELSE c.month_no - 10 END`;
  return sql`WITH v AS (SELECT * FROM ${runValues(src)}),
    counts AS (
      SELECT c.division, c.category, ${monthIndex} AS i, sum(c.n)::BIGINT AS n
      FROM ${src.counts} c
      WHERE (c.cur OR c.month_no >= 10) AND c.division IS NOT NULL AND c.category IS NOT NULL
      GROUP BY ALL),
    seen AS (
      SELECT coalesce(bit_or(1::BIGINT << ${monthIndex}), 0) AS bits
      FROM ${src.counts} c WHERE c.cur OR c.month_no >= 10),
    missing AS (
      SELECT m.i, make_date(v.year - 1, 10, 1) + to_months(m.i::INTEGER) AS first_day
      FROM range(0, 15) m(i), seen s, v WHERE (s.bits >> m.i) & 1 = 0),
    covered AS (
      SELECT (SELECT bits FROM seen) | coalesce(bit_or(1::BIGINT << m.i), 0) AS bits
      FROM hotline_ticket h JOIN missing m ON date_trunc('month', h.received_at) = m.first_day),
    w AS (
      SELECT c.division, c.category, m.i, coalesce(sum(CASE WHEN c.i = m.i THEN c.n END), 0)::BIGINT AS n,
        coalesce(sum(CASE WHEN c.i BETWEEN m.i - 3 AND m.i - 1 THEN c.n END), 0) / 3 AS baseline
      FROM counts c CROSS JOIN range(3, 15) m(i) CROSS JOIN covered k
      WHERE (k.bits >> (m.i - 3)) & 7 = 7
      GROUP BY ALL)
    SELECT strftime(make_date((SELECT year FROM v), (w.i - 2)::INTEGER, 1), '%Y-%m') AS month, division, category, n AS count,
      baseline::DOUBLE AS baseline, (n / nullif(baseline, 0))::DOUBLE AS ratio
    FROM w
    WHERE n >= (SELECT surge_ratio FROM v) * baseline AND n >= (SELECT surge_min_count FROM v)
    ORDER BY w.i, ratio DESC NULLS FIRST, division, category`;
}
