/**
 * The common table expressions of the survey statistics query. They compute, in DuckDB, the
 * per-respondent scores the statistics rest on, so that 100 000 respondents × 20 items never cross
 * into JavaScript, and they join the answers to their responses once (`ans` is materialized and
 * keyed by integers from there on):
 *
 *   resp   the year's responses, city-wide: `rid` (row id), group columns, `in_scope` = inside the
 *          filter, `cell` = a number per distinct (in_scope, agency, division, respondent_type)
 *   meta   item code → item number, dimension number, overall flag (bound lists from the instrument)
 *   dw     dimension number → weight w_d (bound lists)
 *   ans    the non-blank answers of those responses (score NOT NULL: blank cells and 不了解 / 不适用
 *          are not answers)
 *   rd     per respondent × dimension: mean of the items the respondent answered in it
 *   ri     per respondent: index = Σ w_d·rd / Σ w_d over the dimensions they answered with w_d > 0 —
 *          the DOMAIN §6 formula applied to one respondent; a dimension they skipped entirely drops
 *          out and the weights renormalise; NULL when they answered no weighted item
 *   ro     per respondent: their overall item's score (mean if there are several overall items)
 *   per    one row per response: group columns, in_scope, idx, and `ref` — the overall item score
 *          when the instrument has an overall item, else the respondent's index (what 满意率 and the
 *          importance correlations use)
 *   cells  the group columns of each cell (for rolling cell aggregates up to groups)
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import { scopeCondition, yearCondition } from './scope.ts';

/** `WITH resp, meta, dw, ans, rd, ri, ro, per, cells` for a filter and instrument. */
export function respondentCtes(filter: FilterSpec, inst: Instrument): Fragment {
  const codes = inst.items.map((i) => i.item_code);
  const itemNos = inst.items.map((_, i) => i);
  const dims = inst.items.map((i) => i.dim);
  const overall = inst.items.map((i) => i.is_overall);
  const dimNos = inst.dimensions.map((_, i) => i);
  const weights = inst.dimensions.map((d) => d.weight);
  const ref = inst.has_overall ? sql`ro.o` : sql`ri.idx`;
  return sql`WITH scoped AS (
  SELECT r.rowid AS rid, r.response_id, r.agency, r.division, r.respondent_type, (${scopeCondition(filter)}) AS in_scope
  FROM survey_response r WHERE ${yearCondition(filter)}
), resp AS MATERIALIZED (
  SELECT *, dense_rank() OVER (ORDER BY in_scope, agency, division, respondent_type) AS cell FROM scoped
), meta AS (
  SELECT unnest(${codes}::VARCHAR[]) AS item_code, unnest(${itemNos}::INTEGER[]) AS item,
    unnest(${dims}::INTEGER[]) AS dim, unnest(${overall}::BOOLEAN[]) AS overall
), dw AS (
  SELECT unnest(${dimNos}::INTEGER[]) AS dim, unnest(${weights}::DOUBLE[]) AS w
), ans AS MATERIALIZED (
  SELECT p.rid, p.cell, p.in_scope, m.item, m.dim, m.overall, a.score
  FROM survey_answer a JOIN resp p ON p.response_id = a.response_id JOIN meta m ON m.item_code = a.item_code
  WHERE a.score IS NOT NULL
), rd AS MATERIALIZED (
  SELECT rid, dim, avg(score) AS d FROM ans GROUP BY rid, dim
), ri AS (
  SELECT rd.rid, sum(dw.w * rd.d) / sum(dw.w) AS idx FROM rd JOIN dw ON dw.dim = rd.dim WHERE dw.w > 0 GROUP BY rd.rid
), ro AS (
  SELECT rid, avg(score) AS o FROM ans WHERE overall GROUP BY rid
), per AS MATERIALIZED (
  SELECT p.rid, p.agency, p.division, p.respondent_type, p.in_scope, ri.idx, ${ref} AS ref
  FROM resp p LEFT JOIN ri ON ri.rid = p.rid LEFT JOIN ro ON ro.rid = p.rid
), cells AS (
  SELECT DISTINCT cell, in_scope, agency, division, respondent_type FROM resp
)`;
}
