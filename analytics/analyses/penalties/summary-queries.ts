/**
 * Penalty summary, histogram and month tables (DOMAIN §8). Each function returns one complete query
 * for one filter; the names under which they run are in `queries.ts`. Summary and histogram read the
 * counted cells, the month table the cases counted per category list and month (`sources.ts`).
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { binIndexExpr, binsRelation } from './bins.ts';
import { figuresOf, money } from './figures.ts';
import { cellsOf, penaltySources, type PenaltySources } from './sources.ts';

/**
 * One row: counts, totals and the fine distribution over fined cases (zeros and nulls without
 * cases) — the whole filter's `figures` row, read through an aggregate so that a filter without
 * cases still gets its row.
 */
export function summaryQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT coalesce(any_value(f.cases), 0) AS cases, coalesce(any_value(f.fine_total_yuan), 0)::DOUBLE AS fine_total_yuan,
      coalesce(any_value(f.confiscation_total_yuan), 0)::DOUBLE AS confiscation_total_yuan,
      coalesce(any_value(f.fined_cases), 0) AS fined_cases, coalesce(any_value(f.fine_missing), 0) AS fine_missing,
      any_value(f.fine_mean_yuan) AS fine_mean_yuan, any_value(f.fine_median_yuan) AS fine_median_yuan,
      any_value(f.fine_p25_yuan) AS fine_p25_yuan, any_value(f.fine_p75_yuan) AS fine_p75_yuan,
      any_value(f.fine_p90_yuan) AS fine_p90_yuan, any_value(f.fine_max_yuan) AS fine_max_yuan,
      coalesce(any_value(f.simple_cases), 0)::BIGINT AS simple_procedure_cases
    FROM ${figuresOf(src.figures, 'all')}`;
}

/** Prior-year totals under the same filter (the base of the year-over-year change). */
export function priorSummaryQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT coalesce(sum(c.n), 0)::BIGINT AS cases,
      ${money(sql`c.fine`)} AS fine_total_yuan,
      ${money(sql`c.conf`)} AS confiscation_total_yuan
    FROM ${cellsOf(src.cells, 'prior')} c`;
}

/** Every fixed bin with its case count and fine total, in bin order (see `bins.ts`). */
export function histogramQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`WITH counted AS (
      SELECT ${binIndexExpr(sql`c.x`)} AS ord, sum(c.n)::BIGINT AS cases, ${money(sql`c.fine`)} AS fine_total_yuan
      FROM ${cellsOf(src.cells, 'current')} c GROUP BY ord)
    SELECT b.ord, b.bin, coalesce(c.cases, 0) AS cases, coalesce(c.fine_total_yuan, 0)::DOUBLE AS fine_total_yuan,
      coalesce(c.cases, 0) / nullif(sum(coalesce(c.cases, 0)) OVER (), 0) AS share
    FROM ${binsRelation()} LEFT JOIN counted c ON c.ord = b.ord
    ORDER BY b.ord`;
}

/** The twelve months of the year (`YYYY-MM`), each present even without cases. */
export function monthQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`WITH counted AS (
      SELECT c.month_no, sum(c.n)::BIGINT AS cases, ${money(sql`c.fine`)} AS fine_total_yuan
      FROM ${src.combos} c GROUP BY c.month_no)
    SELECT strftime(make_date(${filter.year}::INTEGER, g.month_no, 1), '%Y-%m') AS month, g.month_no,
      coalesce(c.cases, 0) AS cases, coalesce(c.fine_total_yuan, 0)::DOUBLE AS fine_total_yuan
    FROM (SELECT unnest(range(1, 13))::INTEGER AS month_no) g LEFT JOIN counted c ON c.month_no = g.month_no
    ORDER BY g.month_no`;
}
