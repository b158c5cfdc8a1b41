/**
 * Penalty distribution (DOMAIN §8, DESIGN §4 `penalties`): for one filter, the summary (count, fine
 * and confiscation totals; mean, median, p25, p75, p90 and max over cases with a fine > 0), the
 * fixed-bin histogram (`bins.ts`), the category mix and the heaviest-category view, groupings by
 * agency / division / sector / violation / month, the year-over-year change (null when the prior
 * year has no case under the filter), the flags (`scope.ts` documents each rule) and findings.
 *
 * Every statistic is computed in DuckDB, one query per named table (`queries.ts`); the tables are
 * also the Arrow tables the UI receives.
 */
import type { FilterSpec } from '../filter.ts';
import type { QueryContext } from '../query.ts';
import { penaltyFindings } from './findings.ts';
import { penaltiesQueries, PENALTY_TABLES } from './queries.ts';
import { shapePenalties, type PenaltyRows } from './shape.ts';
import type { PenaltiesResult } from './types.ts';

export type * from './types.ts';
export { penaltiesQueries, PENALTY_TABLES, type PenaltyTable } from './queries.ts';
export { shapePenalties, type PenaltyRows } from './shape.ts';
export { penaltyFindings } from './findings.ts';
export { FINE_BINS, type FineBin } from './bins.ts';

/** Runs every penalty query for `filter` and returns the typed result with findings. */
export async function runPenalties(q: QueryContext, filter: FilterSpec): Promise<PenaltiesResult> {
  const queries = penaltiesQueries(filter);
  const rows = {} as Record<string, unknown[]>;
  // Sequential on purpose: one DuckDB connection runs one query at a time anyway.
  for (const name of PENALTY_TABLES) rows[name] = await q.rows(name, queries[name]);
  const result = shapePenalties(filter, rows as unknown as PenaltyRows);
  return { ...result, findings: penaltyFindings(result, filter) };
}
