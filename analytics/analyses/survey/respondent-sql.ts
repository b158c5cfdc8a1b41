/**
 * The common table expressions every heavy survey query starts from. They compute, in DuckDB, the
 * per-respondent scores the statistics rest on, so that 100 000 respondents never cross into
 * JavaScript:
 *
 *   resp  the year's responses (city-wide), with `in_scope` = inside the filter
 *   meta  item → dimension number, overall flag (bound lists from the instrument)
 *   dw    dimension number → weight w_d (bound lists)
 *   ans   non-blank answers of those responses (score NOT NULL: blanks and 不了解 are not answers)
 *   rd    per respondent × dimension: the mean of the items the respondent answered
 *   ri    per respondent: index = Σ w_d·rd / Σ w_d over the dimensions they answered with w_d > 0
 *         (a dimension skipped entirely drops out and the weights renormalise — the DOMAIN §6 rule
 *         applied to one respondent); NULL when they answered no weighted item
 *   ro    per respondent: their overall item score (mean if several overall items)
 *   per   one row per response: groups, in_scope, idx, and `ref` — the overall item score when the
 *         instrument has an overall item, else the respondent's index (what 满意率 and importance use)
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import { scopeCondition, yearCondition } from './scope.ts';

/** `WITH resp, meta, dw, ans, rd, ri, ro, per` for a filter and instrument. */
export function respondentCtes(filter: FilterSpec, inst: Instrument): Fragment {
  const codes = inst.items.map((i) => i.item_code);
  const dims = inst.items.map((i) => i.dim);
  const overall = inst.items.map((i) => i.is_overall);
  const dimNos = inst.dimensions.map((_, i) => i);
  const weights = inst.dimensions.map((d) => d.weight);
  const ref = inst.has_overall ? sql`ro.o` : sql`ri.idx`;
  return sql`WITH resp AS (
  SELECT r.response_id, r.agency, r.division, r.respondent_type, (${scopeCondition(filter)}) AS in_scope
  FROM survey_response r WHERE ${yearCondition(filter)}
), meta AS (
  SELECT unnest(${codes}::VARCHAR[]) AS item_code, unnest(${dims}::INTEGER[]) AS dim, unnest(${overall}::BOOLEAN[]) AS overall
), dw AS (
  SELECT unnest(${dimNos}::INTEGER[]) AS dim, unnest(${weights}::DOUBLE[]) AS w
), ans AS MATERIALIZED (
  SELECT a.response_id, a.item_code, m.dim, m.overall, a.score, p.in_scope, p.agency, p.division, p.respondent_type
  FROM survey_answer a JOIN resp p ON p.response_id = a.response_id JOIN meta m ON m.item_code = a.item_code
  WHERE a.score IS NOT NULL
), rd AS MATERIALIZED (
  SELECT response_id, dim, avg(score) AS d FROM ans GROUP BY response_id, dim
), ri AS (
  SELECT rd.response_id, sum(dw.w * rd.d) / sum(dw.w) AS idx FROM rd JOIN dw ON dw.dim = rd.dim WHERE dw.w > 0 GROUP BY rd.response_id
), ro AS (
  SELECT response_id, avg(score) AS o FROM ans WHERE overall GROUP BY response_id
), per AS (
  SELECT p.response_id, p.agency, p.division, p.respondent_type, p.in_scope, ri.idx, ${ref} AS ref
  FROM resp p LEFT JOIN ri ON ri.response_id = p.response_id LEFT JOIN ro ON ro.response_id = p.response_id
)`;
}
