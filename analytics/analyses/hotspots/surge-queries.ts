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
import { hotlineSources, type HotlineSources } from './sources.ts';
import type { HotspotThresholds } from './types.ts';

/**
 * The surges of the filter year, by month, then by ratio (baseline 0 first).
 *
 * Months are numbered from October of the prior year (0) to December of the filter year (14). One
 * aggregate spreads each division × category's monthly counts over the twelve months of the year:
 * a month's own count and the sum of its three previous months, whose mean (sum / 3, as a window
 * average of three whole counts gives it to the last bit) is the baseline. Coverage is one bit per
 * month (`bit_or` over the tickets of the fifteen months, nothing grouped); a month is judged when
 * the three bits before it are set. Both replace a window over a grid joined to the covered months
 * with a per-month DISTINCT, which took twice as long.
 */
export function surgesQuery(
  filter: FilterSpec, scope: HotspotScope, th: HotspotThresholds, src: HotlineSources = hotlineSources(filter, scope),
): Fragment {
  const prior = filter.year - 1;
  const start = sql`make_date(${prior}::INTEGER, 10, 1)`;
  const end = sql`make_date(${filter.year + 1}::INTEGER, 1, 1)`;
  return sql`WITH counts AS (
      SELECT c.division, c.category, CASE WHEN c.cur THEN c.month_no + 2 ELSE c.month_no - 10 END AS i, sum(c.n)::BIGINT AS n
      FROM ${src.counts} c
      WHERE (c.cur OR c.month_no >= 10) AND c.division IS NOT NULL AND c.category IS NOT NULL
      GROUP BY ALL),
    covered AS (
      SELECT bit_or(1::BIGINT << ((year(h.received_at) - ${prior}) * 12 + month(h.received_at) - 10)) AS bits
      FROM hotline_ticket h WHERE h.received_at >= ${start} AND h.received_at < ${end}),
    w AS (
      SELECT c.division, c.category, m.i, coalesce(sum(c.n) FILTER (WHERE c.i = m.i), 0)::BIGINT AS n,
        coalesce(sum(c.n) FILTER (WHERE c.i BETWEEN m.i - 3 AND m.i - 1), 0) / 3 AS baseline
      FROM counts c CROSS JOIN range(3, 15) m(i) CROSS JOIN covered v
      WHERE (v.bits >> (m.i - 3)) & 7 = 7
      GROUP BY ALL)
    SELECT strftime(make_date(${filter.year}::INTEGER, (w.i - 2)::INTEGER, 1), '%Y-%m') AS month, division, category, n AS count,
      baseline::DOUBLE AS baseline, (n / nullif(baseline, 0))::DOUBLE AS ratio
    FROM w
    WHERE n >= ${th.surge_ratio}::DOUBLE * baseline AND n >= ${th.surge_min_count}::BIGINT
    ORDER BY w.i, ratio DESC NULLS FIRST, division, category`;
}
