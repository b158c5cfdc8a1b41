/**
 * Penalty category tables (DOMAIN §1, §8): the mix (a case once in each of its categories) and the
 * annual-statistics view (a case once, under its heaviest category). The heaviest-first order is
 * data — `penalty_category.severity_rank` (1 = heaviest) — never hard-coded here.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { money } from './figures.ts';
import { scopedCases } from './scope.ts';

/**
 * Category mix. Duplicate categories within a case count once; a case with no category counts
 * once under a NULL category so no decision disappears from the table. Ordered by cases, then by
 * severity.
 */
export function byCategoryQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)}),
    total AS (SELECT count(*) AS n FROM p),
    c AS (
      SELECT unnest(CASE WHEN len(list_distinct(coalesce(p.categories, []::VARCHAR[]))) = 0
        THEN [NULL]::VARCHAR[] ELSE list_distinct(p.categories) END) AS category
      FROM p)
    SELECT c.category, any_value(k.code) AS code, count(*) AS cases, count(*) / any_value(total.n) AS share
    FROM c LEFT JOIN penalty_category k ON k.name = c.category CROSS JOIN total
    GROUP BY c.category
    ORDER BY cases DESC, min(k.severity_rank) NULLS LAST, c.category NULLS LAST`;
}

/**
 * Heaviest-category view. Categories missing from the dictionary are ignored when choosing the
 * heaviest; a case none of whose categories is in the dictionary counts under NULL. Ordered by
 * severity (the annual-statistics table order).
 */
export function byHeaviestCategoryQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)}),
    h AS (
      SELECT p.fine_yuan,
        (SELECT arg_min(k.name, k.severity_rank) FROM penalty_category k WHERE list_contains(p.categories, k.name)) AS category
      FROM p)
    SELECT h.category, any_value(k.code) AS code, any_value(k.severity_rank) AS severity_rank,
      any_value(k.annual_indicator) AS annual_indicator, count(*) AS cases,
      ${money(sql`h.fine_yuan`)} AS fine_total_yuan,
      count(*) / sum(count(*)) OVER () AS share
    FROM h LEFT JOIN penalty_category k ON k.name = h.category
    GROUP BY h.category
    ORDER BY severity_rank NULLS LAST`;
}
