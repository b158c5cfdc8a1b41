/**
 * The filter's cases and their match keys, as common table expressions.
 *
 * Which rules a case is held to depends only on its violation code, violation name, 处罚依据, tier
 * and the validity epoch of its decision date, so rules are chosen once per distinct combination
 * (a "match key": a few hundred even for a million cases) and joined back to the cases.
 *
 * - **Epochs.** Every `effective_from` and every `effective_to` + 1 day of the benchmark is a
 *   breakpoint; between two consecutive breakpoints the set of rules in force cannot change, so a
 *   date is represented by the latest breakpoint on or before it (0001-01-01 before the first), and
 *   its epoch ends at the next breakpoint (9999-12-31 after the last: past any decision date, and a
 *   date JavaScript can read). The filter's cases all lie in its year, so `el` holds the
 *   breakpoints and the epoch of each day of the year, computed from the benchmark alone (one row of
 *   lists: no join, no grouping), and a case reads its epoch there by its day of the year.
 * - **Key ids.** `kid4` is DuckDB's 64-bit `hash` of the four text/tier columns, `kid` that of the
 *   four and the epoch: joining a million cases on one integer is several times cheaper than on
 *   several text columns. Two distinct keys would have to collide for a case to be misassigned —
 *   odds of about 1e-9 at a hundred thousand distinct keys. A case finds its key again by
 *   `caseKeyJoin`: its text hash plus its date within the key's epoch [`epoch`, `epoch_end`).
 * - **Normalization** (see `normalize-sql.ts`) runs once per key (`mk`), a few hundred rows.
 *
 * Two ways to the keys `kd`: `caseKeyCtes` collapses the cases to their keys in place (the per-case
 * assessment of tests and one-off queries), while `countedKeyCtes` (the one pass `runDeviation`
 * makes over the cases) first counts them into cells `cc` of key × every value their status and
 * their figures depend on, and takes the keys from those few thousand rows: one scan of the cases
 * serves both the rule matching and the counting. A cell is grouped on one hash of all its columns
 * (the values riding along as `any_value`): one integer key costs the hash aggregate less than a
 * dozen, and a case's categories are read only as the cell's text, turned into `lists_fine` once
 * per cell rather than once per case.
 *
 * Materialization is explicit: the per-case CTE `fc0` is never materialized — copying a million
 * rows of text costs several times more than scanning them again — while the small ones are.
 *
 * CTEs: `fc0` (filtered cases), `el` (breakpoints `bps`, the epochs by day `epochs`), [`cc` (counted
 * cells)], `kd` (distinct keys: `kid`, `kid4`, `epoch`, `epoch_end`, the texts), `mk` (keys with
 * normalized `k_code`, `k_name`, `k_basis`).
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { categoriesOfKey } from '../../workspace/categories-key.ts';
import { normCode, normName } from './normalize-sql.ts';

/**
 * The filter's cases with the columns the assessment needs (CTE body; alias `c`); `rid` is the row id.
 * `lists_fine` says whether 罚款 is among a case's categories; the status reads it only for a case
 * without a fine, so it is computed only for those (NULL otherwise), and from `categories_key`,
 * the list's stored JSON text: the list column itself costs more to read than all other columns of
 * the assessment together.
 */
export function filteredCases(filter: FilterSpec): Fragment {
  const where = filterConditions(filter, { date: sql`c.decided_on`, dateColumn: true, division: sql`c.division`, agency: sql`c.agency` });
  return sql`SELECT c.rowid AS rid, c.decision_no, c.party_name, c.agency, c.division, c.violation_code, c.violation_name, c.basis, c.tier,
      c.tier_rank, c.fine_yuan, c.illegal_gain_yuan, c.goods_value_yuan, c.decided_on, c.categories_key,
      ${listsFine(sql`c.categories_key`)} AS lists_fine
    FROM penalty_case c WHERE ${where}`;
}

/** The key hash of a case's text and tier columns (table alias `alias`): what `kid4` holds. */
function textKey(alias: string): Fragment {
  const a = (column: string) => raw(`${alias}.${column}`);
  return sql`hash(${a('violation_code')}, ${a('violation_name')}, ${a('basis')}, ${a('tier_rank')})`;
}

/**
 * The join condition of a case (alias `c`, a `filteredCases` row) with its key (alias `k`, a row
 * holding `kid4`, `epoch`, `epoch_end`): same text hash, decision date within the key's epoch.
 */
export function caseKeyJoin(): Fragment {
  return sql`k.kid4 = ${textKey('c')} AND c.decided_on >= k.epoch AND c.decided_on < k.epoch_end`;
}

/** A case's categories as the text `lists_fine` is read from: only for a case without a fine (see `filteredCases`). */
const CATEGORIES_IF_NO_FINE = sql`CASE WHEN coalesce(c.fine_yuan, 0) = 0 THEN c.categories_key END`;

