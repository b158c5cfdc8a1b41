/**
 * Year-over-year tables: the filter year against the year before under the same filter, from the
 * counted cells of both years (`sources.ts`). Changes are relative ((current − prior) / prior), null
 * when the prior value is 0 (no base to compare with).
 */
import type { FilterSpec } from '../filter.ts';
import { ident, raw, sql, type Fragment } from '../../sql/fragment.ts';
import { money } from './figures.ts';
import { penaltySources, type PenaltySources } from './sources.ts';

/** The grouping columns a year-over-year table may use (constant SQL from this file). */
const KEYS = { agency: 'c.agency', division: 'c.division' } as const;

/** Per agency or per division: cases and fine totals of both years, rows present in either year. */
export function yoyQuery(filter: FilterSpec, by: keyof typeof KEYS, src: PenaltySources = penaltySources(filter)): Fragment {
  const key = raw(KEYS[by]);
  const name = ident(by, Object.keys(KEYS));
  const cur = sql`c.cur`;
  const prior = sql`NOT c.cur`;
  return sql`WITH g AS (
      SELECT ${key} AS ${name},
        coalesce(sum(CASE WHEN ${cur} THEN c.n END), 0)::BIGINT AS cases,
        coalesce(sum(CASE WHEN ${prior} THEN c.n END), 0)::BIGINT AS cases_prior,
        ${money(sql`c.fine`, cur)} AS fine_total_yuan,
        ${money(sql`c.fine`, prior)} AS fine_total_prior_yuan
      FROM ${src.cells} c GROUP BY ${key})
    SELECT g.*,
      (g.cases - g.cases_prior) / nullif(g.cases_prior, 0) AS cases_change,
      (g.fine_total_yuan - g.fine_total_prior_yuan) / nullif(g.fine_total_prior_yuan, 0) AS fine_total_change
    FROM g
    ORDER BY g.cases DESC, g.cases_prior DESC, g.${name} NULLS LAST`;
}
