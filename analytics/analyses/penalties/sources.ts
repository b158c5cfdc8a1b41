/**
 * The relations the penalty tables read instead of the cases. A year's million decisions collapse
 * into a few thousand rows, so each table is a small query over them and the cases are read three
 * times per run (`runPenalties` holds the three in temporary tables), not once per table:
 *
 * - `cells`: the decisions of the filter year and the year before, counted per year (`cur`: true
 *   for the filter year, false for the year before) × agency × division × violation code × violation
 *   name × fine (`x`): `n` decisions, their fines `fine` (x × n), their confiscations `conf`, how
 *   many were decided in December (`december`), and the first row id (`first_rid`, for "the
 *   spelling recorded first"). Fines, medians and means come from these counts (`figures.ts`); sums
 *   of money stay exact DECIMAL until the final cast. The year is a flag rather than a number so the
 *   statements reading the cells carry no value of the filter.
 * - `simple`: the filter year's 简易 decisions per agency: `n`, how many are over the cap
 *   (`over_cap`) or in the 个体工商户 border band (`border`) — see `scope.ts` — and the over-cap
 *   decisions themselves (`over_cap_cases`: decision number, party type, fine, date), which the
 *   over-cap list ranks and the per-party-type count counts; collecting them here saves reading the
 *   year's cases once more for a few hundred rows.
 * - `combos`: the filter year's decisions per category list (`cats`) × month (`month_no`): `n` and
 *   their fines `fine` — the category tables sum the months, the month table the lists. The cases
 *   are grouped by the list's stored text key (`categories_key`, exact, see
 *   `workspace/categories-key.ts`; by its 64-bit hash, the text riding along) — reading and hashing
 *   the list column itself cost three times as much — and the list is decoded once per combination.
 *
 * - `figures`: the group figures of the filter year (`figures.ts`) for the whole filter and per
 *   agency, division, sector and violation, computed from `cells` in one pass, with the `simple`
 *   counts the summary, flags and agency tables show.
 *
 * `penaltySources(filter)` gives them as subqueries computed in place (one-off queries, tests).
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { CASE_COLUMNS, individualBusinessBorderCondition, overCapCondition, scopedCases, SIMPLE } from './scope.ts';
import { figuresSelect } from './figures.ts';
import { categoriesOfKey } from '../../workspace/categories-key.ts';

/** The relations, as table names or subqueries. */
export interface PenaltySources {
  cells: Fragment;
  simple: Fragment;
  combos: Fragment;
  figures: Fragment;
}

/** The `cells` relation as a SELECT. */
export function cellsSelect(filter: FilterSpec): Fragment {
  const where = filterConditions(filter, CASE_COLUMNS, filter.year, filter.year - 1);
  // Grouped by the year number (DuckDB packs it into a byte, cheaper to group by than a flag), the
  // fine, and one 64-bit hash of the four text columns, the texts riding along as any_value: hashing
  // them once per case and grouping on an integer costs about a tenth less than grouping on the
  // texts. Two distinct combinations would have to collide to be counted together — odds below
  // 1e-12 at the few thousand combinations of a million cases (as for deviation's key ids).
  return sql`SELECT yr = ${filter.year} AS cur, agency, division, violation_code, violation_name, x, n, x * n AS fine, conf, december,
      first_rid
    FROM (
      SELECT year(p.decided_on) AS yr, hash(p.agency, p.division, p.violation_code, p.violation_name) AS tk, p.fine_yuan AS x,
        any_value(p.agency) AS agency, any_value(p.division) AS division, any_value(p.violation_code) AS violation_code,
        any_value(p.violation_name) AS violation_name, count(*) AS n, sum(p.confiscation_yuan) AS conf,
        count(*) FILTER (WHERE month(p.decided_on) = 12) AS december, min(p.rowid) AS first_rid
      FROM penalty_case p WHERE ${where}
      GROUP BY yr, tk, x)`;
}

/** The `simple` relation as a SELECT. */
export function simpleSelect(filter: FilterSpec): Fragment {
  return sql`SELECT agency, count(*) AS n, count(*) FILTER (WHERE is_over_cap) AS over_cap, count(*) FILTER (WHERE is_border) AS border,
      list({decision_no: decision_no, party_type: party_type, fine_yuan: fine_yuan, decided_on: decided_on}) FILTER (WHERE is_over_cap) AS over_cap_cases
    FROM (
      SELECT p.agency, p.party_type, p.decision_no, p.fine_yuan, p.decided_on,
        ${overCapCondition()} AS is_over_cap, ${individualBusinessBorderCondition()} AS is_border
      FROM (${scopedCases(filter)}) p
      WHERE p.procedure = ${SIMPLE}) p
    GROUP BY agency`;
}

/** The `combos` relation as a SELECT. */
export function combosSelect(filter: FilterSpec): Fragment {
  // Grouped on the key's 64-bit hash, the text riding along (as for the cells; a few dozen keys).
  return sql`SELECT ${categoriesOfKey(sql`k`)} AS cats, month_no, n, fine FROM (
      SELECT hash(p.categories_key) AS kh, any_value(p.categories_key) AS k, month(p.decided_on) AS month_no, count(*) AS n,
        coalesce(sum(p.fine_yuan), 0) AS fine
      FROM (${scopedCases(filter)}) p
      GROUP BY kh, month_no)`;
}

/** The relations computed in place, as subqueries. */
export function penaltySources(filter: FilterSpec): PenaltySources {
  const cells = sql`(${cellsSelect(filter)})`;
  const simple = sql`(${simpleSelect(filter)})`;
  return {
    cells,
    simple,
    combos: sql`(${combosSelect(filter)})`,
    figures: sql`(${figuresSelect(cells, simple)})`,
  };
}

/** The cells of the filter year (`current`) or of the year before (`prior`) as a relation. */
export function cellsOf(cells: Fragment, year: 'current' | 'prior'): Fragment {
  return year === 'current' ? sql`(SELECT * FROM ${cells} c WHERE c.cur)` : sql`(SELECT * FROM ${cells} c WHERE NOT c.cur)`;
}
