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
 *
 * Speed: a million decisions collapse to (agency, category list) combinations before the heaviest
 * category is looked up, so the lookup runs on a few hundred rows; lists are grouped by their stored
 * text key (`categories_key`, exact; reading and hashing the list column cost about twice as much).
 * The reporting agencies are picked from the per-agency rows, not from every decision.
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

/** The filter's agencies as a condition on `agency` rows joined as `a` and a name column. */
function agencyWhere(filter: FilterSpec, name: Fragment): Fragment {
  return filterConditions(filter, { date: sql`make_date(${filter.year}::INTEGER, 1, 1)`, division: sql`a.division`, agency: name });
}

/** CTEs `ind` (reproducible indicators) and `rep` (reported values of the filter's agencies). */
export function reportedCtes(filter: FilterSpec): Fragment {
  const totals = join(TOTAL_INDICATORS.map((t) => sql`${t}`), ', ');
  return sql`ind AS (
      SELECT code, label, unit, money, ord FROM annual_indicator
      WHERE code IN (SELECT annual_indicator FROM penalty_category) OR code IN (${totals})),
    rep AS (
      SELECT s.agency, s.indicator, arg_max(s.value, s.batch_id) AS reported
      FROM annual_stat s LEFT JOIN agency a ON a.name = s.agency
      WHERE s.year = ${filter.year} AND s.value IS NOT NULL AND s.indicator IN (SELECT code FROM ind)
        AND ${agencyWhere(filter, sql`s.agency`)}
      GROUP BY s.agency, s.indicator)`;
}

/** `kind` of the rows of `countsSelect`. */
export const COUNT_KINDS = { cases: 0, inspections: 1 } as const;

/**
 * The year's enforcement data counted per agency, which both tables read (`runReconcile` holds it
 * in a temporary table, so the cases and inspections are scanned once per run): `kind` 0 rows are
 * the decisions per agency × category list (`k`, the stored key, see `workspace/categories-key.ts`)
 * with `n` and `amount` (fines plus confiscations, exact DECIMAL); `kind` 1 rows are the
 * inspections per agency (`n`). Every agency of the year is counted; each table applies the
 * filter's agency conditions to these few hundred rows.
 */
export function countsSelect(filter: FilterSpec): Fragment {
  return sql`SELECT ${COUNT_KINDS.cases} AS kind, p.agency, p.categories_key AS k, count(*) AS n,
      sum(coalesce(p.fine_yuan, 0) + coalesce(p.confiscation_yuan, 0)) AS amount
    FROM penalty_case p WHERE ${yearRange(sql`p.decided_on`, filter.year)}
    GROUP BY p.agency, p.categories_key
    UNION ALL
    SELECT ${COUNT_KINDS.inspections}, i.agency, NULL, count(*), NULL
    FROM inspection i WHERE ${yearRange(sql`i.inspected_on`, filter.year)}
    GROUP BY i.agency`;
}

/** The rows of one kind of a counts relation. */
function countsOf(counts: Fragment, kind: keyof typeof COUNT_KINDS): Fragment {
  return sql`(SELECT * FROM ${counts} WHERE kind = ${COUNT_KINDS[kind]})`;
}

/**
 * One query: every reported value of the filter's agencies beside the computed one; `counts` is a
 * relation of `countsSelect` rows (by default computed in place).
 */
export function checksQuery(filter: FilterSpec, counts: Fragment = sql`(${countsSelect(filter)})`): Fragment {
  return sql`WITH ${reportedCtes(filter)},
    combos AS (
      SELECT agency, ${categoriesOfKey(sql`k`)} AS categories, n, amount FROM ${countsOf(counts, 'cases')} c
      WHERE agency IN (SELECT agency FROM rep)),
    heaviest AS (
      SELECT x.agency, x.categories, arg_min(pc.annual_indicator, pc.severity_rank) AS indicator
      FROM (SELECT agency, categories, unnest(categories) AS category FROM combos) x
        JOIN penalty_category pc ON pc.name = x.category
      GROUP BY x.agency, x.categories),
    comp AS (
      SELECT c.agency, coalesce(h.indicator, ${OTHER_INDICATOR}) AS indicator, sum(c.n)::DOUBLE AS value
      FROM combos c LEFT JOIN heaviest h ON h.agency = c.agency AND h.categories IS NOT DISTINCT FROM c.categories
      GROUP BY ALL
      UNION ALL SELECT agency, ${'penalty_total'}, sum(n)::DOUBLE FROM combos GROUP BY agency
      UNION ALL SELECT agency, ${'penalty_amount_yuan'}, sum(amount)::DOUBLE FROM combos GROUP BY agency
      UNION ALL
      SELECT agency, ${'inspection_total'}, n::DOUBLE FROM ${countsOf(counts, 'inspections')} c
      WHERE agency IN (SELECT agency FROM rep)),
    cmp AS (
      SELECT r.agency, r.indicator, ind.label AS indicator_label, ind.unit, ind.money, ind.ord, r.reported,
        coalesce(c.value, 0) AS computed
      FROM rep r JOIN ind ON ind.code = r.indicator
        LEFT JOIN comp c ON c.agency = r.agency AND c.indicator = r.indicator)
    SELECT agency, indicator, indicator_label, unit, money, reported, computed, reported - computed AS difference,
      reported / nullif(computed, 0) AS ratio,
      abs(reported - computed) > greatest(${MISMATCH_ABS}, ${MISMATCH_REL} * abs(computed)) AS mismatch,
      money AND reported > 0 AND computed > 0
        AND (abs(reported / computed - ${UNIT_FACTOR}) <= ${UNIT_FACTOR * UNIT_TOLERANCE}
          OR abs(computed / reported - ${UNIT_FACTOR}) <= ${UNIT_FACTOR * UNIT_TOLERANCE}) AS suspected_unit_error
    FROM cmp
    ORDER BY agency, ord`;
}

/**
 * One query: agencies of the filter with decisions or inspections in the year but no annual
 * statistics row for that year at all, with what the data holds for them; `counts` as for
 * `checksQuery`.
 */
export function missingReportsQuery(filter: FilterSpec, counts: Fragment = sql`(${countsSelect(filter)})`): Fragment {
  // The agency conditions concern the agency only, so they apply to the per-agency rows: the cases
  // and inspections are counted first and never joined with the agency table one by one.
  return sql`WITH pen AS (
      SELECT c.agency, c.penalty_total, c.penalty_amount_yuan
      FROM (SELECT agency, sum(n)::BIGINT AS penalty_total, sum(amount)::DOUBLE AS penalty_amount_yuan
        FROM ${countsOf(counts, 'cases')} c GROUP BY agency) c
        LEFT JOIN agency a ON a.name = c.agency
      WHERE ${agencyWhere(filter, sql`c.agency`)}),
    ins AS (
      SELECT c.agency, c.n AS inspection_total
      FROM ${countsOf(counts, 'inspections')} c
        LEFT JOIN agency a ON a.name = c.agency
      WHERE ${agencyWhere(filter, sql`c.agency`)})
    SELECT coalesce(pen.agency, ins.agency) AS agency, coalesce(pen.penalty_total, 0) AS penalty_total,
      coalesce(pen.penalty_amount_yuan, 0) AS penalty_amount_yuan, coalesce(ins.inspection_total, 0) AS inspection_total
    FROM pen FULL OUTER JOIN ins ON ins.agency = pen.agency
    WHERE coalesce(pen.agency, ins.agency) NOT IN (SELECT agency FROM annual_stat WHERE year = ${filter.year})
    ORDER BY penalty_total DESC, inspection_total DESC, agency`;
}
