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
 * Unplaced tickets form the NULL row. Rows with tickets in either year appear. The division table is
 * read once (`dv`; over Parquet files every read of a view opens the file again) for both the
 * rows and their zones' populations.
 */
export function byDivisionQuery(filter: FilterSpec, scope: HotspotScope, src: HotlineSources = hotlineSources(filter, scope)): Fragment {
  return sql`WITH g AS (
      SELECT c.division, coalesce(sum(c.n) FILTER (WHERE c.cur), 0)::BIGINT AS tickets,
        coalesce(sum(c.n) FILTER (WHERE NOT c.cur), 0)::BIGINT AS tickets_prior
      FROM ${src.counts} c GROUP BY c.division),
    dv AS MATERIALIZED (SELECT name, parent, kind, population FROM division),
    pop AS (
      SELECT d.name, d.parent, d.kind, d.population AS population_recorded, d.population - coalesce(z.population, 0) AS own
      FROM dv d LEFT JOIN (SELECT parent, sum(population) AS population FROM dv GROUP BY parent) z ON z.parent = d.name)
    SELECT g.division, pop.parent, pop.kind, g.tickets, g.tickets_prior,
      (g.tickets - g.tickets_prior) / nullif(g.tickets_prior, 0) AS tickets_change,
      g.tickets / nullif(sum(g.tickets) OVER (), 0) AS share,
      (CASE WHEN pop.own > 0 THEN pop.own END)::BIGINT AS population,
      pop.population_recorded,
      g.tickets * 10000.0 / (CASE WHEN pop.own > 0 THEN pop.own END) AS per_10k,
      g.tickets_prior * 10000.0 / (CASE WHEN pop.own > 0 THEN pop.own END) AS per_10k_prior
    FROM g LEFT JOIN pop ON pop.name = g.division
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
