/**
 * Collects what a report is made from (see `types.ts`): the six analyses for the filter, the prior
 * year's deviation and survey for the KPI comparisons, the settings and the batches.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FilterSpec } from '../../analyses/filter.ts';
import { queryContext } from '../../analyses/query.ts';
import type { PenaltiesResult } from '../../analyses/penalties/types.ts';
import type { HotspotsResult } from '../../analyses/hotspots/types.ts';
import type { DeviationResult } from '../../analyses/deviation/types.ts';
import type { QualityResult } from '../../analyses/quality/types.ts';
import type { SurveyResult } from '../../analyses/survey/types.ts';
import type { ReconcileResult } from '../../analyses/reconcile/types.ts';
import { readBatches } from './batches.ts';
import { reconcileView } from './reconcile-view.ts';
import { runOne } from './run-analyses.ts';
import { reportScope } from './scope.ts';
import type { ReportAnalysis, ReportData } from './types.ts';

/** Progress of the gathering: which analysis is running. */
export type GatherProgress = (analysis: ReportAnalysis | 'prior', index: number, total: number) => void;

const ORDER: ReportAnalysis[] = ['penalties', 'hotspots', 'deviation', 'quality', 'survey', 'reconcile'];

/** Runs everything a report needs for `filter`. */
export async function gatherReportData(conn: DuckDBConnection, filter: FilterSpec, onStep?: GatherProgress): Promise<ReportData> {
  const q = await queryContext(conn);
  const results: Partial<Record<ReportAnalysis, unknown>> = {};
  const missing: ReportData['missing'] = [];
  for (const [i, name] of ORDER.entries()) {
    onStep?.(name, i, ORDER.length + 1);
    const out = await runOne(q, name, filter);
    if (out.ok) results[name] = out.result;
    else missing.push({ analysis: name, reason: out.reason, detail: out.detail });
  }
  onStep?.('prior', ORDER.length, ORDER.length + 1);
  const penalties = (results.penalties ?? null) as PenaltiesResult | null;
  const survey = (results.survey ?? null) as SurveyResult | null;
  const priorFilter = { ...filter, year: filter.year - 1 };
  // Prior-year runs only where the prior year has data: the deviation analysis is the costliest.
  const priorDeviation = penalties?.yoy ? await runOne(q, 'deviation', priorFilter) : null;
  const priorSurvey = survey?.years.some((y) => y.year === priorFilter.year) ? await runOne(q, 'survey', priorFilter) : null;
  const reconcile = results.reconcile ? reconcileView(results.reconcile as ReconcileResult) : null;
  return {
    filter,
    scope: reportScope(filter, q.settings),
    settings: q.settings,
    generatedAt: new Date(),
    penalties,
    hotspots: (results.hotspots ?? null) as HotspotsResult | null,
    deviation: (results.deviation ?? null) as DeviationResult | null,
    quality: (results.quality ?? null) as QualityResult | null,
    survey,
    reconcile,
    prior: {
      deviation: priorDeviation?.ok ? (priorDeviation.result as DeviationResult) : null,
      survey: priorSurvey?.ok ? (priorSurvey.result as SurveyResult) : null,
    },
    missing,
    batches: await readBatches(q),
  };
}
