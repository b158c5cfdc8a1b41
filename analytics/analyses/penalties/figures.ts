/**
 * The group figures of the penalty tables (DOMAIN §8): cases, fine and confiscation totals, fined
 * cases, the mean and median of the fines > 0 and the December cases, for the whole filter and per
 * agency, division, sector and violation at once: one relation (`figures`, see `sources.ts`) whose
 * `kind` says which grouping a row belongs to (`FIGURE_KINDS`) and `k1`, `k2` its key. The whole
 * filter's row also has what only the summary and the flags show (NULL on the other rows): p25,
 * p75, p90 and the largest fine, and the top-1 % fines — the flag's count `top_cases` and their
 * share of the fined cases' total `top_fine_share`.
 *
 * Money is summed exactly as DECIMAL and only then cast to DOUBLE for JSON and Arrow; means and
 * quantiles are over the cases with a fine > 0, computed on DOUBLE so `quantile_cont` interpolates
 * linearly without rounding to cents. The figures are computed from the counted cells (a fine `x`
 * held by `n` cases, see `weighted-sql.ts`), all groupings in one window pass.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { cumulated, W_COUNT, wMeanOf, wQuantile } from '../weighted-sql.ts';
import { TOP_SHARE_DIVISOR } from './scope.ts';

/**
 * `sum(col)` as DOUBLE, 0 for no rows (a total of nothing is 0 元, not unknown); with `filter`, of
 * the rows where it holds (a CASE rather than a FILTER clause: the same sum, a little cheaper in
 * DuckDB's hash aggregate).
 */
export function money(column: Fragment, filter?: Fragment): Fragment {
  const agg = filter ? sql`sum(CASE WHEN ${filter} THEN ${column} END)` : sql`sum(${column})`;
  return sql`coalesce(${agg}, 0)::DOUBLE`;
}

/** `kind` of each grouping in `figures`; the keys are `k1` (and `k2` for violations). */
export const FIGURE_KINDS = { all: 0, agency: 1, division: 2, sector: 3, violation: 4 } as const;

/**
 * The `figures` relation as a SELECT over `cells` (the relation of `sources.ts`) for the filter year.
 * Violations are keyed by code (`k1`), and by name (`k2`) for cases without a code.
 */
export function figuresSelect(filter: FilterSpec, cells: Fragment): Fragment {
  const k = FIGURE_KINDS;
  const cur = sql`(SELECT * FROM ${cells} c WHERE c.yr = ${filter.year})`;
  const u = sql`(
      SELECT ${k.all} AS kind, NULL::VARCHAR AS k1, NULL::VARCHAR AS k2, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${k.agency}, c.agency, NULL, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${k.division}, c.division, NULL, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${k.sector}, a.sector, NULL, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c LEFT JOIN agency a ON a.name = c.agency
      UNION ALL SELECT ${k.violation}, c.violation_code, CASE WHEN c.violation_code IS NULL THEN c.violation_name END,
        c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c)`;
  // Per group and fine: `nf` = the cases counted in the fine distribution (fine > 0).
  const grouped = sql`(SELECT kind, k1, k2, x, sum(n) AS n, sum(fine) AS fine, sum(conf) AS conf, sum(december) AS december,
      CASE WHEN x > 0 THEN sum(n) ELSE 0 END AS nf
    FROM ${u} u GROUP BY kind, k1, k2, x)`;
  // The mean is the fined cases' exact fine sum over their count (`wMeanOf`), so the window pass
  // computes only the running and total counts. The top 1 % (`scope.ts`): the largest `top_cases`
  // fined cases hold the ascending positions tot − top_cases … tot − 1; a fine at positions
  // cum − w … cum − 1 contributes as many of its cases as fall among them (tied amounts are equal,
  // so which ones is moot).
  const topOf = (fined: Fragment) => sql`((${fined} + ${TOP_SHARE_DIVISOR - 1}::BIGINT) // ${TOP_SHARE_DIVISOR}::BIGINT)`;
  const top = topOf(sql`tot`);
  const fined = sql`sum(CASE WHEN w > 0 THEN fine END)`;
  // The figures only the summary and the flags show are computed for the whole filter only.
  const all = sql`kind = ${k.all}`;
  return sql`SELECT kind, k1, k2,
      coalesce(sum(n), 0)::BIGINT AS cases,
      ${money(sql`fine`)} AS fine_total_yuan,
      ${money(sql`conf`)} AS confiscation_total_yuan,
      ${W_COUNT} AS fined_cases,
      coalesce(sum(CASE WHEN x IS NULL THEN n END), 0)::BIGINT AS fine_missing,
      ${wMeanOf(fined)} AS fine_mean_yuan,
      ${wQuantile(0.5)} AS fine_median_yuan, ${wQuantile(0.25, all)} AS fine_p25_yuan, ${wQuantile(0.75, all)} AS fine_p75_yuan,
      ${wQuantile(0.9, all)} AS fine_p90_yuan,
      max(CASE WHEN ${all} AND x > 0 THEN x END)::DOUBLE AS fine_max_yuan,
      coalesce(sum(december), 0)::BIGINT AS december_cases,
      CASE WHEN ${all} THEN ${topOf(W_COUNT)}::BIGINT END AS top_cases,
      sum(CASE WHEN ${all} AND w > 0 AND cum > tot - ${top} THEN x * (cum - greatest(cum - w, tot - ${top})) END)::DOUBLE
        / nullif(${fined}::DOUBLE, 0) AS top_fine_share
    FROM (${cumulated(grouped, ['kind', 'k1', 'k2'], 'nf', false)}) d
    GROUP BY kind, k1, k2`;
}

/** The rows of one grouping of `figures`, aliased `f`. */
export function figuresOf(figures: Fragment, kind: keyof typeof FIGURE_KINDS): Fragment {
  return sql`(SELECT * FROM ${figures} f WHERE f.kind = ${FIGURE_KINDS[kind]}) f`;
}

/** The columns of {@link GroupFigures} from `figures` rows aliased `f`, in table order. */
export const GROUP_FIGURES: Fragment = sql`f.cases, f.fine_total_yuan, f.confiscation_total_yuan, f.fined_cases, f.fine_median_yuan,
  f.fine_mean_yuan`;
