/**
 * One dashboard measurement (issue 4): every analysis for one filter through our engine, Arrow
 * encoding included, against the same SQL texts executed directly through @duckdb/node-api with rows
 * read into JS, best of three each. Runs in its own process (see `run-one.ts`) so the peak RSS is the
 * dashboard's alone, not the workspace build's.
 */
import type { DuckDBType } from '@duckdb/node-api';
import { ANALYSES, runAnalysis } from '../analyses/index.ts';
import { queryContext, QueryContext } from '../analyses/query.ts';
import type { Fragment } from '../sql/fragment.ts';
import { bindings, bindingTypes } from '../sql/run.ts';
import { openWorkspace } from '../workspace/open.ts';

/** Records every fragment an analysis runs, so the reference can replay the same SQL. */
class Recording extends QueryContext {
  readonly fragments: Fragment[] = [];
  override async rows<T>(name: string, f: Fragment): Promise<T[]> {
    this.fragments.push(f);
    return super.rows<T>(name, f);
  }
  protected override async statement(f: Fragment): Promise<void> {
    this.fragments.push(f);
    return super.statement(f);
  }
}

/** What one dashboard run measured. */
export interface DashboardTiming {
  ours_s: number;
  reference_s: number;
  queries: number;
  /** Best time per analysis (ours), seconds. */
  by_analysis: Record<string, number>;
}

async function best(fn: () => Promise<void>, runs = 3): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, (performance.now() - t) / 1000);
  }
  return min;
}

/** Measures the dashboard on the workspace at `path` for the filter year. */
export async function measureDashboard(path: string, year = 2025): Promise<DashboardTiming> {
  const ws = await openWorkspace(path, { readOnly: true });
  try {
    const filter = { year };
    const base = await queryContext(ws.conn, { arrow: true });
    const rec = new Recording(ws.conn, base.settings, { arrow: true });
    for (const name of ANALYSES) await runAnalysis(rec, name, filter); // warm-up, records the SQL
    const by_analysis: Record<string, number> = {};
    const ours = await best(async () => {
      const q = await queryContext(ws.conn, { arrow: true });
      for (const name of ANALYSES) {
        const t = performance.now();
        await runAnalysis(q, name, filter);
        const s = (performance.now() - t) / 1000;
        by_analysis[name] = Math.min(by_analysis[name] ?? Infinity, s);
      }
    });
    const reference_s = await best(async () => {
      for (const f of rec.fragments) (await ws.conn.runAndReadAll(f.text, bindings(f), bindingTypes(f) as DuckDBType[])).getRowObjectsJS();
    });
    return { ours_s: ours, reference_s, queries: rec.fragments.length, by_analysis };
  } finally {
    ws.close();
  }
}
