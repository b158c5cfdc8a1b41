/**
 * Result shapes of the enforcement-quality analysis (DESIGN §4 `quality`, DOMAIN §8, §5). Shares and
 * rates in 0–1; dates `YYYY-MM-DD`.
 */
import type { ResultEnvelope } from '../types.ts';

/** Inspection modes (行政检查方式) as the importer normalizes them. */
export const MODES = ['双随机', '专项', '综合查一次', '投诉核查', '其他'] as const;

/** One inspection mode. */
export type InspectionMode = (typeof MODES)[number];

/** Two agencies that met on the same target within one episode, and how often. */
export interface AgencyPairRow {
  /** The pair in code-point order (agency_a < agency_b). */
  agency_a: string;
  agency_b: string;
  episodes: number;
}

/** One repeat-inspection episode (an example). */
export interface EpisodeRow {
  target_name: string;
  /** The target's credit code (recorded, or adopted from a same-named record), null when none. */
  target_credit_code: string | null;
  first_date: string;
  last_date: string;
  /** last_date − first_date in days. */
  days: number;
  inspections: number;
  agency_count: number;
  /** The agencies involved, joined with 、 in code-point order. */
  agencies: string;
}

/** Repeat inspections (重复检查 / 多头执法). */
export interface RepeatInspections {
  window_days: number;
  episodes: number;
  targets: number;
  inspections_involved: number;
  agencies_involved: number;
  agency_pairs: AgencyPairRow[];
  examples: EpisodeRow[];
  /** All episodes (examples are capped). */
  examples_total: number;
}

/** Mode shares: one key per mode, plus the 双随机 + 综合查一次 share. */
export type ModeShare = Record<InspectionMode, number | null> & { random_or_joint_share: number | null; inspections: number };

/** Inspections and penalties of one agency. */
export interface QualityAgencyRow {
  agency: string;
  inspections: number;
  penalties: number;
  /** penalties / inspections × 100; null without inspections. */
  penalties_per_100: number | null;
  /** Share of inspections (with a recorded result) that found a problem. */
  found_problem_rate: number | null;
}

/** Case-file review figures of one agency (or of the whole filter). */
export interface ReviewFigures {
  reviews: number;
  mean_score: number | null;
  vetoes: number;
  veto_rate: number | null;
  /** Reviews per grade (recorded, or derived when blank; `未定级` when neither is possible). */
  grades: Record<string, number>;
}

/** reviews row. */
export interface ReviewAgencyRow extends ReviewFigures {
  agency: string;
}

/** The quality result. */
export interface QualityResult extends ResultEnvelope {
  analysis: 'quality';
  repeat_inspections: RepeatInspections;
  mode_share: ModeShare;
  mode_counts: Record<InspectionMode, number>;
  by_agency: QualityAgencyRow[];
  reviews: ReviewAgencyRow[];
  review_summary: ReviewFigures;
  /** The grade bands used to derive blank grades. */
  grade_bands: GradeBand[];
}

/** A grade band: scores ≥ min get `grade` (checked from the highest band down). */
export interface GradeBand {
  grade: string;
  min: number;
}
