/**
 * Consistency of fines (同案不同罚, DOMAIN §8): for each violation × tier with at least
 * `consistency_min_cases` cases, the coefficient of variation (stddev_samp / mean) and p90 / p10
 * (quantile_cont: linear interpolation), flagged when CV > `consistency_cv`; and each division's
 * median against the group's city median.
 *
 * Choices:
 * - The violation is identified as in rule matching: normalized code when the case has one, else
 *   normalized name; its label is the name most often written in the group.
 * - The tier is the case's normalized tier; cases recorded without a tier form their own group
 *   (tier NULL): they are not known to be "the same case" as any tiered group.
 * - The fines are those recorded (`fine_yuan` not NULL), 0 included: a warning where others were
 *   fined is exactly a different penalty for the same case. Groups whose mean is 0 have no CV and
 *   are left out.
 * - A division's median needs at least `DIVISION_MIN_CASES` cases of the group there. Listed are
 *   all such divisions of flagged groups, and of the other groups those whose median is at least
 *   `DIVISION_OFF_RATIO` times or at most 1 / `DIVISION_OFF_RATIO` of the city median — the full
 *   cross table would mostly repeat "about the city median".
 * - Each listed division also gets its own CV, and the median of the group's cases *outside* it
 *   (`rest_median`, `rest_ratio` = median / rest_median): when one division holds most of a group,
 *   the city median is mostly its own and the ratio says little, while the rest of the city is the
 *   comparison an analyst means by "this county fines differently".
 * - The case's own division (`penalty_case.division`) places it; unplaced cases count in the city
 *   and rest-of-city figures only.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { assessedSource } from './assess-sql.ts';

/** Fewest cases of a group in a division for its median to be shown. */
export const DIVISION_MIN_CASES = 3;
/** A division median this many times the city median (or its inverse) is listed for any group. */
export const DIVISION_OFF_RATIO = 2;

/** Thresholds of the consistency check (workspace settings). */
export interface ConsistencySettings {
  consistency_cv: number;
  consistency_min_cases: number;
}

/** CTEs `gf` (one row per fined case of `source` with its group key) and `grp` (group figures). */
function groupCtes(source: Fragment, s: ConsistencySettings): Fragment {
  return sql`gf AS (
      SELECT coalesce(ac.k_code, ac.k_name) AS gkey, ac.tier, ac.violation_code, ac.violation_name, ac.division,
        ac.fine_yuan::DOUBLE AS fine
      FROM ${source} ac
      WHERE ac.fine_yuan IS NOT NULL AND coalesce(ac.k_code, ac.k_name) IS NOT NULL),
    grp AS (
      SELECT gkey, tier, mode(violation_name) AS violation, mode(violation_code) AS violation_code, count(*) AS cases,
        avg(fine) AS mean, median(fine) AS median, stddev_samp(fine) / avg(fine) AS cv,
        quantile_cont(fine, 0.1) AS p10, quantile_cont(fine, 0.9) AS p90
      FROM gf GROUP BY gkey, tier
      HAVING count(*) >= ${s.consistency_min_cases} AND avg(fine) > 0)`;
}

/** One query: every group of the consistency check, most dispersed first. */
export function consistencyQuery(filter: FilterSpec, s: ConsistencySettings, source: Fragment = assessedSource(filter)): Fragment {
  return sql`WITH ${groupCtes(source, s)}
    SELECT violation, violation_code, tier, cases, mean, median, cv, p10, p90, p90 / nullif(p10, 0) AS p90_p10,
      cv > ${s.consistency_cv} AS flagged
    FROM grp
    ORDER BY cv DESC, violation, tier`;
}

/** One query: division medians against the city median (see the module comment for which rows). */
export function divisionMediansQuery(filter: FilterSpec, s: ConsistencySettings, source: Fragment = assessedSource(filter)): Fragment {
  return sql`WITH ${groupCtes(source, s)},
    dm AS (
      SELECT g.gkey, g.tier, g.division, count(*) AS cases, median(g.fine) AS median, stddev_samp(g.fine) / avg(g.fine) AS cv
      FROM gf g JOIN grp ON grp.gkey = g.gkey AND grp.tier IS NOT DISTINCT FROM g.tier
      WHERE g.division IS NOT NULL
      GROUP BY g.gkey, g.tier, g.division
      HAVING count(*) >= ${DIVISION_MIN_CASES}),
    listed AS (
      SELECT dm.*, grp.violation, grp.violation_code, grp.median AS city_median, grp.cv AS group_cv,
        grp.cv > ${s.consistency_cv} AS flagged
      FROM dm JOIN grp ON grp.gkey = dm.gkey AND grp.tier IS NOT DISTINCT FROM dm.tier
      WHERE grp.cv > ${s.consistency_cv}
        OR dm.median >= ${DIVISION_OFF_RATIO} * grp.median OR dm.median * ${DIVISION_OFF_RATIO} <= grp.median),
    rest AS (
      SELECT l.gkey, l.tier, l.division, count(*) AS rest_cases, median(g.fine) AS rest_median
      FROM listed l JOIN gf g ON g.gkey = l.gkey AND g.tier IS NOT DISTINCT FROM l.tier AND g.division IS DISTINCT FROM l.division
      GROUP BY l.gkey, l.tier, l.division)
    SELECT l.violation, l.violation_code, l.tier, l.division, l.cases, l.median, l.cv, l.city_median,
      l.median / nullif(l.city_median, 0) AS ratio, coalesce(r.rest_cases, 0) AS rest_cases, r.rest_median,
      l.median / nullif(r.rest_median, 0) AS rest_ratio, l.flagged
    FROM listed l LEFT JOIN rest r ON r.gkey = l.gkey AND r.tier IS NOT DISTINCT FROM l.tier AND r.division = l.division
    ORDER BY l.flagged DESC, l.group_cv DESC, abs(ln(greatest(l.median, 0.01) / greatest(l.city_median, 0.01))) DESC, l.division`;
}
