/**
 * Exact statistics from counted values. A million fines hold a few thousand distinct amounts, so an
 * analysis first counts them — `(keys…, x, n)`: value `x` occurs `n` times in the group — and
 * computes its medians, quantiles, means and standard deviations from those few rows instead of
 * sorting every case once per statistic. The results are DuckDB's own:
 *
 * - quantiles are `quantile_cont`'s: with the group's N values sorted, RN = (N − 1) × q, lo and hi
 *   the values at positions ⌊RN⌋ and ⌈RN⌉, d = RN − ⌊RN⌋, the result lo × (1 − d) + hi × d — the
 *   same floating-point operations as DuckDB's interpolation of DOUBLE, so the same bits;
 * - the mean is the exact (DECIMAL) sum divided by N; the standard deviation is `stddev_samp`
 *   (N − 1 in the denominator, NULL below two values) by the two-pass formula around that mean.
 *   Both agree with DuckDB's floating-point accumulations to the last digits those themselves vary
 *   in between runs (about 1e-15 relative).
 *
 * Usage: `cumulated(source, keys)` as a CTE, then the aggregates below with `GROUP BY keys`. A group
 * whose weights are all 0 (a statistic over an empty set) gets NULL, as DuckDB's aggregates do. The
 * aggregates read only the columns `cumulated` adds, so a caller with its own window pass over the
 * same columns (penalties' `figures.ts`) uses them as well.
 */
import { join, raw, sql, type Fragment } from '../sql/fragment.ts';

/**
 * `source` (columns `keys…`, `x` exact numeric, and the weight column `weight`, by default `n`)
 * with, per row: `v` (x as DOUBLE), `w` (the weight), `cum` (weight of the group's values ≤ x),
 * `tot` (the group's weight), `mean` (exact weighted sum / tot, NULL when tot is 0), and for
 * {@link wQuantile} `cumd` (cum as DOUBLE) and `r` ((tot − 1) as DOUBLE), computed once per row
 * rather than once per quantile edge. `keys` and `weight` are column names written in this code
 * base, never user input. Without `mean` (`withMean` false) the window pass is cheaper; the caller
 * then takes the mean from its own exact weighted sum ({@link wMeanOf}).
 */
export function cumulated(source: Fragment, keys: readonly string[], weight = 'n', withMean = true): Fragment {
  const partition = keys.length ? sql`PARTITION BY ${join(keys.map((k) => raw(k)), ', ')}` : sql``;
  const w = raw(weight);
  const mean = withMean
    ? sql`, (sum(x * ${w}) OVER (${partition}))::DOUBLE / nullif(sum(${w}) OVER (${partition}), 0) AS mean`
    : sql``;
  const windowed = sql`SELECT *, x::DOUBLE AS v, ${w} AS w,
      sum(${w}) OVER (${partition} ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum,
      sum(${w}) OVER (${partition}) AS tot${mean}
    FROM ${source}`;
  return sql`SELECT *, cum::DOUBLE AS cumd, (tot - 1)::DOUBLE AS r FROM (${windowed}) cumulated`;
}

/** The group's weight (aggregate over `cumulated` rows; 0 over no rows), as BIGINT like `count(*)`. */
export const W_COUNT: Fragment = sql`coalesce(any_value(tot), 0)::BIGINT`;

/** The group's mean (aggregate over `cumulated` rows). */
export const W_MEAN: Fragment = sql`any_value(mean)`;

/**
 * The group's mean from `weightedSum`, an aggregate giving the group's exact Σ x × weight (e.g. the
 * sum of a money column already multiplied out): the value of {@link W_MEAN}, for `cumulated` rows
 * without `mean`.
 */
export function wMeanOf(weightedSum: Fragment): Fragment {
  return sql`(${weightedSum})::DOUBLE / nullif(any_value(tot), 0)`;
}

/**
 * `quantile_cont(x::DOUBLE, q)` of the group (aggregate over `cumulated` rows); q is bound. With
 * `only` (a condition on the group's keys) groups where it fails get NULL without the work — for a
 * quantile a caller needs of some groups only.
 */
export function wQuantile(q: number, only?: Fragment): Fragment {
  const rn = sql`any_value(r) * ${q}::DOUBLE`;
  // A CASE inside the aggregate rather than a FILTER: cheaper in DuckDB's hash aggregate, same value.
  const cond = only ? sql`${only} AND w > 0` : sql`w > 0`;
  const at = (edge: 'floor' | 'ceil') => sql`min(CASE WHEN ${cond} AND cumd > ${raw(edge)}(r * ${q}::DOUBLE) THEN v END)`;
  const d = sql`(${rn} - floor(${rn}))`;
  return sql`(CASE WHEN any_value(tot) > 0 THEN ${at('floor')} * (1.0 - ${d}) + ${at('ceil')} * ${d} END)`;
}

/** `stddev_samp(x::DOUBLE)` of the group (aggregate over `cumulated` rows). */
export const W_STDDEV: Fragment = sql`CASE WHEN any_value(tot) > 1
  THEN sqrt(sum(w * (v - mean) * (v - mean)) / (any_value(tot) - 1)::DOUBLE) END`;
