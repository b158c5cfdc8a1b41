/**
 * What a report is made from: the analyses' results for one filter (and the prior year where a
 * comparison needs it), the workspace settings and the import batches. Built once by `gather.ts`
 * and shared by the three formats, so every document states the same numbers.
 */
import type { FilterSpec } from '../../analyses/filter.ts';
import type { Settings } from '../../analyses/query.ts';
import type { PenaltiesResult } from '../../analyses/penalties/types.ts';
import type { HotspotsResult } from '../../analyses/hotspots/types.ts';
import type { DeviationResult } from '../../analyses/deviation/types.ts';
import type { QualityResult } from '../../analyses/quality/types.ts';
import type { SurveyResult } from '../../analyses/survey/types.ts';
import type { Finding } from '../../analyses/types.ts';
import type { ReconcileView } from './reconcile-view.ts';

/** An analysis name as the report knows it. */
export type ReportAnalysis = 'penalties' | 'hotspots' | 'deviation' | 'quality' | 'reconcile' | 'survey';

/** One import batch (the 数据来源 sheet and the report's source note). */
export interface BatchRow {
  batch_id: number;
  file_name: string;
  sha256: string;
  kind: string;
  sheet: string | null;
  imported_at: string;
  rows_read: number;
  rows_imported: number;
  rows_rejected: number;
}

/** Who and what the report covers. */
export interface ReportScope {
  year: number;
  division: string | null;
  agency: string | null;
  /** `海州区`, `海州区·某局`, or '' for the whole city. */
  label: string;
  /** Where the numbers are about, as prose says it: `全市`, `海州区`, `该机关`. */
  place: string;
  /** The city (settings.city_name). */
  city: string;
  bureau: string;
}

/** Everything the documents are built from. */
export interface ReportData {
  filter: FilterSpec;
  scope: ReportScope;
  settings: Settings;
  /** When the report was generated (its date line). */
  generatedAt: Date;
  penalties: PenaltiesResult | null;
  hotspots: HotspotsResult | null;
  deviation: DeviationResult | null;
  quality: QualityResult | null;
  survey: SurveyResult | null;
  reconcile: ReconcileView | null;
  /** Prior-year results the KPI comparisons need (null when the prior year has no data). */
  prior: { deviation: DeviationResult | null; survey: SurveyResult | null };
  /** Analyses that could not run: a short reason (their sections say so) and the technical detail. */
  missing: { analysis: ReportAnalysis; reason: string; detail?: string }[];
  batches: BatchRow[];
}

/** Every finding of every analysis that ran, in section order. */
export function allFindings(d: ReportData): Finding[] {
  return [d.penalties, d.hotspots, d.deviation, d.quality, d.survey, d.reconcile].flatMap((r) => r?.findings ?? []);
}
