/**
 * The filter's cases and their match keys, as common table expressions.
 *
 * Which rules a case is held to depends only on its violation code, violation name, 处罚依据, tier
 * and the validity epoch of its decision date, so rules are chosen once per distinct combination
 * (a "match key": a few hundred even for a million cases) and joined back to the cases.
 *
 * - **Epochs.** Every `effective_from` and every `effective_to` + 1 day of the benchmark is a
 *   breakpoint; between two consecutive breakpoints the set of rules in force cannot change, so a
 *   date is represented by the latest breakpoint on or before it (0001-01-01 before the first). A
 *   key remembers its epoch's span [`epoch`, `epoch_end`) (the last epoch ends 9999-12-31, past any
 *   decision date, and stays a date JavaScript can read), so a case finds
 *   its key by `caseKeyJoin` — its text hash plus a date range — without an epoch lookup of its own.
 * - **Key ids.** `kid4` is DuckDB's 64-bit `hash` of the four text/tier columns, `kid` that of the
 *   four and the epoch: joining a million cases on one integer is several times cheaper than on
 *   several text columns. Two distinct keys would have to collide for a case to be misassigned —
 *   odds of about 1e-9 at a hundred thousand distinct keys.
 * - **Normalization** (see `normalize-sql.ts`) runs once per distinct text (`nc`, `nn`, `nb`).
 *
 * Materialization is explicit: the per-case CTE `fc0` is never materialized — copying a million
 * rows of text costs several times more than scanning them again — while the small ones are.
 *
 * CTEs: `fc0` (filtered cases), `kd0` (distinct text key × decision date), `bp`, `ep` (decision
 * date → epoch), `kd` (distinct keys: `kid`, `kid4`, `epoch`), `nc` /
 * `nn` / `nb` (normalized code / name / basis), `mk` (keys with `k_code`, `k_name`, `k_basis`).
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { normCode, normName } from './normalize-sql.ts';

/**
 * The filter's cases with the columns the assessment needs (CTE body; alias `c`); `rid` is the row id.
 * `lists_fine` says whether 罚款 is among a case's categories; the status reads it only for a case
 * without a fine, so it is computed only for those (NULL otherwise).
 */
export function filteredCases(filter: FilterSpec): Fragment {
  const where = filterConditions(filter, { date: sql`c.decided_on`, dateColumn: true, division: sql`c.division`, agency: sql`c.agency` });
  return sql`SELECT c.rowid AS rid, c.decision_no, c.party_name, c.agency, c.division, c.violation_code, c.violation_name, c.basis, c.tier,
      c.tier_rank, c.fine_yuan, c.illegal_gain_yuan, c.goods_value_yuan, c.categories, c.decided_on,
      CASE WHEN coalesce(c.fine_yuan, 0) = 0 THEN coalesce(list_contains(c.categories, ${'罚款'}), false) END AS lists_fine
    FROM penalty_case c WHERE ${where}`;
}

/** The key hash of a case's text and tier columns (table alias `alias`): what `kid4` holds. */
function textKey(alias: string): Fragment {
  const a = (column: string) => raw(`${alias}.${column}`);
  return sql`hash(${a('violation_code')}, ${a('violation_name')}, ${a('basis')}, ${a('tier_rank')})`;
}

/**
 * The join condition of a case (alias `c`, a `filteredCases` row) with its key (alias `k`, a row of
 * `kinfo` or of a table holding it): same text hash, decision date within the key's epoch.
 */
export function caseKeyJoin(): Fragment {
  return sql`k.kid4 = ${textKey('c')} AND c.decided_on >= k.epoch AND c.decided_on < k.epoch_end`;
}

/** The distinct non-null values of `column` in `kd` with their normalized form `n`. */
function lookup(column: 'violation_code' | 'violation_name' | 'basis', normalize: (e: Fragment) => Fragment): Fragment {
  const col = raw(column);
  return sql`SELECT v, ${normalize(sql`v`)} AS n FROM (SELECT DISTINCT ${col} AS v FROM kd WHERE ${col} IS NOT NULL)`;
}

/** The CTEs described above, to follow a `WITH`. */
export function caseKeyCtes(filter: FilterSpec): Fragment {
  // The cases collapse to (text key, date) first, so the epoch lookup and the key grouping run on
  // those few rows rather than on every case, and `fc0` is scanned once.
  return sql`fc0 AS NOT MATERIALIZED (${filteredCases(filter)}),
    kd0 AS MATERIALIZED (
      SELECT ${textKey('c')} AS kid4, c.decided_on, any_value(c.violation_code) AS violation_code,
        any_value(c.violation_name) AS violation_name, any_value(c.basis) AS basis, any_value(c.tier_rank) AS tier_rank
      FROM fc0 c GROUP BY ALL),
    bp AS (
      SELECT DISTINCT d FROM (SELECT effective_from AS d FROM benchmark_rule UNION ALL SELECT effective_to + 1 FROM benchmark_rule)
      WHERE d IS NOT NULL),
    ep AS MATERIALIZED (
      SELECT dd.decided_on, coalesce((SELECT max(bp.d) FROM bp WHERE bp.d <= dd.decided_on), DATE '0001-01-01') AS epoch
      FROM (SELECT DISTINCT decided_on FROM kd0) dd),
    kd AS MATERIALIZED (
      SELECT hash(kd0.kid4, ep.epoch) AS kid, kd0.kid4, ep.epoch, any_value(kd0.violation_code) AS violation_code,
        any_value(kd0.violation_name) AS violation_name, any_value(kd0.basis) AS basis, any_value(kd0.tier_rank) AS tier_rank
      FROM kd0 JOIN ep ON ep.decided_on = kd0.decided_on GROUP BY kd0.kid4, ep.epoch),
    nc AS (${lookup('violation_code', normCode)}),
    nn AS (${lookup('violation_name', normName)}),
    nb AS (${lookup('basis', normName)}),
    mk AS (
      SELECT kd.*, coalesce((SELECT min(bp.d) FROM bp WHERE bp.d > kd.epoch), DATE '9999-12-31') AS epoch_end, nc.n AS k_code, nn.n AS k_name, nb.n AS k_basis
      FROM kd LEFT JOIN nc ON nc.v = kd.violation_code LEFT JOIN nn ON nn.v = kd.violation_name LEFT JOIN nb ON nb.v = kd.basis)`;
}
