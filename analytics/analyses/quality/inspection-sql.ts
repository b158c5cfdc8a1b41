/**
 * Inspection practice per mode and per agency (DOMAIN §8).
 *
 * - Mode shares count every inspection of the filter once; a mode outside the five normalized ones
 *   (or blank) counts as 其他, so the shares add up to 1.
 * - Penalties per 100 inspections: the agency's penalty decisions of the filter year (same filter:
 *   a case's division is its own, an inspection's its own) × 100 / its inspections; NULL for an
 *   agency without inspections, which is still listed with its penalties.
 * - found_problem_rate: inspections that found a problem / inspections with a recorded result
 *   (a blank result is unknown, not "no problem").
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { MODES } from './types.ts';

/** WHERE conditions of `inspection` aliased `i`. */
export function inspectionWhere(filter: FilterSpec): Fragment {
  return filterConditions(filter, { date: sql`i.inspected_on`, dateColumn: true, division: sql`i.division`, agency: sql`i.agency` });
}

/**
 * One row per mode, in MODES order, with count and share. Inspections are counted per mode as
 * recorded first and folded into the five modes afterwards: the scan then groups a dictionary
 * column and the fold looks at a handful of distinct values instead of every inspection.
 */
export function modeQuery(filter: FilterSpec): Fragment {
  return sql`WITH m AS (SELECT unnest(${[...MODES]}::VARCHAR[]) AS mode, unnest(range(1, ${MODES.length + 1})) AS ord),
    recorded AS (SELECT i.mode, count(*) AS n FROM inspection i WHERE ${inspectionWhere(filter)} GROUP BY i.mode),
    counted AS (
      SELECT CASE WHEN r.mode IN (SELECT mode FROM m) THEN r.mode ELSE ${'其他'} END AS mode, sum(r.n)::BIGINT AS inspections
      FROM recorded r GROUP BY 1)
    SELECT m.mode, coalesce(c.inspections, 0) AS inspections,
      coalesce(c.inspections, 0) / nullif(sum(coalesce(c.inspections, 0)) OVER (), 0) AS share
    FROM m LEFT JOIN counted c ON c.mode = m.mode
    ORDER BY m.ord`;
}

/** Inspections, penalties, penalties per 100 inspections and found-problem rate per agency. */
export function agencyQuery(filter: FilterSpec): Fragment {
  const cases = filterConditions(filter, { date: sql`p.decided_on`, dateColumn: true, division: sql`p.division`, agency: sql`p.agency` });
  return sql`WITH ins AS (
      SELECT i.agency, count(*) AS inspections, count(*) FILTER (WHERE i.found_problem) AS found,
        count(i.found_problem) AS known
      FROM inspection i WHERE ${inspectionWhere(filter)} GROUP BY i.agency),
    pen AS (SELECT p.agency, count(*) AS penalties FROM penalty_case p WHERE ${cases} GROUP BY p.agency)
    SELECT coalesce(ins.agency, pen.agency) AS agency, coalesce(ins.inspections, 0) AS inspections,
      coalesce(pen.penalties, 0) AS penalties,
      coalesce(pen.penalties, 0) * 100.0 / nullif(ins.inspections, 0) AS penalties_per_100,
      ins.found / nullif(ins.known, 0) AS found_problem_rate
    FROM ins FULL OUTER JOIN pen ON pen.agency = ins.agency
    ORDER BY inspections DESC, penalties DESC, agency`;
}
