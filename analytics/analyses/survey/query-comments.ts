/**
 * The free comments inside the filter, trimmed, identical texts counted once with their number
 * (questionnaires often repeat a stock sentence; segmenting each distinct text once keeps 100 000
 * responses fast). Blank comments are not comments.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import { scopeCondition } from './scope.ts';

/** One row of {@link commentsQuery}. */
export interface CommentRow {
  comment: string;
  n: number;
}

/** Distinct non-blank comments in scope with their counts (`undated`: see `scope.ts`). */
export function commentsQuery(filter: FilterSpec, undated: number): Fragment {
  return sql`SELECT trim(r.comment) AS comment, count(*) AS n
FROM survey_response r
WHERE ${scopeCondition(filter, undated)} AND trim(coalesce(r.comment, '')) <> ''
GROUP BY 1
ORDER BY 2 DESC, 1`;
}
