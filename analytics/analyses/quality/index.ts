/**
 * Enforcement quality (执法检查与评查, DOMAIN §8, §5; DESIGN §4 `quality`): repeat inspections of one
 * target by several agencies within 30 days (episodes, targets, agency pairs, examples), inspection
 * mode shares, penalties per 100 inspections by agency, and case-file review scores, grades and
 * vetoes by agency.
 *
 * Definitions: repeat episodes in `repeat-sql.ts`, modes and per-agency figures in
 * `inspection-sql.ts`, reviews and grade bands in `review-sql.ts`, findings in `findings.ts`.
 *
 * Named tables (Arrow names for the UI): `quality_agency_pairs`, `quality_episodes` (capped, with
 * the totals over all episodes on every row), `quality_modes`, `quality_by_agency`, `quality_reviews`, `quality_review_grades`.
 */
import type { FilterSpec } from '../filter.ts';
import type { QueryContext } from '../query.ts';
import { buildQualityResult, modeFigures, repeatFigures, reviewFigures, type QualityRows } from './build-result.ts';
import { qualityFindings } from './findings.ts';
import { agencyQuery, modeQuery } from './inspection-sql.ts';
import { agencyPairsQuery, episodesQuery, episodesSelect, EXAMPLES_LIMIT } from './repeat-sql.ts';
import { gradeBands, reviewGradeQuery, reviewQuery } from './review-sql.ts';
import type { QualityResult } from './types.ts';

export type * from './types.ts';
export { MODES } from './types.ts';

/** Runs the quality analysis for one filter. */
export async function runQuality(q: QueryContext, filter: FilterSpec): Promise<QualityResult> {
  const bands = gradeBands(q.settings as Record<string, unknown>);
  // The pairs and the episodes both start from the repeat episodes: find them once.
  const repeat = await q.withTemp('analysis_quality_episodes', episodesSelect(filter), async (t) => ({
    pairs: await q.rows<QualityRows['pairs'][number]>('quality_agency_pairs', agencyPairsQuery(filter, t)),
    episodes: await q.rows<QualityRows['episodes'][number]>('quality_episodes', episodesQuery(filter, EXAMPLES_LIMIT, t)),
  }));
  const rows: QualityRows = {
    ...repeat,
    modes: await q.rows('quality_modes', modeQuery(filter)),
    byAgency: await q.rows('quality_by_agency', agencyQuery(filter)),
    reviews: await q.rows('quality_reviews', reviewQuery(filter, bands)),
    grades: await q.rows('quality_review_grades', reviewGradeQuery(filter, bands)),
  };
  const reviews = reviewFigures(rows);
  const findings = qualityFindings({
    filter, repeat: repeatFigures(rows), pairs: rows.pairs, modes: modeFigures(rows.modes).share, byAgency: rows.byAgency,
    reviews: reviews.byAgency, reviewSummary: reviews.summary, bands,
  });
  return buildQualityResult(filter, rows, bands, findings);
}
