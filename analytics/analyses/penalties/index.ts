/**
 * Penalty distribution (DOMAIN §8, DESIGN §4 `penalties`): for one filter, the summary (count, fine
 * and confiscation totals; mean, median, p25, p75, p90 and max over cases with a fine > 0), the
 * fixed-bin histogram (`bins.ts`), the category mix and the heaviest-category view, groupings by
 * agency / division / sector / violation / month, the year-over-year change (null when the prior
 * year has no case under the filter), the flags (`scope.ts` documents each rule) and findings.
 *
 * Every statistic is computed in DuckDB, one query per named table (`queries.ts`) over the cases
 * counted once per run (`sources.ts`); the tables are also the Arrow tables the UI receives.
 */
import type { FilterSpec } from '../filter.ts';
import type { QueryContext } from '../query.ts';
import { penaltyFindings } from './findings.ts';
import { penaltiesQueries, PENALTY_TABLES } from './queries.ts';
import { shapePenalties, type PenaltyRows } from './shape.ts';
import { figuresSelect } from './figures.ts';
import { cellsSelect, combosSelect, simpleSelect } from './sources.ts';
import type { PenaltiesResult } from './types.ts';

export type * from './types.ts';
export { penaltiesQueries, PENALTY_TABLES, type PenaltyTable } from './queries.ts';
export { shapePenalties, type PenaltyRows } from './shape.ts';
export { penaltyFindings } from './findings.ts';
export { FINE_BINS, type FineBin } from './bins.ts';

/** Runs every penalty query for `filter` and returns the typed result with findings. */
export async function runPenalties(q: QueryContext, filter: FilterSpec): Promise<PenaltiesResult> {
  const rows = {} as Record<string, unknown[]>;
  // The cases are counted once into small relations that the tables then read (sources.ts).
  await q.withTemps(
    [['analysis_penalty_cells', cellsSelect(filter)], ['analysis_penalty_simple', simpleSelect(filter)],
      ['analysis_penalty_combos', combosSelect(filter)]],
    ([cells, simple, combos]) => q.withTemp('analysis_penalty_figures', figuresSelect(cells, simple), async (figures) => {
      const queries = penaltiesQueries(filter, { cells, simple, combos, figures });
      // Sequential on purpose: one DuckDB connection runs one query at a time anyway.
      for (const name of PENALTY_TABLES) rows[name] = await q.rows(name, queries[name]);
    }));
  const result = shapePenalties(filter, rows as unknown as PenaltyRows);
  return { ...result, findings: penaltyFindings(result, filter) };
}
