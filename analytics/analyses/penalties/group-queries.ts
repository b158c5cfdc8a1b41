/**
 * Penalty groupings by agency, division, sector and violation (DOMAIN §8), largest first. Sector and
 * an agency's home division come from the `agency` table (joined once, in `figures`); a case's
 * division is its own column. Every figure comes from the relations of `sources.ts`.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { figuresOf, GROUP_FIGURES } from './figures.ts';
import { cellsOf, penaltySources, type PenaltySources } from './sources.ts';

/**
 * Per agency: the group figures, the agency's sector and division, its December cases and share,
 * and its over-cap simple cases.
 */
export function byAgencyQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT f.k1 AS agency, f.agency_sector AS sector, f.agency_division AS division, ${GROUP_FIGURES}, f.december_cases,
      f.december_cases / f.cases AS december_share, f.simple_over_cap
    FROM ${figuresOf(src.figures, 'agency')}
    ORDER BY f.cases DESC, f.k1`;
}

/** Per division of the case (not the agency's): zones are their own rows, never added to the parent. */
export function byDivisionQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT f.k1 AS division, ${GROUP_FIGURES}
    FROM ${figuresOf(src.figures, 'division')}
    ORDER BY f.cases DESC, f.k1 NULLS LAST`;
}

/** Per sector of the deciding agency. */
export function bySectorQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  // The agencies with a case in the year are the keys of the agency rows of `figures`.
  return sql`WITH ag AS (
      SELECT f.agency_sector AS sector, count(f.k1) AS agencies FROM ${figuresOf(src.figures, 'agency')} GROUP BY f.agency_sector)
    SELECT f.k1 AS sector, ag.agencies, ${GROUP_FIGURES}
    FROM ${figuresOf(src.figures, 'sector')} JOIN ag ON ag.sector IS NOT DISTINCT FROM f.k1
    ORDER BY f.cases DESC, f.k1 NULLS LAST`;
}

/**
 * Per violation: one row per 违法行为代码; cases without a code are grouped by their name. The name
 * shown for a code is its most frequent spelling (ties: the one recorded first).
 */
export function byViolationQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`WITH names AS (
      SELECT violation_code, vcase, first(violation_name ORDER BY n DESC, first_rid) AS violation_name
      FROM (
        SELECT c.violation_code, CASE WHEN c.violation_code IS NULL THEN c.violation_name END AS vcase, c.violation_name,
          sum(c.n) AS n, min(c.first_rid) AS first_rid
        FROM ${cellsOf(src.cells, 'current')} c WHERE c.violation_name IS NOT NULL GROUP BY ALL)
      GROUP BY violation_code, vcase)
    SELECT f.k1 AS violation_code, names.violation_name, ${GROUP_FIGURES}
    FROM ${figuresOf(src.figures, 'violation')}
      LEFT JOIN names ON names.violation_code IS NOT DISTINCT FROM f.k1 AND names.vcase IS NOT DISTINCT FROM f.k2
    ORDER BY f.cases DESC, f.k1 NULLS LAST, names.violation_name NULLS LAST`;
}
