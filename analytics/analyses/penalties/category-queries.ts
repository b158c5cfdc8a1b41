/**
 * Penalty category tables (DOMAIN §1, §8): the mix (a case once in each of its categories) and the
 * annual-statistics view (a case once, under its heaviest category). The heaviest-first order is
 * data — `penalty_category.severity_rank` (1 = heaviest) — never hard-coded here.
 *
 * Both read the cases grouped by their category list and month (`combos`, see `sources.ts`): a year
 * has a few dozen distinct combinations, so the per-category work runs on a few hundred rows rather
 * than on every case.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { penaltySources, type PenaltySources } from './sources.ts';

/**
 * Cases grouped by their category list and month, with counts and fine totals (as the `WITH` entry
 * `combos`). The months are not summed first: grouping by the list cost more than handling a few
 * hundred rows instead of a few dozen below.
 */
function combos(src: PenaltySources): Fragment {
  return sql`combos AS (SELECT cats, n, fine FROM ${src.combos} c)`;
}

/**
 * Category mix. Duplicate categories within a case count once; a case with no category counts
 * once under a NULL category so no decision disappears from the table. `share` is of all cases,
 * so shares add up to more than 1 when decisions combine categories. Ordered by cases, then by
 * severity.
 */
export function byCategoryQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`WITH ${combos(src)},
    c AS (
      SELECT unnest(CASE WHEN len(list_distinct(cats)) > 0 THEN list_distinct(cats) ELSE [NULL]::VARCHAR[] END) AS category, n
      FROM combos),
    g AS (SELECT category, sum(n)::BIGINT AS cases FROM c GROUP BY category)
    SELECT g.category, k.code, g.cases, g.cases / (SELECT sum(n) FROM combos) AS share
    FROM g LEFT JOIN penalty_category k ON k.name = g.category
    ORDER BY g.cases DESC, k.severity_rank NULLS LAST, g.category NULLS LAST`;
}

/**
 * Heaviest-category view. Categories missing from the dictionary are ignored when choosing the
 * heaviest; a case none of whose categories is in the dictionary counts under NULL. Ranks are
 * unique in the seeded dictionary; were two categories given the same rank, a case holding both
 * would still count once, under one of them. Ordered by severity (the annual-statistics order).
 */
export function byHeaviestCategoryQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  // Each row (numbered, `id`) joined to the dictionary entries its list holds: a plain join, where a
  // correlated subquery per row cost about 1.5 times as much. The heaviest entry is kept whole
  // (`hk`), so the dictionary is read once.
  return sql`WITH ${combos(src)},
    h AS (
      SELECT any_value(c.n) AS n, any_value(c.fine) AS fine,
        arg_min({'name': k.name, 'code': k.code, 'severity_rank': k.severity_rank, 'annual_indicator': k.annual_indicator}, k.severity_rank) AS hk
      FROM (SELECT row_number() OVER () AS id, * FROM combos) c LEFT JOIN penalty_category k ON list_contains(c.cats, k.name)
      GROUP BY c.id),
    g AS (SELECT hk.name AS category, any_value(hk) AS hk, sum(n)::BIGINT AS cases, sum(fine)::DOUBLE AS fine_total_yuan FROM h GROUP BY hk.name)
    SELECT g.category, g.hk.code, g.hk.severity_rank, g.hk.annual_indicator, g.cases, g.fine_total_yuan,
      g.cases / sum(g.cases) OVER () AS share
    FROM g
    ORDER BY g.hk.severity_rank NULLS LAST`;
}
