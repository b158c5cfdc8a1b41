/**
 * Penalty groupings by agency, division, sector and violation (DOMAIN §8), largest first. Sector and
 * an agency's home division come from the `agency` table; a case's division is its own column.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { groupFigures } from './figures.ts';
import { overCapCondition, scopedCases } from './scope.ts';

/**
 * Per agency: the group figures, the agency's sector and division, its December cases and share,
 * and its over-cap simple cases.
 */
export function byAgencyQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)})
    SELECT p.agency, any_value(a.sector) AS sector, any_value(a.division) AS division, ${groupFigures()},
      count(*) FILTER (WHERE month(p.decided_on) = 12) AS december_cases,
      count(*) FILTER (WHERE month(p.decided_on) = 12) / count(*) AS december_share,
      count(*) FILTER (WHERE ${overCapCondition()}) AS simple_over_cap
    FROM p LEFT JOIN agency a ON a.name = p.agency
    GROUP BY p.agency
    ORDER BY cases DESC, p.agency`;
}

/** Per division of the case (not the agency's): zones are their own rows, never added to the parent. */
export function byDivisionQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)})
    SELECT p.division, ${groupFigures()}
    FROM p GROUP BY p.division
    ORDER BY cases DESC, p.division NULLS LAST`;
}

/** Per sector of the deciding agency. */
export function bySectorQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)})
    SELECT a.sector, count(DISTINCT p.agency) AS agencies, ${groupFigures()}
    FROM p LEFT JOIN agency a ON a.name = p.agency
    GROUP BY a.sector
    ORDER BY cases DESC, a.sector NULLS LAST`;
}

/**
 * Per violation: one row per 违法行为代码; cases without a code are grouped by their name. The name
 * shown for a code is its most frequent spelling.
 */
export function byViolationQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)})
    SELECT p.violation_code, mode(p.violation_name) AS violation_name, ${groupFigures()}
    FROM p
    GROUP BY p.violation_code, CASE WHEN p.violation_code IS NULL THEN p.violation_name END
    ORDER BY cases DESC, p.violation_code NULLS LAST, violation_name NULLS LAST`;
}
