/**
 * Hotline groupings by division, street, category and handling unit, largest first. Division and
 * category tables carry the prior year's count under the same filter and scope.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { handlingColumns, scopedTickets, scopedTicketsTwoYears, type HotspotScope } from './scope.ts';

/**
 * Per division, both years. Zones are their own rows and are never added to their parent; the
 * per-10 000 rate uses each row's own population (see `DivisionRow.population`): a county's
 * recorded population less its zones' recorded populations, null when unknown or not positive.
 * Unplaced tickets form the NULL row. Rows with tickets in either year appear.
 */
export function byDivisionQuery(filter: FilterSpec, scope: HotspotScope): Fragment {
  const cur = sql`year(t.received_at) = ${filter.year}`;
  const prior = sql`year(t.received_at) = ${filter.year - 1}`;
  return sql`WITH t AS (${scopedTicketsTwoYears(filter, scope)}),
    g AS (
      SELECT t.division, count(*) FILTER (WHERE ${cur}) AS tickets, count(*) FILTER (WHERE ${prior}) AS tickets_prior
      FROM t GROUP BY t.division),
    pop AS (
      SELECT d.name, d.parent, d.kind, d.population AS population_recorded,
        d.population - coalesce((SELECT sum(z.population) FROM division z WHERE z.parent = d.name), 0) AS own
      FROM division d)
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
export function byStreetQuery(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`WITH t AS (${scopedTickets(filter, scope)})
    SELECT t.division, t.street, count(*) AS tickets
    FROM t GROUP BY t.division, t.street
    ORDER BY tickets DESC, t.division NULLS LAST, t.street NULLS LAST`;
}

/** Per category: handling figures of the year, share, and the prior year's count. */
export function byCategoryQuery(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`WITH t AS (${scopedTicketsTwoYears(filter, scope)}),
    cur AS (SELECT t.category, ${handlingColumns()} FROM t WHERE year(t.received_at) = ${filter.year} GROUP BY t.category),
    prior AS (SELECT t.category, count(*) AS tickets_prior FROM t WHERE year(t.received_at) = ${filter.year - 1} GROUP BY t.category)
    SELECT cur.*, cur.tickets / nullif(sum(cur.tickets) OVER (), 0) AS share,
      coalesce(prior.tickets_prior, 0) AS tickets_prior,
      (cur.tickets - prior.tickets_prior) / nullif(prior.tickets_prior, 0) AS tickets_change
    FROM cur LEFT JOIN prior ON prior.category IS NOT DISTINCT FROM cur.category
    ORDER BY cur.tickets DESC, cur.category NULLS LAST`;
}

/** Per handling unit (承办单位), handling figures. */
export function byHandlingUnitQuery(filter: FilterSpec, scope: HotspotScope): Fragment {
  return sql`WITH t AS (${scopedTickets(filter, scope)})
    SELECT t.handling_unit, ${handlingColumns()}
    FROM t GROUP BY t.handling_unit
    ORDER BY tickets DESC, t.handling_unit NULLS LAST`;
}
