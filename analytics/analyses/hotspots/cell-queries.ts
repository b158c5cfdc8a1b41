/**
 * Division × category hotspot cells (DOMAIN §8): expected = row total × column total / grand total,
 * z = (observed − expected) / √expected, flagged when z ≥ hotspot_z and observed ≥ hotspot_min_count.
 * The table is the placed tickets of the year with a category: unplaced tickets and tickets without
 * a category are in no cell and in no total. Zones are their own rows. Only non-empty cells are
 * listed (an empty cell has z < 0 and can never be a hotspot).
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import type { HotspotScope } from './scope.ts';
import { hotlineSources, runValues, type HotlineSources } from './sources.ts';
import type { HotspotThresholds } from './types.ts';

/** Every non-empty cell with its z-score and flag, z descending. */
export function cellsQuery(
  filter: FilterSpec, scope: HotspotScope, th: HotspotThresholds, src: HotlineSources = hotlineSources(filter, scope, th),
): Fragment {
  // The thresholds come from `src` (`runValues`): `th` is bound only where `src` computes `handling`.
  return sql`WITH cells AS (
      SELECT c.division, c.category, sum(c.n)::BIGINT AS observed
      FROM ${src.counts} c WHERE c.cur AND c.division IS NOT NULL AND c.category IS NOT NULL
      GROUP BY c.division, c.category),
    totals AS (
      SELECT *, sum(observed) OVER (PARTITION BY division) AS row_total,
        sum(observed) OVER (PARTITION BY category) AS col_total,
        sum(observed) OVER () AS grand_total
      FROM cells),
    scored AS (
      SELECT *, row_total * col_total / grand_total AS expected FROM totals)
    SELECT division, category, observed, row_total::BIGINT AS row_total, col_total::BIGINT AS col_total,
      grand_total::BIGINT AS grand_total, expected::DOUBLE AS expected,
      ((observed - expected) / sqrt(expected))::DOUBLE AS z,
      ((observed - expected) / sqrt(expected) >= v.hotspot_z AND observed >= v.hotspot_min_count) AS flagged
    FROM scored, ${runValues(src)} v
    ORDER BY z DESC, division, category`;
}
