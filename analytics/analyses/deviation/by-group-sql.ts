/**
 * Benchmark figures per agency or per division (DOMAIN §8): cases, matched, assessed, each status,
 * rates, coverage, and how the cases matched their rules.
 *
 * - matched = cases with a rule (every status but 无匹配基准);
 * - assessed = within + below + above (无法评估 cases have a rule but no comparable range);
 * - deviation_rate = (above + below) / assessed, above_rate = above / assessed, below_rate =
 *   below / assessed (NULL when nothing was assessed);
 * - coverage = matched / cases.
 * Rows are ordered worst first: deviation rate, then cases.
 */
import type { FilterSpec } from '../filter.ts';
import { ident, sql, type Fragment } from '../../sql/fragment.ts';
import { assessedCtes } from './assess-sql.ts';

/** Columns a benchmark table can be grouped by. */
export const GROUP_COLUMNS = ['agency', 'division'] as const;

/** One query: the figures of every agency (or division) of the filter. */
export function byGroupQuery(filter: FilterSpec, column: (typeof GROUP_COLUMNS)[number]): Fragment {
  const col = ident(column, GROUP_COLUMNS);
  return sql`WITH ${assessedCtes(filter)},
    counted AS (
      SELECT ${col},
        count(*) AS cases,
        count(*) FILTER (WHERE status <> 'no_rule') AS matched,
        count(*) FILTER (WHERE status IN ('within', 'below', 'above')) AS assessed,
        count(*) FILTER (WHERE status = 'within') AS within,
        count(*) FILTER (WHERE status = 'above') AS above,
        count(*) FILTER (WHERE status = 'below') AS below,
        count(*) FILTER (WHERE status = 'no_rule') AS no_rule,
        count(*) FILTER (WHERE status = 'not_assessable') AS not_assessable,
        count(*) FILTER (WHERE match = 'code') AS match_code,
        count(*) FILTER (WHERE match = 'name') AS match_name,
        count(*) FILTER (WHERE match = 'basis') AS match_basis,
        count(*) FILTER (WHERE match = 'ambiguous') AS match_ambiguous,
        count(*) FILTER (WHERE match = 'tier_missing') AS match_tier_missing,
        count(*) FILTER (WHERE match = 'none') AS match_none
      FROM ac GROUP BY ${col})
    SELECT ${col}, cases, matched, assessed, within, above, below, no_rule, not_assessable,
      (above + below) / nullif(assessed, 0) AS deviation_rate,
      above / nullif(assessed, 0) AS above_rate,
      below / nullif(assessed, 0) AS below_rate,
      matched / nullif(cases, 0) AS coverage,
      match_code, match_name, match_basis, match_ambiguous, match_tier_missing, match_none
    FROM counted
    ORDER BY deviation_rate DESC NULLS LAST, cases DESC, ${col}`;
}
