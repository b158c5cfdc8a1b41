/**
 * The group figures of the penalty tables (DOMAIN §8): cases, fine and confiscation totals, fined
 * cases, the mean and median of the fines > 0 and the December cases, for the whole filter and per
 * agency, division, sector and violation at once: one relation (`figures`, see `sources.ts`) whose
 * `kind` says which grouping a row belongs to (`FIGURE_KINDS`) and `k1`, `k2` its key. A flag per
 * grouping (`is_all`, `is_agency` …, computed from the bound kind codes) lets the statements reading
 * the relation pick their rows without a value of their own, so each is planned once per run
 * rather than again at execution. The whole filter's row also has what only the summary and the
 * flags show (NULL on the other rows): p25, p75, p90 and the largest fine, the top-1 % fines — the
 * flag's count `top_cases` and their share of the fined cases' total `top_fine_share` — and the
 * 简易 totals of `simple` (`simple_cases`, `simple_over_cap`, `simple_border`). An agency's row also
 * has its sector and home division from the `agency` table (`agency_sector`, `agency_division`) and
 * its over-cap 简易 cases (`simple_over_cap`), so the tables of these rows join nothing.
 *
 * Money is summed exactly as DECIMAL and only then cast to DOUBLE for JSON and Arrow; means and
 * quantiles are over the cases with a fine > 0, computed on DOUBLE so they equal `quantile_cont`'s
 * linear interpolation bit for bit (the formula of `weighted-sql.ts`). The figures come from the
 * counted cells (a fine `x` held by `n` cases), all groupings in one window pass: each cell row of a
 * grouping is a block of `w` consecutive positions in the grouping's fine order (equal fines in
 * any order among themselves — their amounts are the same), so the cells need not be summed per
 * grouping and fine first. The statement reads the filter year's cells by their flag.
 */
import { join, raw, sql, type Fragment } from '../../sql/fragment.ts';
import { W_COUNT, wMeanOf, wQuantile } from '../weighted-sql.ts';
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

/** The `kind` of a grouping, bound (in the statement computing `figures`; its readers go by the flags). */
export function kindOf(kind: keyof typeof FIGURE_KINDS): Fragment {
  return sql`${FIGURE_KINDS[kind]}`;
}

/** The flag column of each grouping in `figures` (constant identifiers of this file). */
const KIND_FLAGS: Record<keyof typeof FIGURE_KINDS, string> = {
  all: 'is_all', agency: 'is_agency', division: 'is_division', sector: 'is_sector', violation: 'is_violation',
};

/**
 * The `figures` relation as a SELECT over `cells` and `simple` (the relations of `sources.ts`), for
 * the filter year.
 */
