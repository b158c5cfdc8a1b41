/**
 * Benchmark figures per agency or per division (DOMAIN §8).
 *
 * - matched = cases with a rule (every status but 无匹配基准);
 * - assessed = within + below + above (无法评估 cases have a rule but no comparable range);
 * - deviation_rate = (above + below) / assessed, above_rate = above / assessed, below_rate =
 *   below / assessed (NULL when nothing was assessed);
 * - coverage = matched / cases;
 * - match_* count how the cases matched their rules (see MatchKind).
 * A division row with a NULL division holds the cases that could not be placed. Rows are ordered
 * worst first: deviation rate, then cases.
 */
import type { FilterSpec } from '../filter.ts';
import { ident, sql, type Fragment } from '../../sql/fragment.ts';
import { statusCellsOf } from './cells-sql.ts';
import { mt, st } from './codes.ts';
import type { DeviationStatus, MatchKind } from './types.ts';

/** Columns a benchmark table can be grouped by. */
export const GROUP_COLUMNS = ['agency', 'division'] as const;

/**
 * One query: the figures of every agency (or division) of the filter, from status cells (`cells`:
 * agency, division, status, match, n — see `cells-sql.ts`; by default counted in place).
 */
export function byGroupQuery(
  filter: FilterSpec, column: (typeof GROUP_COLUMNS)[number], cells: Fragment = statusCellsOf(filter),
): Fragment {
  const col = ident(column, GROUP_COLUMNS);
  // A CASE inside each sum rather than a FILTER clause: the same value, and cheaper in DuckDB's
  // hash aggregate (a FILTER selects its rows once per aggregate).
  const n = (cond: Fragment) => sql`coalesce(sum(CASE WHEN ${cond} THEN n END), 0)`;
  const s = (x: DeviationStatus) => n(sql`status = ${st(x)}`);
  const m = (x: MatchKind) => n(sql`match = ${mt(x)}`);
  // The cells (a few thousand rows) are pivoted as they are: collapsing them into (group, status,
  // match) first would cost one more hash aggregate than it saves.
  return sql`WITH cells AS (SELECT ${col}, status, match, n FROM ${cells} c),
    counted AS (
      SELECT ${col}, sum(n) AS cases, ${n(sql`status <> ${st('no_rule')}`)} AS matched,
        ${n(sql`status IN (${st('within')}, ${st('below')}, ${st('above')})`)} AS assessed,
        ${s('within')} AS within, ${s('above')} AS above, ${s('below')} AS below, ${s('no_rule')} AS no_rule,
        ${s('not_assessable')} AS not_assessable,
        ${m('code')} AS match_code, ${m('name')} AS match_name, ${m('basis')} AS match_basis,
        ${m('ambiguous')} AS match_ambiguous, ${m('tier_missing')} AS match_tier_missing, ${m('none')} AS match_none
      FROM cells GROUP BY ${col})
    SELECT ${col}, cases, matched, assessed, within, above, below, no_rule, not_assessable,
      (above + below) / nullif(assessed, 0) AS deviation_rate,
      above / nullif(assessed, 0) AS above_rate,
      below / nullif(assessed, 0) AS below_rate,
      matched / nullif(cases, 0) AS coverage,
      match_code, match_name, match_basis, match_ambiguous, match_tier_missing, match_none
    FROM counted
    ORDER BY deviation_rate DESC NULLS LAST, cases DESC, ${col}`;
}
