/**
 * The analyses by name (DESIGN §4 `supervise analyze NAME`). Each runs its queries through a
 * QueryContext for one filter and returns its typed result with findings.
 */
import type { FilterSpec } from './filter.ts';
import type { QueryContext } from './query.ts';
import { runPenalties } from './penalties/index.ts';
import { runHotspots } from './hotspots/index.ts';
import { runDeviation } from './deviation/index.ts';
import { runQuality } from './quality/index.ts';
import { runReconcile } from './reconcile/index.ts';
import { runSurvey } from './survey/index.ts';

/** Analysis names. */
export const ANALYSES = ['penalties', 'hotspots', 'deviation', 'quality', 'reconcile', 'survey'] as const;

/** One analysis name. */
export type AnalysisName = (typeof ANALYSES)[number];

/** Options some analyses take (hotspots: `scope`). */
export interface AnalysisOptions {
  /** Hotspots: 'complaints' (投诉 + 举报, default) or 'all' ticket types. */
  scope?: 'complaints' | 'all';
}

/** Runs one analysis. */
export async function runAnalysis(q: QueryContext, name: AnalysisName, filter: FilterSpec, opts: AnalysisOptions = {}) {
  switch (name) {
    case 'penalties':
      return runPenalties(q, filter);
    case 'hotspots':
      return runHotspots(q, filter, opts.scope ?? 'complaints');
    case 'deviation':
      return runDeviation(q, filter);
    case 'quality':
      return runQuality(q, filter);
    case 'reconcile':
      return runReconcile(q, filter);
    case 'survey':
      return runSurvey(q, filter);
  }
}
