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

/** The surges of the filter year, by month, then by ratio (baseline 0 first). */
export function surgesQuery(
  filter: FilterSpec, scope: HotspotScope, th: HotspotThresholds, src: HotlineSources = hotlineSources(filter, scope),
): Fragment {
  const start = sql`make_date(${filter.year - 1}::INTEGER, 10, 1)`;
  const end = sql`make_date(${filter.year + 1}::INTEGER, 1, 1)`;
  return sql`WITH counts AS (
      SELECT c.division, c.category, make_date(c.yr, c.month_no, 1) AS month, sum(c.n)::BIGINT AS n
      FROM ${src.counts} c
      WHERE make_date(c.yr, c.month_no, 1) >= ${start} AND c.division IS NOT NULL AND c.category IS NOT NULL
      GROUP BY ALL),
    covered AS (
      SELECT make_date(y, m, 1) AS month
      FROM (SELECT DISTINCT year(h.received_at) AS y, month(h.received_at) AS m
        FROM hotline_ticket h WHERE h.received_at >= ${start} AND h.received_at < ${end})),
    months AS (
      SELECT (${start} + to_months(i))::DATE AS month FROM range(0, 15) r(i)),
    grid AS (
      SELECT c.division, c.category, m.month, coalesce(k.n, 0) AS n, (v.month IS NOT NULL) AS covered
      FROM (SELECT DISTINCT division, category FROM counts) c
        CROSS JOIN months m
        LEFT JOIN counts k ON k.division = c.division AND k.category = c.category AND k.month = m.month
        LEFT JOIN covered v ON v.month = m.month),
    w AS (
      SELECT *, avg(n) OVER win AS baseline, sum(covered::INTEGER) OVER win AS covered_before, count(*) OVER win AS months_before
      FROM grid
      WINDOW win AS (PARTITION BY division, category ORDER BY month ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING))
    SELECT strftime(month, '%Y-%m') AS month, division, category, n AS count, baseline::DOUBLE AS baseline,
      (n / nullif(baseline, 0))::DOUBLE AS ratio
    FROM w
    WHERE year(month) = ${filter.year} AND months_before = 3 AND covered_before = 3
      AND n >= ${th.surge_ratio}::DOUBLE * baseline AND n >= ${th.surge_min_count}::BIGINT
    ORDER BY w.month, ratio DESC NULLS FIRST, division, category`;
}
