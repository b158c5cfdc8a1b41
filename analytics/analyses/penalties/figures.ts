/**
 * Aggregate expressions shared by the penalty tables, over `penalty_case` aliased `p`. Money is
 * summed exactly as DECIMAL and only then cast to DOUBLE for JSON and Arrow; means and quantiles are
 * over the cases with a fine > 0 (DOMAIN §8), computed on DOUBLE so `quantile_cont` interpolates
 * linearly without rounding to cents.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';

/** `sum(col)` as DOUBLE, 0 for no rows (a total of nothing is 0 元, not unknown). */
export function money(column: Fragment, filter?: Fragment): Fragment {
  const agg = filter ? sql`sum(${column}) FILTER (WHERE ${filter})` : sql`sum(${column})`;
  return sql`coalesce(${agg}, 0)::DOUBLE`;
}

/** `quantile_cont` of the fines > 0 at `q` (a constant from the code). */
export function fineQuantile(q: 0.25 | 0.5 | 0.75 | 0.9): Fragment {
  return sql`quantile_cont(p.fine_yuan::DOUBLE, ${q}::DOUBLE) FILTER (WHERE p.fine_yuan > 0)`;
}

/**
 * The columns of {@link GroupFigures}: cases, fine and confiscation totals, fined cases, and the
 * median and mean fine over fined cases.
 */
export function groupFigures(): Fragment {
  return sql`count(*) AS cases,
    ${money(sql`p.fine_yuan`)} AS fine_total_yuan,
    ${money(sql`p.confiscation_yuan`)} AS confiscation_total_yuan,
    count(*) FILTER (WHERE p.fine_yuan > 0) AS fined_cases,
    ${fineQuantile(0.5)} AS fine_median_yuan,
    avg(p.fine_yuan::DOUBLE) FILTER (WHERE p.fine_yuan > 0) AS fine_mean_yuan`;
}