export function figuresSelect(cells: Fragment, simple: Fragment): Fragment {
  const cur = sql`(SELECT * FROM ${cells} c WHERE c.cur)`;
  // Violations are keyed by code (`k1`), and by name (`k2`) for cases without a code.
  const u = sql`(
      SELECT ${kindOf('all')} AS kind, NULL::VARCHAR AS k1, NULL::VARCHAR AS k2, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${kindOf('agency')}, c.agency, NULL, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${kindOf('division')}, c.division, NULL, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c
      UNION ALL SELECT ${kindOf('sector')}, a.sector, NULL, c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c LEFT JOIN agency a ON a.name = c.agency
      UNION ALL SELECT ${kindOf('violation')}, c.violation_code, CASE WHEN c.violation_code IS NULL THEN c.violation_name END,
        c.x, c.n, c.fine, c.conf, c.december FROM ${cur} c)`;
  // Per row: `g` = one 64-bit hash of the grouping's kind and key — partitioning the window and
  // grouping on it rather than on the three columns (two of them text) costs about a tenth less;
  // two of the few hundred groups would have to collide to be merged (odds below 1e-14), as for the
  // cells' key. `w` = its cases counted in the fine distribution (fine > 0), `cum` = the group's `w`
  // up to this row in fine order, `tot` = the group's `w` — the columns `weighted-sql.ts`'s
  // aggregates read. Unlike its `cumulated`, both windows share one partitioning and order (`tot`'s
  // frame is the whole partition), so DuckDB sorts the rows once, and the counts are BIGINT, which
  // is cheaper to carry than the HUGEINT of their sums; the rows need not be summed per fine first.
  const win = sql`PARTITION BY g ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND`;
  const windowed = sql`SELECT *, x::DOUBLE AS v, cum::DOUBLE AS cumd, (tot - 1)::DOUBLE AS r FROM (
      SELECT *, sum(w) OVER (${win} CURRENT ROW)::BIGINT AS cum, sum(w) OVER (${win} UNBOUNDED FOLLOWING)::BIGINT AS tot
      FROM (SELECT hash(kind, k1, k2) AS g, *, CASE WHEN x > 0 THEN n ELSE 0 END AS w FROM ${u} u) u) d`;
  // The mean is the fined cases' exact fine sum over their count. The top 1 % (`scope.ts`): the
  // largest `top_cases` fined cases hold the ascending positions tot − top_cases … tot − 1; a row
  // at positions cum − w … cum − 1 contributes as many of its cases as fall among them (tied
  // amounts are equal, so which ones is moot).
  const topOf = (fined: Fragment) => sql`((${fined} + ${TOP_SHARE_DIVISOR - 1}::BIGINT) // ${TOP_SHARE_DIVISOR}::BIGINT)`;
  const top = topOf(sql`tot`);
  const fined = sql`sum(CASE WHEN w > 0 THEN fine END)`;
  // The figures only the summary and the flags show are computed for the whole filter only.
  const all = sql`kind = ${kindOf('all')}`;
  const groups = sql`SELECT any_value(kind) AS kind, any_value(k1) AS k1, any_value(k2) AS k2,
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
      sum(CASE WHEN ${all} AND w > 0 AND cum > tot - ${top} THEN x * (cum - greatest(cum - w, tot - ${top})) END)::DOUBLE
        / nullif(${fined}::DOUBLE, 0) AS top_fine_share
    FROM (${windowed})
    GROUP BY g`;
  const kindFlags = join(Object.entries(KIND_FLAGS).map(([k, flag]) => sql`kind = ${kindOf(k as keyof typeof FIGURE_KINDS)} AS ${raw(flag)}`), ', ');
  // The 简易 counts: the whole filter's totals on its row, an agency's over-cap count on its row.
  return sql`SELECT f.* EXCLUDE (top_fine_share),
      CASE WHEN f.is_all THEN ${topOf(sql`f.fined_cases`)}::BIGINT END AS top_cases, f.top_fine_share,
      a.sector AS agency_sector, a.division AS agency_division,
      t.n AS simple_cases, CASE WHEN f.is_all THEN t.over_cap ELSE coalesce(s.over_cap, 0) END AS simple_over_cap,
      t.border AS simple_border
    FROM (SELECT *, ${kindFlags} FROM (${groups})) f
      LEFT JOIN agency a ON f.is_agency AND a.name = f.k1
      LEFT JOIN ${simple} s ON f.is_agency AND s.agency = f.k1
      LEFT JOIN (SELECT coalesce(sum(n), 0)::BIGINT AS n, coalesce(sum(over_cap), 0)::BIGINT AS over_cap,
          coalesce(sum(border), 0)::BIGINT AS border FROM ${simple} s) t ON f.is_all`;
}

/** The rows of one grouping of `figures`, aliased `f`: picked by the grouping's flag, no value bound. */
export function figuresOf(figures: Fragment, kind: keyof typeof FIGURE_KINDS): Fragment {
  return sql`(SELECT * FROM ${figures} f WHERE f.${raw(KIND_FLAGS[kind])}) f`;
}

/** The columns of {@link GroupFigures} from `figures` rows aliased `f`, in table order. */
export const GROUP_FIGURES: Fragment = sql`f.cases, f.fine_total_yuan, f.confiscation_total_yuan, f.fined_cases, f.fine_median_yuan,
  f.fine_mean_yuan`;
