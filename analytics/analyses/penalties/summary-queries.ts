/**
 * Penalty summary, histogram and month tables (DOMAIN §8). Each function returns one complete query
 * for one filter; the names under which they run are in `queries.ts`.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { binIndexExpr, binsRelation } from './bins.ts';
import { money } from './figures.ts';
import { scopedCases } from './scope.ts';

/**
 * One row: counts, totals and the fine distribution over fined cases. The four quantiles come from
 * one `quantile_cont` call over a list of levels (one sort instead of four).
 */
export function summaryQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)}),
    s AS (
      SELECT count(*) AS cases,
        ${money(sql`p.fine_yuan`)} AS fine_total_yuan,
        ${money(sql`p.confiscation_yuan`)} AS confiscation_total_yuan,
        count(*) FILTER (WHERE p.fine_yuan > 0) AS fined_cases,
        count(*) FILTER (WHERE p.fine_yuan IS NULL) AS fine_missing,
        avg(p.fine_yuan::DOUBLE) FILTER (WHERE p.fine_yuan > 0) AS fine_mean_yuan,
        quantile_cont(p.fine_yuan::DOUBLE, [0.5, 0.25, 0.75, 0.9]) FILTER (WHERE p.fine_yuan > 0) AS q,
        (max(p.fine_yuan) FILTER (WHERE p.fine_yuan > 0))::DOUBLE AS fine_max_yuan,
        count(*) FILTER (WHERE p.procedure = ${'简易'}) AS simple_procedure_cases
      FROM p)
    SELECT s.* EXCLUDE (q, fine_max_yuan, simple_procedure_cases),
      s.q[1] AS fine_median_yuan, s.q[2] AS fine_p25_yuan, s.q[3] AS fine_p75_yuan, s.q[4] AS fine_p90_yuan,
      s.fine_max_yuan, s.simple_procedure_cases
    FROM s`;
}

/** Prior-year totals under the same filter (the base of the year-over-year change). */
export function priorSummaryQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter, filter.year - 1)})
    SELECT count(*) AS cases,
      ${money(sql`p.fine_yuan`)} AS fine_total_yuan,
      ${money(sql`p.confiscation_yuan`)} AS confiscation_total_yuan
    FROM p`;
}

/** Every fixed bin with its case count and fine total, in bin order (see `bins.ts`). */
export function histogramQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)}),
    counted AS (
      SELECT ${binIndexExpr()} AS ord, count(*) AS cases, ${money(sql`p.fine_yuan`)} AS fine_total_yuan
      FROM p GROUP BY ord)
    SELECT b.ord, b.bin, coalesce(c.cases, 0) AS cases, coalesce(c.fine_total_yuan, 0)::DOUBLE AS fine_total_yuan,
      coalesce(c.cases, 0) / nullif(sum(coalesce(c.cases, 0)) OVER (), 0) AS share
    FROM ${binsRelation()} LEFT JOIN counted c ON c.ord = b.ord
    ORDER BY b.ord`;
}

/** The twelve months of the year (`YYYY-MM`), each present even without cases. */
export function monthQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)}),
    counted AS (
      SELECT month(p.decided_on) AS month_no, count(*) AS cases, ${money(sql`p.fine_yuan`)} AS fine_total_yuan
      FROM p GROUP BY month_no)
    SELECT strftime(make_date(${filter.year}::INTEGER, g.month_no, 1), '%Y-%m') AS month, g.month_no,
      coalesce(c.cases, 0) AS cases, coalesce(c.fine_total_yuan, 0)::DOUBLE AS fine_total_yuan
    FROM (SELECT unnest(range(1, 13))::INTEGER AS month_no) g LEFT JOIN counted c ON c.month_no = g.month_no
    ORDER BY g.month_no`;
}
