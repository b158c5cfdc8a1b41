/**
 * The filter's cases and their match keys, as common table expressions.
 *
 * Which rules a case is held to depends only on its violation code, violation name, 处罚依据, tier
 * and the validity epoch of its decision date, so rules are chosen once per distinct combination
 * (a "match key": a few hundred even for a million cases) and joined back to the cases by `kid`.
 *
 * - **Epochs.** Every `effective_from` and every `effective_to` + 1 day of the benchmark is a
 *   breakpoint; between two consecutive breakpoints the set of rules in force cannot change, so a
 *   date is represented by the latest breakpoint on or before it (0001-01-01 before the first).
 * - **Key id.** `kid` is DuckDB's 64-bit `hash` of the five key columns: joining a million cases on
 *   one integer is several times cheaper than on five text columns. Two distinct keys would have to
 *   collide for a case to be misassigned — odds of about 1e-9 at a hundred thousand distinct keys.
 * - **Normalization** (see `normalize-sql.ts`) runs once per distinct text (`nc`, `nn`, `nb`).
 *
 * Materialization is explicit: the per-case CTEs (`fc0`, `fc`) are read twice but never
 * materialized — copying a million rows of text costs several times more than scanning them again —
 * while the small ones (`ep`, `kd`) are.
 *
 * CTEs: `fc0` (filtered cases), `bp`, `ep` (decision date → epoch), `fc` (cases with `epoch`, `kid`),
 * `kd` (distinct keys), `nc` / `nn` / `nb` (normalized code / name / basis), `mk` (keys with
 * `k_code`, `k_name`, `k_basis`).
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { normCode, normName } from './normalize-sql.ts';

/**
 * The filter's cases with the columns the assessment needs (CTE body; alias `c`); `rid` is the row id,
 * so that a query can sort lean rows and fetch the text of only the rows it outputs.
 */
export function filteredCases(filter: FilterSpec): Fragment {
  const where = filterConditions(filter, { date: sql`c.decided_on`, division: sql`c.division`, agency: sql`c.agency` });
  return sql`SELECT c.rowid AS rid, c.decision_no, c.party_name, c.agency, c.division, c.violation_code, c.violation_name, c.basis, c.tier,
      c.tier_rank, c.fine_yuan, c.illegal_gain_yuan, c.goods_value_yuan, c.categories, c.decided_on
    FROM penalty_case c WHERE ${where}`;
}

/** The distinct non-null values of `column` in `kd` with their normalized form `n`. */
function lookup(column: 'violation_code' | 'violation_name' | 'basis', normalize: (e: Fragment) => Fragment): Fragment {
  const col = raw(column);
  return sql`SELECT v, ${normalize(sql`v`)} AS n FROM (SELECT DISTINCT ${col} AS v FROM kd WHERE ${col} IS NOT NULL)`;
}

/** The CTEs described above, to follow a `WITH`. */
export function caseKeyCtes(filter: FilterSpec): Fragment {
  return sql`fc0 AS NOT MATERIALIZED (${filteredCases(filter)}),
    bp AS (
      SELECT DISTINCT d FROM (SELECT effective_from AS d FROM benchmark_rule UNION ALL SELECT effective_to + 1 FROM benchmark_rule)
      WHERE d IS NOT NULL),
    ep AS MATERIALIZED (
      SELECT dd.decided_on, coalesce((SELECT max(bp.d) FROM bp WHERE bp.d <= dd.decided_on), DATE '0001-01-01') AS epoch
      FROM (SELECT DISTINCT decided_on FROM fc0) dd),
    fc AS NOT MATERIALIZED (
      SELECT fc0.*, ep.epoch, hash(fc0.violation_code, fc0.violation_name, fc0.basis, fc0.tier_rank, ep.epoch) AS kid
      FROM fc0 JOIN ep ON ep.decided_on = fc0.decided_on),
    kd AS MATERIALIZED (
      SELECT kid, any_value(violation_code) AS violation_code, any_value(violation_name) AS violation_name,
        any_value(basis) AS basis, any_value(tier_rank) AS tier_rank, any_value(epoch) AS epoch
      FROM fc GROUP BY kid),
    nc AS (${lookup('violation_code', normCode)}),
    nn AS (${lookup('violation_name', normName)}),
    nb AS (${lookup('basis', normName)}),
    mk AS (
      SELECT kd.*, nc.n AS k_code, nn.n AS k_name, nb.n AS k_basis
      FROM kd LEFT JOIN nc ON nc.v = kd.violation_code LEFT JOIN nn ON nn.v = kd.violation_name LEFT JOIN nb ON nb.v = kd.basis)`;
}
