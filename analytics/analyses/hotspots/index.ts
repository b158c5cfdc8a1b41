/**
 * Complaint hotspots (DOMAIN §8, DESIGN §4 `hotspots`): for one filter and scope (`complaints` =
 * 投诉 + 举报, the default; `all` = every appeal type), ticket counts by division (with per-10 000
 * rates where the population is known), street, category, handling unit and month; handling rates;
 * the division × category z-score hotspots; month surges; the prior-year comparison; findings.
 * The definitions and every choice they leave open are documented where they are computed:
 * `scope.ts` (scope, filter, handling rates), `group-queries.ts` (zones and populations),
 * `cell-queries.ts` (hotspots), `surge-queries.ts` (surges and the first three months).
 *
 * Thresholds come from the workspace settings (hotspot_z, hotspot_min_count, surge_ratio,
 * surge_min_count) and are bound as parameters.
 */
import type { FilterSpec } from '../filter.ts';
import type { QueryContext } from '../query.ts';
import { hotspotFindings } from './findings.ts';
import { hotspotsQueries, HOTSPOT_TABLES } from './queries.ts';
import type { HotspotScope } from './scope.ts';
import { shapeHotspots, type HotspotRows } from './shape.ts';
import { countsSelect, handlingSelect } from './sources.ts';
import type { HotspotsResult, HotspotThresholds } from './types.ts';

export type * from './types.ts';
export type { HotspotScope } from './scope.ts';
export { hotspotsQueries, HOTSPOT_TABLES, DEFAULT_THRESHOLDS, type HotspotTable } from './queries.ts';
export { shapeHotspots, type HotspotRows } from './shape.ts';
export { hotspotFindings } from './findings.ts';

/** Runs every hotspot query for `filter` and `scope` and returns the typed result with findings. */
export async function runHotspots(q: QueryContext, filter: FilterSpec, scope: HotspotScope = 'complaints'): Promise<HotspotsResult> {
  const thresholds: HotspotThresholds = {
    hotspot_z: Number(q.settings.hotspot_z),
    hotspot_min_count: Number(q.settings.hotspot_min_count),
    surge_ratio: Number(q.settings.surge_ratio),
    surge_min_count: Number(q.settings.surge_min_count),
  };
  const rows = {} as Record<string, unknown[]>;
  // The tickets are counted once into two small relations that most tables then read (sources.ts).
  await q.withTemps(
    [['analysis_hotline_handling', handlingSelect(filter, scope, thresholds)], ['analysis_hotline_counts', countsSelect(filter, scope)]],
    async ([handling, counts]) => {
      const queries = hotspotsQueries(filter, scope, thresholds, { handling, counts });
      // Sequential on purpose: one DuckDB connection runs one query at a time anyway.
      for (const name of HOTSPOT_TABLES) rows[name] = await q.rows(name, queries[name]);
    });
  const result = shapeHotspots(filter, scope, thresholds, rows as unknown as HotspotRows);
  return { ...result, findings: hotspotFindings(result) };
}
