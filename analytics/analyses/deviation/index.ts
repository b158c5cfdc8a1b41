/**
 * Benchmark deviation (裁量基准偏离, DOMAIN §2, §8; DESIGN §4 `deviation`): every case of the filter
 * against the discretion-benchmark rule in force, the five statuses, per-agency and per-division
 * rates and coverage, fine consistency per violation × tier (同案不同罚) with division medians, and
 * the deviating cases worst first.
 *
 * The definitions live in the query modules' comments: rule matching in `match-sql.ts`, ranges and
 * statuses in `assess-sql.ts`, group figures in `by-group-sql.ts`, consistency in
 * `consistency-sql.ts`, the case list in `cases-sql.ts`, findings in `findings.ts`.
 *
 * Named tables (Arrow names for the UI): `deviation_by_agency`, `deviation_by_division`,
 * `deviation_consistency`, `deviation_division_medians`, `deviation_cases`.
 */
import type { FilterSpec } from '../filter.ts';
import { sql } from '../../sql/fragment.ts';
import type { QueryContext } from '../query.ts';
import { buildDeviationResult, groupFigures, summaryOf, type DeviationRows } from './build-result.ts';
import type { DeviationGroupRow } from './types.ts';
import { byGroupQuery } from './by-group-sql.ts';
import { cellsSelect, fineCells, statusCells } from './cells-sql.ts';
import { CASES_LIMIT, casesOfWorstCells, casesQuery, deviatingTotal } from './cases-sql.ts';
import { consistencyQuery, divisionMediansQuery, groupsSelect, type ConsistencySettings } from './consistency-sql.ts';
import { deviationFindings } from './findings.ts';
import type { DeviationResult } from './types.ts';

export type * from './types.ts';
export { STATUSES, STATUS_LABELS } from './types.ts';

/** Runs the deviation analysis for one filter. */
export async function runDeviation(q: QueryContext, filter: FilterSpec): Promise<DeviationResult> {
  const settings: ConsistencySettings = {
    consistency_cv: q.settings.consistency_cv,
    consistency_min_cases: q.settings.consistency_min_cases,
  };
  // One pass over the cases counts them into cells (a few thousand, see cells-sql.ts) and matches
  // their keys to the rules from those; every table but the case list reads the cells only, and the
  // case list reads the cases again just for the worst cells (see cases-sql.ts). A temporary table
  // of every assessed case would cost more to write than the whole analysis.
  const rows: DeviationRows = await q.withTemp('analysis_deviation_cells', cellsSelect(filter), (cells) => {
    return q.withTemp('analysis_deviation_groups', groupsSelect(fineCells(cells), settings), async (groups) => ({
      byAgency: await q.rows('deviation_by_agency', byGroupQuery(filter, 'agency', statusCells(cells))),
      byDivision: await q.rows('deviation_by_division', byGroupQuery(filter, 'division', statusCells(cells))),
      consistency: await q.rows('deviation_consistency', consistencyQuery(filter, settings, groups)),
      medians: await q.rows('deviation_division_medians', divisionMediansQuery(filter, settings, groups)),
      cases: await q.rows('deviation_cases', casesQuery(filter, CASES_LIMIT, casesOfWorstCells(filter, cells, CASES_LIMIT),
        deviatingTotal(statusCells(cells)))),
    }));
  });
  const findings = deviationFindings({
    filter, summary: summaryOf(rows.byAgency), byAgency: rows.byAgency, groups: rows.consistency, medians: rows.medians,
    cvThreshold: settings.consistency_cv,
  });
  return buildDeviationResult(filter, rows, settings, CASES_LIMIT, findings);
}

/**
 * The filter's deviation figures alone (counts, rates, coverage): one query, for callers that need
 * the summary without the tables (the overview's prior-year KPI). Equal to `runDeviation(…).summary`.
 */
export async function runDeviationSummary(q: QueryContext, filter: FilterSpec): Promise<DeviationGroupRow> {
  // The cells as a subquery: the one pass of `runDeviation`, without assessing every case on its own.
  const cells = statusCells(sql`(${cellsSelect(filter)})`);
  const byAgency = await q.rows<DeviationRows['byAgency'][number]>('deviation_by_agency', byGroupQuery(filter, 'agency', cells));
  return groupFigures(summaryOf(byAgency));
}
