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
 * - The label of a group is its most frequent spelling; of two equally frequent, the one recorded
 *   first. Statistics come from the counted fines (`weighted-sql.ts`).
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { cumulated, W_COUNT, W_MEAN, W_STDDEV, wQuantile } from '../weighted-sql.ts';
import { fineCellsOf } from './cells-sql.ts';

/** Fewest cases of a group in a division for its median to be shown. */
export const DIVISION_MIN_CASES = 3;
/** A division median this many times the city median (or its inverse) is listed for any group. */
export const DIVISION_OFF_RATIO = 2;

/** Thresholds of the consistency check (workspace settings). */
export interface ConsistencySettings {
  consistency_cv: number;
  consistency_min_cases: number;
}

/** The most frequent value of `column` per group in `gf` (ties: the spelling met first), as a CTE body. */
function modeOf(column: 'violation_name' | 'violation_code'): Fragment {
  const col = column === 'violation_name' ? sql`violation_name` : sql`violation_code`;
  return sql`SELECT gkey, tier, first(${col} ORDER BY n DESC, first_rid) AS v
    FROM (SELECT gkey, tier, ${col}, sum(n) AS n, min(first_rid) AS first_rid FROM gf WHERE ${col} IS NOT NULL GROUP BY ALL)
    GROUP BY gkey, tier`;
}

/**
 * The consistency groups as one SELECT over fine cells `source` (see `cells-sql.ts`): one row per
 * violation key × tier with its label, cases, mean, median, CV, p10 and p90 (what `runDeviation`
 * holds in a temporary table: both tables below start from it).
 */
export function groupsSelect(source: Fragment, s: ConsistencySettings): Fragment {
  return sql`WITH gf AS MATERIALIZED (SELECT * FROM ${source} f),
    gc AS (${cumulated(sql`(SELECT gkey, tier, x, sum(n) AS n FROM gf GROUP BY ALL)`, ['gkey', 'tier'])}),
    g0 AS (
      SELECT gkey, tier, ${W_COUNT} AS cases, ${W_MEAN} AS mean, ${wQuantile(0.5)} AS median, ${W_STDDEV} / ${W_MEAN} AS cv,
        ${wQuantile(0.1)} AS p10, ${wQuantile(0.9)} AS p90
      FROM gc GROUP BY gkey, tier
      HAVING ${W_COUNT} >= ${s.consistency_min_cases} AND ${W_MEAN} > 0),
    vn AS (${modeOf('violation_name')}),
    vc AS (${modeOf('violation_code')})
    SELECT g0.gkey, g0.tier, vn.v AS violation, vc.v AS violation_code, g0.cases, g0.mean, g0.median, g0.cv, g0.p10, g0.p90
    FROM g0 LEFT JOIN vn ON vn.gkey = g0.gkey AND vn.tier IS NOT DISTINCT FROM g0.tier
      LEFT JOIN vc ON vc.gkey = g0.gkey AND vc.tier IS NOT DISTINCT FROM g0.tier`;
}

/** The relations the two consistency tables read: fine cells and the groups (`groupsSelect`). */
export interface ConsistencySources {
  fines: Fragment;
  groups: Fragment;
}

/** Both relations computed in place from the filter's cases (one-off queries, tests). */
export function consistencySources(filter: FilterSpec, s: ConsistencySettings): ConsistencySources {
  const fines = fineCellsOf(filter);
  return { fines, groups: sql`(${groupsSelect(fines, s)})` };
}

/** One query: every group of the consistency check, most dispersed first. */
export function consistencyQuery(
  filter: FilterSpec, s: ConsistencySettings, src: ConsistencySources = consistencySources(filter, s),
): Fragment {
  return sql`SELECT violation, violation_code, tier, cases, mean, median, cv, p10, p90, p90 / nullif(p10, 0) AS p90_p10,
      cv > ${s.consistency_cv} AS flagged
    FROM ${src.groups} grp
    ORDER BY cv DESC, violation, tier`;
}

/** One query: division medians against the city median (see the module comment for which rows). */
export function divisionMediansQuery(
  filter: FilterSpec, s: ConsistencySettings, src: ConsistencySources = consistencySources(filter, s),
): Fragment {
  const dmKeys = ['gkey', 'tier', 'division'];
  return sql`WITH gf AS MATERIALIZED (SELECT * FROM ${src.fines} f),
    grp AS (SELECT * FROM ${src.groups} g),
    dc AS (${cumulated(sql`(SELECT g.gkey, g.tier, g.division, g.x, sum(g.n) AS n
      FROM gf g SEMI JOIN grp ON grp.gkey = g.gkey AND grp.tier IS NOT DISTINCT FROM g.tier
      WHERE g.division IS NOT NULL GROUP BY ALL)`, dmKeys)}),
    dm AS (
      SELECT gkey, tier, division, ${W_COUNT} AS cases, ${wQuantile(0.5)} AS median, ${W_STDDEV} / ${W_MEAN} AS cv
      FROM dc GROUP BY gkey, tier, division
      HAVING ${W_COUNT} >= ${DIVISION_MIN_CASES}),
    listed AS (
      SELECT dm.*, grp.violation, grp.violation_code, grp.median AS city_median, grp.cv AS group_cv,
        grp.cv > ${s.consistency_cv} AS flagged
      FROM dm JOIN grp ON grp.gkey = dm.gkey AND grp.tier IS NOT DISTINCT FROM dm.tier
      WHERE grp.cv > ${s.consistency_cv}
        OR dm.median >= ${DIVISION_OFF_RATIO} * grp.median OR dm.median * ${DIVISION_OFF_RATIO} <= grp.median),
    rc AS (${cumulated(sql`(SELECT l.gkey, l.tier, l.division, g.x, sum(g.n) AS n
      FROM listed l JOIN gf g ON g.gkey = l.gkey AND g.tier IS NOT DISTINCT FROM l.tier AND g.division IS DISTINCT FROM l.division
      GROUP BY ALL)`, dmKeys)}),
    rest AS (
      SELECT gkey, tier, division, ${W_COUNT} AS rest_cases, ${wQuantile(0.5)} AS rest_median
      FROM rc GROUP BY gkey, tier, division)
    SELECT l.violation, l.violation_code, l.tier, l.division, l.cases, l.median, l.cv, l.city_median,
      l.median / nullif(l.city_median, 0) AS ratio, coalesce(r.rest_cases, 0) AS rest_cases, r.rest_median,
      l.median / nullif(r.rest_median, 0) AS rest_ratio, l.flagged
    FROM listed l LEFT JOIN rest r ON r.gkey = l.gkey AND r.tier IS NOT DISTINCT FROM l.tier AND r.division = l.division
    ORDER BY l.flagged DESC, l.group_cv DESC, abs(ln(greatest(l.median, 0.01) / greatest(l.city_median, 0.01))) DESC, l.division`;
}
