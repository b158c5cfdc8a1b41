/**
 * Annual statistics against the case data (DOMAIN §4, §8): for each agency and each indicator the
 * case data can reproduce, the reported `annual_stat` value of the filter year beside the computed one.
 *
 * - **Reproducible indicators**: the heaviest-category counts (every `annual_indicator` a
 *   `penalty_category` maps to: penalty_warning … penalty_other), `penalty_total`,
 *   `penalty_amount_yuan` (fines + confiscations, 元) and `inspection_total`.
 * - **Heaviest category** (DOMAIN §1, §4): a decision counts once, under the annual indicator of its
 *   category with the lowest `severity_rank` (the `penalty_category` table); a decision with no
 *   recognised category counts under penalty_other, so the categories add up to penalty_total.
 * - **Computed** from every decision of the agency dated in the filter year (whatever the case's own
 *   division) and every inspection of the agency in that year; revoked decisions never reach the
 *   workspace. Blank fines or confiscations count as 0. An agency that reports but has no case
 *   computes 0.
 * - **Reported**: the value of the filter year, money already in 元 (converted on import). Blank
 *   values are not compared. When several batches report the same agency and indicator, the latest
 *   batch wins (a resubmission replaces the first report).
 * - **Which agencies**: those the filter selects — by name (agency), by the agency table's sector,
 *   and by the agency table's division (an annual report belongs to an agency, not to a place).
 * - **Mismatch**: |reported − computed| > max(`MISMATCH_ABS`, `MISMATCH_REL` × |computed|).
 * - **Suspected unit error**: a money indicator whose reported / computed ratio (or its inverse) is
 *   within `UNIT_TOLERANCE` of `UNIT_FACTOR` — 元 entered in a 万元 column, or the reverse.
 * - **Missing reports**: agencies of the filter with decisions or inspections in the year but no
 *   annual statistics row for that year at all, with what the data holds for them.
 *
 * Speed: both tables come from one statement (`resultSelect`), which `runReconcile` holds in a
 * temporary table; the two named queries only read their rows back in order. The tables are tiny —
 * a few hundred rows — so their cost is per statement and per operator, not per row: one statement
 * plans and schedules the shared parts (the computed values, the filter's agencies) once. A million
 * decisions collapse to (agency, category list) combinations, grouped by their stored text key
 * (`categories_key`, exact; reading and hashing the list column cost about twice as much), with
 * fines and confiscations summed separately (two plain DECIMAL sums are cheaper than summing a
 * per-row coalesce-and-add, and exact all the same); the
 * heaviest category is looked up once per distinct list (a few dozen); and the per-agency values
 * come from one aggregate over the combinations, each expanded into its category indicator,
 * penalty_total and penalty_amount_yuan rows.
 */
import { filterConditions, yearRange, type FilterSpec } from '../filter.ts';
import { join, sql, type Fragment } from '../../sql/fragment.ts';
import { categoriesOfKey } from '../../workspace/categories-key.ts';

/** Reproducible indicators besides the category counts. */
export const TOTAL_INDICATORS = ['penalty_total', 'penalty_amount_yuan', 'inspection_total'] as const;
/** Where a decision without a recognised category is counted. */
export const OTHER_INDICATOR = 'penalty_other';
/** Absolute tolerance of the mismatch rule. */
export const MISMATCH_ABS = 1;
/** Relative tolerance (of the computed value) of the mismatch rule. */
export const MISMATCH_REL = 0.01;
/** 万元 ↔ 元. */
export const UNIT_FACTOR = 10000;
/** Relative tolerance around UNIT_FACTOR for a suspected unit error. */
export const UNIT_TOLERANCE = 0.01;

/** `part` of the rows of `resultSelect`. */
export const RESULT_PARTS = { checks: 0, missing: 1 } as const;

/**
 * The filter's agencies as a condition on a name column, and the join it needs: the agency table
 * (as `a`) only for a division filter — the sector is looked up by name in a subquery, and agency
 * names are the table's primary key, so the join neither drops nor repeats rows.
 */
function agencyFilter(filter: FilterSpec, name: Fragment): { join: Fragment; where: Fragment } {
  return {
    join: filter.division ? sql`LEFT JOIN agency a ON a.name = ${name}` : sql``,
    where: filterConditions(filter, { date: sql`make_date(${filter.year}::INTEGER, 1, 1)`, division: sql`a.division`, agency: name }),
  };
}

/**
 * CTEs `ind` (reproducible indicators), `rep` (reported values of the filter's agencies) and `comp`
 * (every agency's computed values of the year: agency, indicator, value).
 */
