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
    return cached(this.summaries, key, () => ws.read(async (w) => {
      const { runDeviationSummary } = await import('../analyses/deviation/index.ts');
      const { queryContext } = await import('../analyses/query.ts');
      return runDeviationSummary(await queryContext(w.conn), filter);
    }));
  }

  /** One analysis for one filter (cached). */
  analyze(req: { name: AnalysisName; filter: FilterSpec; scope?: AnalyzeRequest['scope'] }): Promise<AnalysisResponse> {
    const ws = this.workspace();
    const f = req.filter;
    const key = JSON.stringify([ws.path, req.name, f.year, f.division ?? null, f.agency ?? null, f.sector ?? null, req.scope ?? null]);
    return cached(this.cache, key, () => ws.read((w) => runOne(w.conn, req)));
  }
}

/**
 * The promise cached under `key`, or a new run cached there: a least-recently-used map of at most
 * CACHE_SIZE entries, from which a failed run removes itself (the next request runs again).
 */
function cached<T>(cache: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place in the LRU order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const run = start();
  cache.set(key, run);
  run.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return run;
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