/** `lists_fine` of a case or cell (alias `c`) from its `categories_key` (or a copy of it). */
function listsFine(key: Fragment): Fragment {
  return sql`CASE WHEN coalesce(c.fine_yuan, 0) = 0 THEN coalesce(list_contains(${categoriesOfKey(key)}, ${'罚款'}), false) END`;
}

/** `fc0` and `el` (see the module comment), to follow a `WITH`. */
function caseEpochCtes(filter: FilterSpec): Fragment {
  const days = sql`range(make_date(${filter.year}::INTEGER, 1, 1), make_date(${filter.year + 1}::INTEGER, 1, 1), INTERVAL 1 DAY)`;
  return sql`fc0 AS NOT MATERIALIZED (${filteredCases(filter)}),
    el AS (
      SELECT bps, list_transform(${days}, lambda d: coalesce(list_max(list_filter(bps, lambda b: b <= d::DATE)), DATE '0001-01-01'))
          AS epochs
      FROM (
        SELECT list(d) AS bps
        FROM (SELECT effective_from AS d FROM benchmark_rule UNION ALL SELECT effective_to + 1 FROM benchmark_rule)
        WHERE d IS NOT NULL))`;
}

/** The epoch of a case (alias `c`) of the filter's year, with `el` in the FROM clause: its day's entry. */
const CASE_EPOCH = sql`el.epochs[dayofyear(c.decided_on)]`;

/** `kd` from the rows of `source` (with `kid4`, `epoch` and the four texts), then `mk`. */
function keyCtes(source: Fragment): Fragment {
  return sql`kd AS MATERIALIZED (
      SELECT hash(s.kid4, s.epoch) AS kid, s.kid4, s.epoch,
        coalesce(list_min(list_filter(el.bps, lambda b: b > s.epoch)), DATE '9999-12-31') AS epoch_end,
        s.violation_code, s.violation_name, s.basis, s.tier_rank
      FROM (
        SELECT kid4, epoch, any_value(violation_code) AS violation_code, any_value(violation_name) AS violation_name,
          any_value(basis) AS basis, any_value(tier_rank) AS tier_rank
        FROM ${source} s GROUP BY kid4, epoch) s, el),
    mk AS (
      SELECT kd.*, ${normCode(sql`violation_code`)} AS k_code, ${normName(sql`violation_name`)} AS k_name,
        ${normName(sql`basis`)} AS k_basis
      FROM kd)`;
}

/** The CTEs up to `mk`, keys collapsed from the cases in place (per-case assessment), to follow a `WITH`. */
export function caseKeyCtes(filter: FilterSpec): Fragment {
  return sql`${caseEpochCtes(filter)},
    ${keyCtes(sql`(SELECT ${textKey('c')} AS kid4, ${CASE_EPOCH} AS epoch, c.violation_code, c.violation_name, c.basis, c.tier_rank
      FROM fc0 c, el)`)}`;
}

/**
 * The CTEs up to `mk` with the counted cells `cc` before `kd`, to follow a `WITH`. A row of `cc`
 * holds the cases of one key (`kid`, `kid4`, `epoch`, the four texts) × agency × division × tier ×
 * `fine_yuan`, `illegal_gain_yuan`, `goods_value_yuan` and, for cases without a fine, the
 * categories (`lists_fine` as in `filteredCases`), with their number `n` and first row id `first_rid`.
 */
export function countedKeyCtes(filter: FilterSpec): Fragment {
  // One hash of every column a cell is told apart by: two distinct cells would have to collide to
  // be counted together, at odds like those of the key ids (see the module comment).
  const cols = ['violation_code', 'violation_name', 'basis', 'tier_rank', 'agency', 'division', 'tier', 'epoch',
    'fine_yuan', 'illegal_gain_yuan', 'goods_value_yuan', 'ck'];
  return sql`${caseEpochCtes(filter)},
    cc AS MATERIALIZED (
      SELECT hash(c.kid4, c.epoch) AS kid, c.* EXCLUDE (ck), ${listsFine(sql`c.ck`)} AS lists_fine FROM (
        SELECT ${textKey('g')} AS kid4, g.* FROM (
          SELECT count(*) AS n, min(p.rid) AS first_rid, ${raw(cols.map((col) => `any_value(p.${col}) AS ${col}`).join(', '))}
          FROM (
            SELECT c.rid, c.violation_code, c.violation_name, c.basis, c.tier_rank, c.agency, c.division, c.tier, ${CASE_EPOCH} AS epoch,
              c.fine_yuan, c.illegal_gain_yuan, c.goods_value_yuan, ${CATEGORIES_IF_NO_FINE} AS ck
            FROM fc0 c, el) p
          GROUP BY hash(${raw(cols.map((col) => `p.${col}`).join(', '))})) g) c),
    ${keyCtes(sql`cc`)}`;
}
