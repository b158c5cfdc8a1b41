/**
 * The common table expressions of the survey statistics query. They compute, in DuckDB, the
 * per-respondent scores the statistics rest on, so that 100 000 respondents × 20 items never cross
 * into JavaScript, and they join the answers to their responses once (`ans` is materialized and
 * keyed by integers from there on):
 *
 *   resp   the year's responses, city-wide: `rid` (row id), group columns, `in_scope` = inside the
 *          filter, `cell` = hash of (in_scope, agency, division, respondent_type) — the integer key
 *          the group columns are carried by until they are needed (a hash costs a fraction of a
 *          window numbering the cells; `cellx` makes sure no two cells share one)
 *   ans    the non-blank answers of those responses (score NOT NULL: blank cells and 不了解 / 不适用
 *          are not answers): rid, cell, in_scope, `item` = the item's number in the instrument (its
 *          position in the bound list of codes — a list lookup, not a join), `dim` and `overall`
 *          looked up the same way, score
 *   rd     per respondent × dimension: mean of the items the respondent answered in it, and the
 *          respondent's sums and counts over the overall items and over the other items
 *   per    one row per response (the responses and `rd` stacked and grouped by `rid`, so that a
 *          response without answers keeps its row without a join): cell, in_scope,
 *          idx = Σ w_d·rd / Σ w_d over the dimensions they answered with w_d > 0 — the DOMAIN §6
 *          formula applied to one respondent; a dimension they skipped entirely drops out and the
 *          weights renormalise; NULL when they answered no weighted item —, `ref` — the mean of
 *          their overall-item scores when the instrument has an overall item, else their index
 *          (what 满意率 and the importance correlations use) —, and `total` / `tc`: the sum and
 *          number of their non-overall answers (Cronbach's alpha)
 *   cells  the group columns of each cell
 *   cellx  each cell once per grouping it belongs to: `g` numbered as in `GROUP_LEVELS` (city and
 *          city_agency for every cell, the four groupings inside the filter for cells in scope)
 *          with the key of that grouping; raises an error if two cells share a hash, so a
 *          collision can never merge two groups silently
 */
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import { scopeCondition, yearCondition } from './scope.ts';

/** `WITH resp, ans, rd, per, cells, cellx` for a filter and instrument (`undated`: see `scope.ts`). */
export function respondentCtes(filter: FilterSpec, inst: Instrument, undated: number): Fragment {
  const codes = inst.items.map((i) => i.item_code);
  const dims = inst.items.map((i) => i.dim);
  const overall = inst.items.map((i) => i.is_overall);
  // A dimension of weight 0 gets w NULL: it then counts in neither sum of idx (as a join keeping w > 0 would).
  const weights = inst.dimensions.map((d) => (d.weight > 0 ? d.weight : null));
  const idx = sql`sum(w * d) / sum(w)`;
  const ref = inst.has_overall ? sql`sum(os) / sum(oc)` : idx;
  return sql`WITH resp AS MATERIALIZED (
  SELECT *, hash(in_scope, agency, division, respondent_type) AS cell
  FROM (
    SELECT r.rowid AS rid, r.response_id, r.agency, r.division, r.respondent_type, (${scopeCondition(filter, undated)}) AS in_scope
    FROM survey_response r WHERE ${yearCondition(filter, undated)}
  )
), ans AS MATERIALIZED (
  SELECT p.rid, p.cell, p.in_scope, a.item, (${dims}::INTEGER[])[a.item + 1] AS dim, (${overall}::BOOLEAN[])[a.item + 1] AS overall, a.score
  FROM (
    SELECT response_id, list_position(${codes}::VARCHAR[], item_code) - 1 AS item, score
    FROM survey_answer WHERE score IS NOT NULL
  ) a
  JOIN resp p ON p.response_id = a.response_id
  WHERE a.item IS NOT NULL
), rd AS MATERIALIZED (
  SELECT rid, dim, avg(score) AS d,
    sum(score) FILTER (WHERE overall) AS os, count(*) FILTER (WHERE overall) AS oc,
    sum(score) FILTER (WHERE NOT overall) AS ts, count(*) FILTER (WHERE NOT overall) AS tc
  FROM ans GROUP BY rid, dim
), per AS MATERIALIZED (
  SELECT rid, any_value(cell) AS cell, bool_or(in_scope) AS in_scope, ${idx} AS idx, ${ref} AS ref, sum(ts) AS total, sum(tc) AS tc
  FROM (
    SELECT rid, cell, in_scope, NULL::DOUBLE AS d, NULL::DOUBLE AS w, NULL::DOUBLE AS os, NULL::BIGINT AS oc, NULL::DOUBLE AS ts, NULL::BIGINT AS tc
    FROM resp
    UNION ALL
    SELECT rid, NULL, NULL, d, (${weights}::DOUBLE[])[dim + 1], os, oc, ts, tc FROM rd
  )
  GROUP BY rid
), cells AS MATERIALIZED (
  SELECT DISTINCT cell, in_scope, agency, division, respondent_type FROM resp
), cellx AS MATERIALIZED (
  SELECT c.cell, x.g, CASE WHEN x.g IN (1, 3) THEN c.agency WHEN x.g = 4 THEN c.division WHEN x.g = 5 THEN c.respondent_type END AS key
  FROM cells c JOIN (VALUES (0), (1), (2), (3), (4), (5)) x(g) ON x.g < 2 OR c.in_scope
  WHERE (SELECT count(DISTINCT cell) = count(*) FROM cells) OR error('满意度分析内部错误：两组问卷的分组哈希值相同')
)`;
}
