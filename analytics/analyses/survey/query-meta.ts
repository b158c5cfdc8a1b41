/**
 * Small queries that come first: the items answered in the year (with their `survey_item` row, if
 * any) — the instrument — and the years the workspace has survey responses for.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import { yearCondition } from './scope.ts';

/** Items answered by the year's responses (city-wide), described by `survey_item` where it can. */
export function itemMetaQuery(filter: FilterSpec): Fragment {
  return sql`SELECT a.item_code, min(i.dimension) AS dimension, min(i.text) AS text, min(i.weight) AS weight,
  bool_or(i.is_overall) AS is_overall, count(i.item_code) > 0 AS described
FROM survey_answer a
JOIN survey_response r ON r.response_id = a.response_id
LEFT JOIN survey_item i ON i.item_code = a.item_code
WHERE ${yearCondition(filter)}
GROUP BY a.item_code`;
}

/** Row of {@link surveyYearsQuery}: `year` null for undated responses. */
export interface SurveyYearRow {
  year: number | null;
  responses: number;
}

/** Responses per year of `answered_on` (null = undated), to tell the user which years exist. */
export function surveyYearsQuery(): Fragment {
  return sql`SELECT year(answered_on) AS year, count(*) AS responses FROM survey_response GROUP BY 1 ORDER BY 1 NULLS LAST`;
}
