/**
 * All hotspot queries for one filter and scope, by table name (the Arrow table names of the UI).
 * `runHotspots` runs them over the relations of `sources.ts` held in temporary tables; by default
 * each query computes them in place.
 */
import type { FilterSpec } from '../filter.ts';
import type { Fragment } from '../../sql/fragment.ts';
import { cellsQuery } from './cell-queries.ts';
import { byCategoryQuery, byDivisionQuery, byHandlingUnitQuery, byStreetQuery } from './group-queries.ts';
import type { HotspotScope } from './scope.ts';
import { DEFAULT_THRESHOLDS, hotlineSources, type HotlineSources } from './sources.ts';
import { surgesQuery } from './surge-queries.ts';
import { monthQuery, priorSummaryQuery, summaryQuery } from './summary-queries.ts';
import type { HotspotThresholds } from './types.ts';

/** Table names of the hotspots analysis. */
export const HOTSPOT_TABLES = [
  'hotline_summary', 'hotline_prior_summary', 'hotline_by_division', 'hotline_by_street', 'hotline_by_category',
  'hotline_by_handling_unit', 'hotline_by_month', 'hotline_cells', 'hotline_surges',
] as const;

/** One table name. */
export type HotspotTable = (typeof HOTSPOT_TABLES)[number];

export { DEFAULT_THRESHOLDS } from './sources.ts';

/**
 * The query of every hotspot table over `src` (pure: no database needed). The cells and surges take
 * the thresholds from `src` (`runValues`), so temporary tables passed as `src` must have been built
 * with the same `thresholds`, as `runHotspots` does.
 */
export function hotspotsQueries(
  filter: FilterSpec,
  scope: HotspotScope = 'complaints',
  thresholds: HotspotThresholds = DEFAULT_THRESHOLDS,
  src: HotlineSources = hotlineSources(filter, scope, thresholds),
): Record<HotspotTable, Fragment> {
  return {
    hotline_summary: summaryQuery(filter, scope, src),
    hotline_prior_summary: priorSummaryQuery(filter, scope, src),
    hotline_by_division: byDivisionQuery(filter, scope, src),
    hotline_by_street: byStreetQuery(filter, scope, src),
    hotline_by_category: byCategoryQuery(filter, scope, src),
    hotline_by_handling_unit: byHandlingUnitQuery(filter, scope, src),
    hotline_by_month: monthQuery(filter, scope, src),
    hotline_cells: cellsQuery(filter, scope, thresholds, src),
    hotline_surges: surgesQuery(filter, scope, thresholds, src),
  };
}
