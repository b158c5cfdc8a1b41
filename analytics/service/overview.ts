/**
 * The overview page: every analysis for the filter (cached, shared with the analysis pages), KPI
 * cards, the top findings of each analysis and a few small tables for the overview charts. An
 * analysis that fails does not sink the page: its failure is shown as a warning finding.
 */
import type { AnalysisName, AnalysisResponse, Finding, FilterSpec, OverviewResponse } from '../contract.ts';
import type { AnalysisRunner } from './analyze.ts';
import { toWireError } from './errors.ts';
import { buildKpis, type Results } from './kpis.ts';
import { ANALYSIS_LABELS, M } from './messages.ts';
import { ANALYSIS_NAMES } from './validate.ts';

const FINDINGS_PER_ANALYSIS = 3;

/** Analyses whose prior-year value a KPI card shows. */
const PRIOR_ANALYSES: AnalysisName[] = ['survey'];

/** Overview tables (Arrow) by analysis: the query names the analyses give them. */
export const OVERVIEW_TABLES: Partial<Record<AnalysisName, string[]>> = {
  penalties: ['penalty_by_month', 'penalty_by_division', 'penalty_by_category', 'penalty_by_sector'],
  hotspots: ['hotline_by_month', 'hotline_by_division', 'hotline_by_category'],
  deviation: ['deviation_by_agency'],
};

/** Builds the overview for one filter: all analyses (and the prior-year runs the KPIs need) at once. */
export async function buildOverview(runner: AnalysisRunner, filter: FilterSpec): Promise<OverviewResponse> {
  const prior = { ...filter, year: filter.year - 1 };
  const [current, before, priorDeviation] = await Promise.all([
    Promise.allSettled(ANALYSIS_NAMES.map((name) => runner.analyze({ name, filter }))),
    Promise.allSettled(PRIOR_ANALYSES.map((name) => runner.analyze({ name, filter: prior }))),
    runner.deviationSummary(prior).catch(() => null),
  ]);
  const results: Results = {};
  const failures: (Finding & { analysis: AnalysisName })[] = [];
  current.forEach((r, i) => {
    const name = ANALYSIS_NAMES[i];
    if (r.status === 'fulfilled') results[name] = r.value;
    else failures.push({ id: `${name}.failed`, analysis: name, level: 'warn', text: M.analysisFailed(ANALYSIS_LABELS[name], toWireError(r.reason).message), numbers: {} });
  });
  // A prior year that cannot be analysed just has no comparison; the card shows "—".
  const priorResults: Results = {};
  before.forEach((r, i) => {
    if (r.status === 'fulfilled') priorResults[PRIOR_ANALYSES[i]] = r.value;
  });
  const kpis = buildKpis(results, priorResults, filter.year, priorDeviation?.deviation_rate ?? null);
  return { filter, kpis, findings: [...topFindings(results), ...failures], tables: overviewTables(results) };
}

/** The first findings of each analysis, warnings before information, analyses in page order. */
export function topFindings(results: Partial<Record<AnalysisName, AnalysisResponse>>): (Finding & { analysis: AnalysisName })[] {
  const picked: (Finding & { analysis: AnalysisName })[] = [];
  for (const name of ANALYSIS_NAMES) {
    const findings = (results[name]?.result.findings ?? []) as Finding[];
    const ordered = [...findings.filter((f) => f.level === 'warn'), ...findings.filter((f) => f.level !== 'warn')];
    for (const f of ordered.slice(0, FINDINGS_PER_ANALYSIS)) picked.push({ ...f, analysis: name });
  }
  // Stable sort: warnings first, each group keeps the page order.
  return [...picked.filter((f) => f.level === 'warn'), ...picked.filter((f) => f.level !== 'warn')];
}

function overviewTables(results: Partial<Record<AnalysisName, AnalysisResponse>>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, tables] of Object.entries(OVERVIEW_TABLES) as [AnalysisName, string[]][]) {
    for (const t of tables) {
      const bytes = results[name]?.tables[t];
      if (bytes) out[t] = bytes;
    }
  }
  return out;
}
