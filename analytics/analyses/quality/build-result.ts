/**
 * Rows of the quality queries → the typed result: the mode rows become the `mode_share` object, the
 * long grade rows fold into each agency's `grades`, and the city review figures are summed from the
 * per-agency rows (mean score weighted by reviews with a score).
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import {
  MODES, type AgencyPairRow, type EpisodeRow, type GradeBand, type InspectionMode, type ModeShare, type QualityAgencyRow,
  type QualityResult, type ReviewAgencyRow, type ReviewFigures,
} from './types.ts';
import { REPEAT_WINDOW_DAYS } from './repeat-sql.ts';

/** Query rows of one run. */
export interface QualityRows {
  pairs: AgencyPairRow[];
  episodes: (EpisodeRow & { total: number; targets: number; inspections_involved: number })[];
  modes: { mode: InspectionMode; inspections: number; share: number | null }[];
  byAgency: QualityAgencyRow[];
  reviews: { agency: string; reviews: number; scored: number; mean_score: number | null; vetoes: number; veto_rate: number | null }[];
  grades: { agency: string; grade: string; reviews: number }[];
}

/** Repeat-inspection totals: from the episode rows' totals, agencies from the (complete) pair list. */
export function repeatFigures(rows: Pick<QualityRows, 'pairs' | 'episodes'>): RepeatTotals {
  const first = rows.episodes[0];
  const agencies = new Set(rows.pairs.flatMap((p) => [p.agency_a, p.agency_b]));
  return {
    episodes: first?.total ?? 0, targets: first?.targets ?? 0, inspections_involved: first?.inspections_involved ?? 0,
    agencies_involved: agencies.size,
  };
}

/** Repeat-inspection totals. */
export interface RepeatTotals {
  episodes: number;
  targets: number;
  inspections_involved: number;
  agencies_involved: number;
}

/** The mode objects: shares (null when there are no inspections) and counts. */
export function modeFigures(rows: QualityRows['modes']): { share: ModeShare; counts: Record<InspectionMode, number> } {
  const counts = Object.fromEntries(MODES.map((m) => [m, rows.find((r) => r.mode === m)?.inspections ?? 0])) as Record<InspectionMode, number>;
  const total = MODES.reduce((s, m) => s + counts[m], 0);
  const share = Object.fromEntries(MODES.map((m) => [m, total ? counts[m] / total : null])) as ModeShare;
  share.random_or_joint_share = total ? (counts['双随机'] + counts['综合查一次']) / total : null;
  share.inspections = total;
  return { share, counts };
}

function gradesOf(rows: QualityRows['grades'], agency?: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) if (agency === undefined || r.agency === agency) out[r.grade] = (out[r.grade] ?? 0) + r.reviews;
  return out;
}

/** Review figures per agency with their grades, and for the whole filter. */
export function reviewFigures(rows: QualityRows): { byAgency: ReviewAgencyRow[]; summary: ReviewFigures } {
  const byAgency = rows.reviews.map((r) => ({
    agency: r.agency, reviews: r.reviews, mean_score: r.mean_score, vetoes: r.vetoes, veto_rate: r.veto_rate,
    grades: gradesOf(rows.grades, r.agency),
  }));
  const reviews = byAgency.reduce((s, r) => s + r.reviews, 0);
  const vetoes = byAgency.reduce((s, r) => s + r.vetoes, 0);
  const scored = rows.reviews.reduce((s, r) => s + r.scored, 0);
  const scoreSum = rows.reviews.reduce((s, r) => s + (r.mean_score ?? 0) * r.scored, 0);
  return {
    byAgency,
    summary: { reviews, mean_score: scored ? scoreSum / scored : null, vetoes, veto_rate: reviews ? vetoes / reviews : null, grades: gradesOf(rows.grades) },
  };
}

/** Assembles the result. */
export function buildQualityResult(filter: FilterSpec, rows: QualityRows, bands: GradeBand[], findings: Finding[]): QualityResult {
  const modes = modeFigures(rows.modes);
  const reviews = reviewFigures(rows);
  return {
    analysis: 'quality',
    filter,
    findings,
    repeat_inspections: {
      window_days: REPEAT_WINDOW_DAYS,
      ...repeatFigures(rows),
      agency_pairs: rows.pairs,
      examples: rows.episodes.map(({ total: _t, targets: _g, inspections_involved: _i, ...e }) => e),
      examples_total: rows.episodes[0]?.total ?? 0,
    },
    mode_share: modes.share,
    mode_counts: modes.counts,
    by_agency: rows.byAgency,
    reviews: reviews.byAgency,
    review_summary: reviews.summary,
    grade_bands: bands,
  };
}