function ctes(filter: FilterSpec): Fragment {
  const totals = join(TOTAL_INDICATORS.map((t) => sql`${t}`), ', ');
  const rep = agencyFilter(filter, sql`s.agency`);
  return sql`ind AS (
      SELECT code, label, unit, money, ord FROM annual_indicator
      WHERE code IN (SELECT annual_indicator FROM penalty_category) OR code IN (${totals})),
    rep AS (
      SELECT s.agency, s.indicator, arg_max(s.value, s.batch_id) AS reported
      FROM annual_stat s ${rep.join}
      WHERE s.year = ${filter.year} AND s.value IS NOT NULL AND ${rep.where}
      GROUP BY s.agency, s.indicator),
    combos AS (
      SELECT p.agency, p.categories_key AS k, count(*) AS n,
        coalesce(sum(p.fine_yuan), 0) + coalesce(sum(p.confiscation_yuan), 0) AS amount
      FROM penalty_case p WHERE ${yearRange(sql`p.decided_on`, filter.year)}
      GROUP BY p.agency, p.categories_key),
    heaviest AS (
      SELECT k, arg_min(pc.annual_indicator, pc.severity_rank) AS indicator
      FROM (SELECT k, unnest(${categoriesOfKey(sql`k`)}) AS category FROM (SELECT DISTINCT k FROM combos)) x
        JOIN penalty_category pc ON pc.name = x.category
      GROUP BY k),
    comp AS MATERIALIZED (
      SELECT c.agency,
        CASE x.i WHEN 0 THEN coalesce(h.indicator, ${OTHER_INDICATOR}) WHEN 1 THEN ${'penalty_total'} ELSE ${'penalty_amount_yuan'} END AS indicator,
        sum(CASE x.i WHEN 2 THEN c.amount ELSE c.n END)::DOUBLE AS value
      FROM combos c LEFT JOIN heaviest h ON h.k = c.k CROSS JOIN (VALUES (0), (1), (2)) x(i)
      GROUP BY ALL
      UNION ALL
      SELECT i.agency, ${'inspection_total'}, count(*)
      FROM inspection i WHERE ${yearRange(sql`i.inspected_on`, filter.year)}
      GROUP BY i.agency)`;
}

/**
 * Every row of both tables for a filter: `part` 0 = one comparison per reported value of the filter's
 * agencies (with `ord` for sorting), `part` 1 = one agency without a report (see the module comment).
 */
export function resultSelect(filter: FilterSpec): Fragment {
  const missing = agencyFilter(filter, sql`c.agency`);
  return sql`WITH ${ctes(filter)},
    cmp AS (
      SELECT r.agency, r.indicator, ind.label AS indicator_label, ind.unit, ind.money, ind.ord, r.reported,
        coalesce(c.value, 0) AS computed
      FROM rep r JOIN ind ON ind.code = r.indicator
        LEFT JOIN comp c ON c.agency = r.agency AND c.indicator = r.indicator)
    SELECT ${RESULT_PARTS.checks} AS part, agency, indicator, indicator_label, unit, money, ord, reported, computed,
      reported - computed AS difference, reported / nullif(computed, 0) AS ratio,
      abs(reported - computed) > greatest(${MISMATCH_ABS}, ${MISMATCH_REL} * abs(computed)) AS mismatch,
      money AND reported > 0 AND computed > 0
        AND (abs(reported / computed - ${UNIT_FACTOR}) <= ${UNIT_FACTOR * UNIT_TOLERANCE}
          OR abs(computed / reported - ${UNIT_FACTOR}) <= ${UNIT_FACTOR * UNIT_TOLERANCE}) AS suspected_unit_error,
      NULL::BIGINT AS penalty_total, NULL::DOUBLE AS penalty_amount_yuan, NULL::BIGINT AS inspection_total
    FROM cmp
    UNION ALL BY NAME
    SELECT ${RESULT_PARTS.missing} AS part, c.agency,
      coalesce(sum(c.value) FILTER (WHERE c.indicator = ${'penalty_total'}), 0)::BIGINT AS penalty_total,
      coalesce(sum(c.value) FILTER (WHERE c.indicator = ${'penalty_amount_yuan'}), 0) AS penalty_amount_yuan,
      coalesce(sum(c.value) FILTER (WHERE c.indicator = ${'inspection_total'}), 0)::BIGINT AS inspection_total
    FROM comp c ${missing.join}
    WHERE ${missing.where} AND c.agency NOT IN (SELECT agency FROM annual_stat WHERE year = ${filter.year})
    GROUP BY c.agency`;
}

/** The rows of `resultSelect` (a table holding them, or by default computed in place). */
function rowsOf(filter: FilterSpec, table: Fragment | undefined): Fragment {
  return table ?? sql`(${resultSelect(filter)})`;
}

/** Every reported value of the filter's agencies beside the computed one, by agency and indicator order. */
export function checksQuery(filter: FilterSpec, table?: Fragment): Fragment {
  return sql`SELECT agency, indicator, indicator_label, unit, money, reported, computed, difference, ratio, mismatch, suspected_unit_error
    FROM ${rowsOf(filter, table)} WHERE part = ${RESULT_PARTS.checks}
    ORDER BY agency, ord`;
}

/** Agencies of the filter with decisions or inspections in the year but no annual report, largest first. */
export function missingReportsQuery(filter: FilterSpec, table?: Fragment): Fragment {
  return sql`SELECT agency, penalty_total, penalty_amount_yuan, inspection_total
    FROM ${rowsOf(filter, table)} WHERE part = ${RESULT_PARTS.missing}
    ORDER BY penalty_total DESC, inspection_total DESC, agency`;
}
