/**
 * Rows of the hotspot tables → the typed result (pure): picks the summary rows, splits flagged
 * cells off the cell table, attaches the prior-year comparison.
 */
import { appliedParts, type FilterSpec } from '../filter.ts';
import type { HotspotTable } from './queries.ts';
import { COMPLAINT_TYPES, TICKET_COLUMNS, type HotspotScope } from './scope.ts';
import type {
  CategoryRow, DivisionRow, HandlingFigures, HandlingUnitRow, HotspotCell, HotspotsResult, HotspotThresholds, MonthRow,
  StreetRow, Surge,
} from './types.ts';

/** Row shapes of the hotspot tables as the queries return them. */
export interface HotspotRows {
  hotline_summary: (HandlingFigures & { unplaced: number })[];
  hotline_prior_summary: { tickets: number; unplaced: number }[];
  hotline_by_division: DivisionRow[];
  hotline_by_street: StreetRow[];
  hotline_by_category: CategoryRow[];
  hotline_by_handling_unit: HandlingUnitRow[];
  hotline_by_month: MonthRow[];
  hotline_cells: HotspotCell[];
  hotline_surges: Surge[];
}

// Compile-time check that HotspotRows names exactly the tables the queries produce.
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : never;
const _rowsCoverTables: SameKeys<HotspotRows, HotspotTable> = true;

function first<T>(rows: T[], table: string): T {
  if (!rows[0]) throw new Error(`查询“${table}”没有返回汇总行`);
  return rows[0];
}

/** Assembles the result (without findings). */
export function shapeHotspots(
  filter: FilterSpec,
  scope: HotspotScope,
  thresholds: HotspotThresholds,
  rows: HotspotRows,
): Omit<HotspotsResult, 'findings'> {
  const s = first(rows.hotline_summary, 'hotline_summary');
  const prior = first(rows.hotline_prior_summary, 'hotline_prior_summary');
  const hasPrior = prior.tickets > 0;
  const applied = appliedParts(filter, TICKET_COLUMNS);
  return {
    analysis: 'hotspots',
    filter,
    scope,
    appeal_types: scope === 'complaints' ? [...COMPLAINT_TYPES] : null,
    filter_applied: applied,
    filter_ignored: (['agency', 'sector'] as const).filter((k) => !!filter[k] && !applied.includes(k)),
    thresholds,
    summary: {
      ...s,
      tickets_prior: prior.tickets,
      tickets_change: hasPrior ? (s.tickets - prior.tickets) / prior.tickets : null,
    },
    // Without a prior year the prior rates are unknown, not zero.
    by_division: hasPrior ? rows.hotline_by_division : rows.hotline_by_division.map((d) => ({ ...d, per_10k_prior: null })),
    by_street: rows.hotline_by_street,
    by_category: rows.hotline_by_category,
    by_handling_unit: rows.hotline_by_handling_unit,
    by_month: rows.hotline_by_month,
    hotspots: rows.hotline_cells.filter((c) => c.flagged),
    cells: rows.hotline_cells,
    surges: rows.hotline_surges,
    prior_year: hasPrior ? filter.year - 1 : null,
  };
}
