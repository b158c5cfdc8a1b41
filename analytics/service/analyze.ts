/**
 * Running analyses for the hosts: the JSON result (`supervise analyze --json`) plus every named
 * query's table as Arrow IPC bytes. Results are cached per filter until the data changes (an import
 * or a deletion bumps the generation), so the overview and the analysis pages share one run.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisName, AnalysisResponse, AnalyzeRequest, FilterSpec } from '../contract.ts';
import type { WorkspaceHandle } from './workspace-handle.ts';

const CACHE_SIZE = 24;

/** The deviation figures of a filter (`runDeviationSummary`). */
export type DeviationSummary = { deviation_rate: number | null };

/** Runs and caches analyses on the current workspace. */
export class AnalysisRunner {
  private readonly cache = new Map<string, Promise<AnalysisResponse>>();
  private readonly summaries = new Map<string, Promise<DeviationSummary>>();

  constructor(private readonly workspace: () => WorkspaceHandle) {}

  /** Forgets every cached result (the data changed or another workspace was opened). */
  invalidate(): void {
    this.cache.clear();
    this.summaries.clear();
  }

  /**
   * The deviation figures alone for one filter (cached): the overview's prior-year KPI needs only the
   * rate, and one query costs a fraction of the whole analysis (its case list, consistency, medians).
   */
  deviationSummary(filter: FilterSpec): Promise<DeviationSummary> {
    const ws = this.workspace();
    const key = JSON.stringify([ws.path, filter.year, filter.division ?? null, filter.agency ?? null, filter.sector ?? null]);
    let run = this.summaries.get(key);
    if (!run) {
      run = ws.read(async (w) => {
        const { runDeviationSummary } = await import('../analyses/deviation/index.ts');
        const { queryContext } = await import('../analyses/query.ts');
        return runDeviationSummary(await queryContext(w.conn), filter);
      });
      this.summaries.set(key, run);
      run.catch(() => this.summaries.delete(key));
      while (this.summaries.size > CACHE_SIZE) this.summaries.delete(this.summaries.keys().next().value as string);
    }
    return run;
  }

  /** One analysis for one filter (cached). */
  analyze(req: { name: AnalysisName; filter: FilterSpec; scope?: AnalyzeRequest['scope'] }): Promise<AnalysisResponse> {
    const ws = this.workspace();
    const f = req.filter;
    const key = JSON.stringify([ws.path, req.name, f.year, f.division ?? null, f.agency ?? null, f.sector ?? null, req.scope ?? null]);
    const hit = this.cache.get(key);
    if (hit) {
      // Refresh its place in the LRU order.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const run = ws.read((w) => runOne(w.conn, req));
    this.cache.set(key, run);
    run.catch(() => this.cache.delete(key));
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return run;
  }
}

async function runOne(
  conn: DuckDBConnection,
  req: { name: AnalysisName; filter: FilterSpec; scope?: AnalyzeRequest['scope'] },
): Promise<AnalysisResponse> {
  // Loaded on first use: the service starts (and reports its own errors) even while an analysis
  // module is broken or missing.
  const { runAnalysis } = await import('../analyses/index.ts');
  const { queryContext } = await import('../analyses/query.ts');
  const started = performance.now();
  const q = await queryContext(conn, { arrow: true });
  const result = await runAnalysis(q, req.name, req.filter, { scope: req.scope });
  return {
    name: req.name,
    result: jsonSafe(result) as AnalysisResponse['result'],
    tables: { ...q.arrow },
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** The value as JSON would carry it (NaN → null, no undefined, no class instances). */
export function jsonSafe(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
