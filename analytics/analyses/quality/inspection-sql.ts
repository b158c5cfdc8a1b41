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
import { join, sql, type Fragment } from '../../sql/fragment.ts';
import { MODES } from './types.ts';

/** The catch-all mode: last in MODES, it takes every inspection the other modes do not name. */
const OTHER_MODE = MODES[MODES.length - 1];

/** WHERE conditions of `inspection` aliased `i`. */
export function inspectionWhere(filter: FilterSpec): Fragment {
  return filterConditions(filter, { date: sql`i.inspected_on`, dateColumn: true, division: sql`i.division`, agency: sql`i.agency` });
}

/**
 * One row per mode, in MODES order, with count and share. Inspections are counted per mode as
 * recorded first and folded into the five modes afterwards: the scan then groups a dictionary
 * column and the fold looks at a handful of distinct values instead of every inspection. The fold
 * is one aggregate (a count per named mode, the rest is 其他) unnested into rows in MODES order — no
 * join, window or sort, which on five rows would cost more than the counting.
 */
export function modeQuery(filter: FilterSpec): Fragment {
  const named = join(MODES.filter((m) => m !== OTHER_MODE).map((m) => sql`coalesce(sum(n) FILTER (WHERE mode = ${m}), 0)`), ', ');
  return sql`WITH recorded AS (SELECT i.mode, count(*) AS n FROM inspection i WHERE ${inspectionWhere(filter)} GROUP BY i.mode),
    totals AS (SELECT [${named}]::BIGINT[] AS named, coalesce(sum(n), 0)::BIGINT AS total FROM recorded),
    modes AS (
      SELECT unnest(${[...MODES]}::VARCHAR[]) AS mode, unnest(list_append(named, total - list_sum(named))::BIGINT[]) AS inspections, total
      FROM totals)
    SELECT mode, inspections, inspections / nullif(total, 0) AS share FROM modes`;
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
