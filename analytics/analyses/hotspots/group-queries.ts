/**
 * Hotline groupings by division, street, category and handling unit, largest first. Division and
 * category tables carry the prior year's count under the same filter and scope.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { HotspotScope } from './scope.ts';
import { HANDLING_NAMES, handlingSet, hotlineSources, type HotlineSources } from './sources.ts';

/**
 * Per division, both years. Zones are their own rows and are never added to their parent; the
 * per-10 000 rate uses each row's own population (see `DivisionRow.population`): a county's
 * recorded population less its zones' recorded populations, null when unknown or not positive.
 * Unplaced tickets form the NULL row. Rows with tickets in either year appear.
 *
 * One aggregate per division name does it all, over the counts and two rows per division-table
 * row: its own (parent, kind, recorded population) and one that subtracts its population from its
 * parent's. That replaces a count aggregate, a zone-population aggregate and the two joins that
 * put them together (about half a millisecond of ~4), and reads the division table once (over
 * Parquet files every read of a view opens the file again). `counted` keeps only names with counts.
 */
export function byDivisionQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`WITH g AS (
      SELECT k.division, sum(k.cur)::BIGINT AS tickets, sum(k.prior)::BIGINT AS tickets_prior, count(k.cur) AS counted,
        any_value(k.parent) AS parent, any_value(k.kind) AS kind, any_value(k.recorded) AS population_recorded,
        any_value(k.recorded) - coalesce(sum(k.zone), 0) AS own
      FROM (
        SELECT c.division, CASE WHEN c.cur THEN c.n ELSE 0 END AS cur, CASE WHEN c.cur THEN 0 ELSE c.n END AS prior,
          NULL AS parent, NULL AS kind, NULL::BIGINT AS recorded, NULL::BIGINT AS zone
        FROM ${src.counts} c
        UNION ALL
        SELECT * FROM (
          SELECT unnest([d.name, d.parent]) AS division, NULL, NULL, unnest([d.parent, NULL]), unnest([d.kind, NULL]),
            unnest([d.population, NULL]), unnest([NULL, d.population])
          FROM division d)
        WHERE division IS NOT NULL) k
      GROUP BY k.division)
    SELECT g.division, g.parent, g.kind, g.tickets, g.tickets_prior,
      (g.tickets - g.tickets_prior) / nullif(g.tickets_prior, 0) AS tickets_change,
      g.tickets / nullif(sum(g.tickets) OVER (), 0) AS share,
      (CASE WHEN g.own > 0 THEN g.own END)::BIGINT AS population,
      g.population_recorded,
      g.tickets * 10000.0 / (CASE WHEN g.own > 0 THEN g.own END) AS per_10k,
      g.tickets_prior * 10000.0 / (CASE WHEN g.own > 0 THEN g.own END) AS per_10k_prior
    FROM g WHERE g.counted > 0
    ORDER BY g.division IS NULL, g.tickets DESC, g.tickets_prior DESC, g.division`;
}

/** Per street within its division (a blank street is its own NULL row). */
export function byStreetQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT c.division, c.street, sum(c.n)::BIGINT AS tickets
    FROM ${src.counts} c WHERE c.cur
    GROUP BY c.division, c.street
    ORDER BY tickets DESC, c.division NULLS LAST, c.street NULLS LAST`;
}

/** Per category: handling figures of the year, share, and the prior year's count. */
export function byCategoryQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`WITH cur AS (SELECT category, ${HANDLING_NAMES} FROM ${handlingSet(src, 'category')} h),
    prior AS (SELECT c.category, sum(c.n)::BIGINT AS tickets_prior FROM ${src.counts} c WHERE NOT c.cur GROUP BY c.category)
    SELECT cur.*, cur.tickets / nullif(sum(cur.tickets) OVER (), 0) AS share,
      coalesce(prior.tickets_prior, 0) AS tickets_prior,
      (cur.tickets - prior.tickets_prior) / nullif(prior.tickets_prior, 0) AS tickets_change
    FROM cur LEFT JOIN prior ON prior.category IS NOT DISTINCT FROM cur.category
    ORDER BY cur.tickets DESC, cur.category NULLS LAST`;
}

/** Per handling unit (承办单位), handling figures. */
export function byHandlingUnitQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`SELECT handling_unit, ${HANDLING_NAMES} FROM ${handlingSet(src, 'handling_unit')} h
    ORDER BY tickets DESC, handling_unit NULLS LAST`;
}
