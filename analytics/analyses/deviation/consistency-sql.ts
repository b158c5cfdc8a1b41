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
 *
 * Both tables are read from one relation (`groupsSelect`; `runDeviation` holds it in a temporary
 * table): a row per group (`division` NULL) and a row per listed division. The groups' and the
 * divisions' figures come from one pass of cumulated fines — the divisions' rows partitioned beside
 * the groups' — since a window over a few thousand rows costs DuckDB more in setting up than in
 * sorting, and a second statement for the divisions would set up a second one.
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
  return sql`SELECT gid, first(${col} ORDER BY n DESC, first_rid) AS v
    FROM (SELECT gid, ${col}, sum(n) AS n, min(first_rid) AS first_rid FROM gf WHERE ${col} IS NOT NULL GROUP BY gid, ${col})
    GROUP BY gid`;
}

/**
 * The consistency relation as one SELECT over fine cells `source` (see `cells-sql.ts`), columns
 * `(gkey, tier, division, violation, violation_code, cases, mean, median, cv, p10, p90, city_median,
 * group_cv, flagged, rest_cases, rest_median)`:
 *
 * - a row per group (violation key × tier; `division` NULL) with at least `consistency_min_cases`
 *   cases and a mean above 0: its label, cases, mean, median, CV, p10, p90 and `flagged` (CV above
 *   `consistency_cv`);
 * - a row per listed division of such a group (see the module comment): the group's label, the
 *   division's cases, median and CV, the group's median (`city_median`) and CV (`group_cv`),
 *   `flagged`, and the cases and median of the group outside the division (`rest_*`).
 *
 * A group is keyed inside by `gid`, DuckDB's 64-bit `hash` of its violation key and tier: windows,
 * groupings and joins on one integer cost less than on two texts, one of them possibly NULL; two
 * groups would have to collide to be merged (odds of about 1e-12 at a few thousand groups).
 */
export function groupsSelect(source: Fragment, s: ConsistencySettings): Fragment {
  const isGroup = sql`division IS NULL`;
  const dmKeys = ['gid', 'division'];
  // `gc`: the groups' counted fines (division NULL) and the divisions' (placed cases only),
  // cumulated in one pass partitioned by both; `g0` keeps the groups and the divisions big enough.
  return sql`WITH gf AS MATERIALIZED (SELECT hash(f.gkey, f.tier) AS gid, f.* FROM ${source} f),
    gc AS (${cumulated(sql`(SELECT gid, NULL::VARCHAR AS division, x, sum(n) AS n FROM gf GROUP BY gid, x
      UNION ALL SELECT gid, division, x, sum(n) AS n FROM gf WHERE division IS NOT NULL GROUP BY gid, division, x)`, dmKeys)}),
    g0 AS MATERIALIZED (
      SELECT gid, division, ${W_COUNT} AS cases, ${W_MEAN} AS mean, ${wQuantile(0.5)} AS median, ${W_STDDEV} / ${W_MEAN} AS cv,
        ${wQuantile(0.1, isGroup)} AS p10, ${wQuantile(0.9, isGroup)} AS p90
      FROM gc GROUP BY gid, division
      HAVING CASE WHEN ${isGroup} THEN ${W_COUNT} >= ${s.consistency_min_cases} AND ${W_MEAN} > 0
        ELSE ${W_COUNT} >= ${DIVISION_MIN_CASES} END),
    gk AS (SELECT gid, any_value(gkey) AS gkey, any_value(tier) AS tier FROM gf GROUP BY gid),
    vn AS (${modeOf('violation_name')}),
    vc AS (${modeOf('violation_code')}),
    grp AS MATERIALIZED (
      SELECT g0.gid, gk.gkey, gk.tier, vn.v AS violation, vc.v AS violation_code, g0.cases, g0.mean, g0.median, g0.cv, g0.p10, g0.p90
      FROM g0 JOIN gk ON gk.gid = g0.gid LEFT JOIN vn ON vn.gid = g0.gid LEFT JOIN vc ON vc.gid = g0.gid
      WHERE g0.division IS NULL),
    listed AS MATERIALIZED (
      SELECT dm.gid, grp.gkey, grp.tier, dm.division, dm.cases, dm.median, dm.cv, grp.violation, grp.violation_code,
        grp.median AS city_median, grp.cv AS group_cv, grp.cv > ${s.consistency_cv} AS flagged
      FROM g0 dm JOIN grp ON grp.gid = dm.gid
      WHERE dm.division IS NOT NULL AND (grp.cv > ${s.consistency_cv}
        OR dm.median >= ${DIVISION_OFF_RATIO} * grp.median OR dm.median * ${DIVISION_OFF_RATIO} <= grp.median)),
    rc AS (${cumulated(sql`(SELECT l.gid, l.division, g.x, sum(g.n) AS n
      FROM listed l JOIN gf g ON g.gid = l.gid AND g.division IS DISTINCT FROM l.division
      GROUP BY l.gid, l.division, g.x)`, dmKeys)}),
    rest AS (
      SELECT gid, division, ${W_COUNT} AS rest_cases, ${wQuantile(0.5)} AS rest_median
      FROM rc GROUP BY gid, division)
    SELECT gkey, tier, NULL::VARCHAR AS division, violation, violation_code, cases, mean, median, cv, p10, p90,
      NULL::DOUBLE AS city_median, NULL::DOUBLE AS group_cv, cv > ${s.consistency_cv} AS flagged, NULL::BIGINT AS rest_cases,
      NULL::DOUBLE AS rest_median
    FROM grp
    UNION ALL
    SELECT l.gkey, l.tier, l.division, l.violation, l.violation_code, l.cases, NULL, l.median, l.cv, NULL, NULL,
      l.city_median, l.group_cv, l.flagged, coalesce(r.rest_cases, 0), r.rest_median
    FROM listed l LEFT JOIN rest r ON r.gid = l.gid AND r.division = l.division`;
}

/** The consistency relation computed in place from the filter's cases (one-off queries, tests). */
export function consistencyGroupsOf(filter: FilterSpec, s: ConsistencySettings): Fragment {
  return sql`(${groupsSelect(fineCellsOf(filter), s)})`;
}

/**
 * One query: every group of the consistency check, most dispersed first (`groups`: see `groupsSelect`).
 * The relation carries `flagged`, so the query binds no value (planned once on a fresh connection).
 */
export function consistencyQuery(
  filter: FilterSpec, s: ConsistencySettings, groups: Fragment = consistencyGroupsOf(filter, s),
): Fragment {
  return sql`SELECT violation, violation_code, tier, cases, mean, median, cv, p10, p90, p90 / nullif(p10, 0) AS p90_p10, flagged
    FROM ${groups} grp
    WHERE division IS NULL
    ORDER BY cv DESC, violation, tier`;
}

/** One query: the listed division medians against the city median (`groups`: see `groupsSelect`). */
export function divisionMediansQuery(
  filter: FilterSpec, s: ConsistencySettings, groups: Fragment = consistencyGroupsOf(filter, s),
): Fragment {
  return sql`SELECT violation, violation_code, tier, division, cases, median, cv, city_median,
      median / nullif(city_median, 0) AS ratio, rest_cases, rest_median, median / nullif(rest_median, 0) AS rest_ratio, flagged
    FROM ${groups} l
    WHERE division IS NOT NULL
    ORDER BY flagged DESC, group_cv DESC, abs(ln(greatest(median, 0.01) / greatest(city_median, 0.01))) DESC, division`;
}
