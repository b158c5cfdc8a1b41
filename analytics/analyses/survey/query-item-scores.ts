/**
 * Item scores per group (one pass, GROUPING SETS over the non-blank answers): for the city, the
 * filter's scope, and each agency / division / respondent type inside it — n answers, mean (the item
 * score S_i of DOMAIN §6) and sample variance (its t-interval). The group indexes are then computed
 * from these item scores with the DOMAIN formula (`survey-index.ts`), not from per-respondent
 * indexes.
 */
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import { LEVEL_CASE, type GroupLevel } from './query-groups.ts';
import { respondentCtes } from './respondent-sql.ts';

/** One row of {@link itemScoresQuery}. */
export interface ItemScoreRow {
  level: Exclude<GroupLevel, 'city_agency'>;
  agency: string | null;
  division: string | null;
  respondent_type: string | null;
  item_code: string;
  answered: number;
  score: number | null;
  variance: number | null;
}

/** Item scores by group. */
export function itemScoresQuery(filter: FilterSpec, inst: Instrument): Fragment {
  return sql`${respondentCtes(filter, inst)}
SELECT ${raw(LEVEL_CASE)} AS level, agency, division, respondent_type, item_code,
  count(*) AS answered, avg(score) AS score, var_samp(score) AS variance
FROM ans
GROUP BY GROUPING SETS ((item_code), (in_scope, item_code), (in_scope, agency, item_code), (in_scope, division, item_code), (in_scope, respondent_type, item_code))
HAVING GROUPING(in_scope) = 1 OR in_scope`;
}
