/**
 * The group figures of the penalty tables (DOMAIN §8): cases, fine and confiscation totals, fined
 * cases, the mean and quantiles of the fines > 0 and the December cases, for the whole filter and per
 * agency, division, sector and violation at once: one relation (`figures`, see `sources.ts`) whose
 * `kind` says which grouping a row belongs to (`FIGURE_KINDS`) and `k1`, `k2` its key.
 *
 * Money is summed exactly as DECIMAL and only then cast to DOUBLE for JSON and Arrow; means and
 * quantiles are over the cases with a fine > 0, computed on DOUBLE so `quantile_cont` interpolates
 * linearly without rounding to cents. The figures are computed from the counted cells (a fine `x`
 * held by `n` cases, see `weighted-sql.ts`), all groupings in one window pass.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { cumulated, W_COUNT, W_MEAN, wQuantile } from '../weighted-sql.ts';

/** `sum(col)` as DOUBLE, 0 for no rows (a total of nothing is 0 元, not unknown). */
export function money(column: Fragment, filter?: Fragment): Fragment {
  const agg = filter ? sql`sum(${column}) FILTER (WHERE ${filter})` : sql`sum(${column})`;
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
  const rows = sql`(SELECT x, n, conf, december FROM ${cur} c)`;
  const u = sql`(
      SELECT ${k.all} AS kind, NULL::VARCHAR AS k1, NULL::VARCHAR AS k2, * FROM ${rows} r
      UNION ALL SELECT ${k.agency}, c.agency, NULL, c.x, c.n, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${k.division}, c.division, NULL, c.x, c.n, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${k.sector}, a.sector, NULL, c.x, c.n, c.conf, c.december FROM ${cur} c LEFT JOIN agency a ON a.name = c.agency
      UNION ALL SELECT ${k.violation}, c.violation_code, CASE WHEN c.violation_code IS NULL THEN c.violation_name END,
        c.x, c.n, c.conf, c.december FROM ${cur} c)`;
  // Per group and fine: `nf` = the cases counted in the fine distribution (fine > 0).
  const grouped = sql`(SELECT kind, k1, k2, x, sum(n) AS n, sum(conf) AS conf, sum(december) AS december,
      CASE WHEN x > 0 THEN sum(n) ELSE 0 END AS nf
    FROM ${u} u GROUP BY kind, k1, k2, x)`;
  return sql`SELECT kind, k1, k2,
      coalesce(sum(n), 0)::BIGINT AS cases,
      ${money(sql`x * n`)} AS fine_total_yuan,
      ${money(sql`conf`)} AS confiscation_total_yuan,
      ${W_COUNT} AS fined_cases,
      coalesce(sum(n) FILTER (WHERE x IS NULL), 0)::BIGINT AS fine_missing,
      ${W_MEAN} AS fine_mean_yuan,
      ${wQuantile(0.5)} AS fine_median_yuan, ${wQuantile(0.25)} AS fine_p25_yuan, ${wQuantile(0.75)} AS fine_p75_yuan,
      ${wQuantile(0.9)} AS fine_p90_yuan,
      (max(x) FILTER (WHERE x > 0))::DOUBLE AS fine_max_yuan,
      coalesce(sum(december), 0)::BIGINT AS december_cases
    FROM (${cumulated(grouped, ['kind', 'k1', 'k2'], 'nf')}) d
    GROUP BY kind, k1, k2`;
}

/** The rows of one grouping of `figures`, aliased `f`. */
export function figuresOf(figures: Fragment, kind: keyof typeof FIGURE_KINDS): Fragment {
  return sql`(SELECT * FROM ${figures} f WHERE f.kind = ${FIGURE_KINDS[kind]}) f`;
}

/** The columns of {@link GroupFigures} from `figures` rows aliased `f`, in table order. */
export const GROUP_FIGURES: Fragment = sql`f.cases, f.fine_total_yuan, f.confiscation_total_yuan, f.fined_cases, f.fine_median_yuan,
  f.fine_mean_yuan`;
