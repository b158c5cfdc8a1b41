/**
 * One dashboard measurement (issue 4): every analysis for one filter through our engine, Arrow
 * encoding included, against the same SQL texts executed directly through @duckdb/node-api with rows
 * read into JS, best of three each, in two ways:
 *
 * - **sequential**: the six analyses one after another on one connection (`ours_s`, `reference_s`,
 *   and each analysis's own time in `by_analysis`);
 * - **overview**: the six at once over `OVERVIEW_CONNECTIONS` connections of the same instance, each
 *   analysis on the least busy connection — how the service's workspace handle runs the overview
 *   page's requests (`service/workspace-handle.ts`). The reference replays each analysis's SQL on
 *   the connection that analysis ran on, so both sides get the same parallelism.
 *
 * Runs in its own process (see `run-one.ts`) so the peak RSS is the dashboard's alone, not the
 * workspace build's.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import { ANALYSES, runAnalysis, type AnalysisName } from '../analyses/index.ts';
import { queryContext, QueryContext } from '../analyses/query.ts';
import type { Fragment } from '../sql/fragment.ts';
import { bindings, bindingTypes } from '../sql/run.ts';
import { WORKSPACE_MEMORY_LIMIT } from '../workspace/open.ts';
import { READ_CONNECTIONS } from '../service/workspace-handle.ts';
import { Serial } from '../service/serial.ts';

/** Query connections of the service's workspace handle. */
export const OVERVIEW_CONNECTIONS = READ_CONNECTIONS;

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
  /** The six analyses at once (see the module comment), ours and the reference. */
  overview_s: number;
  overview_reference_s: number;
  queries: number;
  /** Best time per analysis (ours, sequential), seconds. */
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

async function replay(conn: DuckDBConnection, fragments: readonly Fragment[]): Promise<void> {
  for (const f of fragments) (await conn.runAndReadAll(f.text, bindings(f), bindingTypes(f) as DuckDBType[])).getRowObjectsJS();
}

/**
 * Runs `task` for every analysis at once, each on the connection with the fewest tasks queued or
 * running (ties: the first), tasks of one connection one after another — the service's rule, with
 * its own per-connection queue (`Serial`).
 */
async function overview(conns: readonly DuckDBConnection[], task: (conn: DuckDBConnection, name: AnalysisName) => Promise<void>): Promise<void> {
  const queues = conns.map((conn) => ({ conn, serial: new Serial() }));
  await Promise.all(ANALYSES.map((name) => {
    const q = queues.reduce((a, b) => (b.serial.size < a.serial.size ? b : a));
    return q.serial.run(() => task(q.conn, name));
  }));
}

/** Measures the dashboard on the workspace at `path` for the filter year. */
export async function measureDashboard(path: string, year = 2025): Promise<DashboardTiming> {
  // One read-only instance as `openWorkspace` opens it, with the service's number of connections.
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY', memory_limit: WORKSPACE_MEMORY_LIMIT });
  const conns = await Promise.all(Array.from({ length: OVERVIEW_CONNECTIONS }, () => instance.connect()));
  try {
    const [conn] = conns;
    const filter = { year };
    const base = await queryContext(conn, { arrow: true });
    const fragments = {} as Record<AnalysisName, Fragment[]>;
    for (const name of ANALYSES) {
      const rec = new Recording(conn, base.settings, { arrow: true });
      await runAnalysis(rec, name, filter); // warm-up, records the SQL
      fragments[name] = rec.fragments;
    }
    const by_analysis: Record<string, number> = {};
    const ours = await best(async () => {
      const q = await queryContext(conn, { arrow: true });
      for (const name of ANALYSES) {
        const t = performance.now();
        await runAnalysis(q, name, filter);
        const s = (performance.now() - t) / 1000;
        by_analysis[name] = Math.min(by_analysis[name] ?? Infinity, s);
      }
    });
    const reference_s = await best(async () => {
      for (const name of ANALYSES) await replay(conn, fragments[name]);
    });
    const overview_s = await best(() => overview(conns, async (c, name) => {
      await runAnalysis(await queryContext(c, { arrow: true }), name, filter);
    }));
    const overview_reference_s = await best(() => overview(conns, (c, name) => replay(c, fragments[name])));
    const queries = ANALYSES.reduce((n, name) => n + fragments[name].length, 0);
    return { ours_s: ours, reference_s, overview_s, overview_reference_s, queries, by_analysis };
  } finally {
    for (const c of conns) c.closeSync();
    instance.closeSync();
  }
}
