/**
 * Small queries that come first: the years the workspace has survey responses for (which also tell
 * where undated responses belong, `scope.ts`), and the items answered in the year (with their
 * `survey_item` row, if any) — the instrument.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import { yearCondition } from './scope.ts';

export type { SurveyYearRow } from './scope.ts';

/**
 * Items answered by the year's responses (city-wide), described by `survey_item` where it can. The
 * answers are grouped by item first, each group kept when one of its answers belongs to a response
 * of the year (a mark join on the year's response ids), so the items sheet is joined to a dozen
 * codes rather than to every answer.
 */
export function itemMetaQuery(filter: FilterSpec, undated: number): Fragment {
  return sql`SELECT a.item_code, min(i.dimension) AS dimension, min(i.text) AS text, min(i.weight) AS weight,
  bool_or(i.is_overall) AS is_overall, count(i.item_code) > 0 AS described
FROM (
  SELECT item_code FROM survey_answer GROUP BY item_code
  HAVING bool_or(response_id IN (SELECT r.response_id FROM survey_response r WHERE ${yearCondition(filter, undated)}))
) a
LEFT JOIN survey_item i ON i.item_code = a.item_code
GROUP BY a.item_code`;
}

/** Responses per year of `answered_on` (null = undated), to tell the user which years exist. */
export function surveyYearsQuery(): Fragment {
  return sql`SELECT year(answered_on) AS year, count(*) AS responses FROM survey_response GROUP BY 1 ORDER BY 1 NULLS LAST`;
}
