/**
 * Year-over-year tables: the filter year against the year before under the same filter. Changes are
 * relative ((current − prior) / prior), null when the prior value is 0 (no base to compare with).
 */
import type { FilterSpec } from '../filter.ts';
import { ident, raw, sql, type Fragment } from '../../sql/fragment.ts';
import { money } from './figures.ts';
import { scopedCasesTwoYears } from './scope.ts';

/** The grouping columns a year-over-year table may use (constant SQL from this file). */
const KEYS = { agency: 'p.agency', division: 'p.division' } as const;

/** Per agency or per division: cases and fine totals of both years, rows present in either year. */
export function yoyQuery(filter: FilterSpec, by: keyof typeof KEYS): Fragment {
  const key = raw(KEYS[by]);
  const name = ident(by, Object.keys(KEYS));
  const cur = sql`year(p.decided_on) = ${filter.year}`;
  const prior = sql`year(p.decided_on) = ${filter.year - 1}`;
  return sql`WITH p AS (${scopedCasesTwoYears(filter)}),
    g AS (
      SELECT ${key} AS ${name},
        count(*) FILTER (WHERE ${cur}) AS cases,
        count(*) FILTER (WHERE ${prior}) AS cases_prior,
        ${money(sql`p.fine_yuan`, cur)} AS fine_total_yuan,
        ${money(sql`p.fine_yuan`, prior)} AS fine_total_prior_yuan
      FROM p GROUP BY ${key})
    SELECT g.*,
      (g.cases - g.cases_prior) / nullif(g.cases_prior, 0) AS cases_change,
      (g.fine_total_yuan - g.fine_total_prior_yuan) / nullif(g.fine_total_prior_yuan, 0) AS fine_total_change
    FROM g
    ORDER BY g.cases DESC, g.cases_prior DESC, g.${name} NULLS LAST`;
}
