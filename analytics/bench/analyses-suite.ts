/**
 * The analyses suite (issue 4, issue 5): `dashboard-1m` / `dashboard-10m` — every analysis for one
 * filter through our engine, Arrow encoding included, against the same SQL texts executed directly
 * through @duckdb/node-api with rows read into JS, in the same run (goal ratio ≥ 0.77, i.e. our
 * overhead ≤ 1.3×; whole set < 0.5 s at 1 M); `survey-100k` (goal < 2 s).
 */
import { queryContext, QueryContext } from '../analyses/query.ts';
import { ANALYSES, runAnalysis } from '../analyses/index.ts';
import { bindings, bindingTypes } from '../sql/run.ts';
import type { Fragment } from '../sql/fragment.ts';
import { openWorkspace } from '../workspace/open.ts';
import { scaledWorkspace } from './scaled-workspace.ts';
import type { BenchResult } from './result.ts';
import type { DuckDBType } from '@duckdb/node-api';

/** Records every fragment an analysis runs, so the reference can replay the same SQL. */
class Recording extends QueryContext {
  readonly fragments: Fragment[] = [];
  override async rows<T>(name: string, f: Fragment): Promise<T[]> {
    this.fragments.push(f);
    return super.rows<T>(name, f);
  }
}

async function dashboard(cases: number, log: (s: string) => void): Promise<BenchResult> {
  const path = await scaledWorkspace(cases, log);
  const ws = await openWorkspace(path, { readOnly: true });
  try {
    const filter = { year: 2025 };
    const base = await queryContext(ws.conn, { arrow: true });
    const rec = new Recording(ws.conn, base.settings, { arrow: true });
    for (const name of ANALYSES) await runAnalysis(rec, name, filter); // warm-up, records the SQL
    const best = async (fn: () => Promise<void>) => {
      let min = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await fn();
        min = Math.min(min, (performance.now() - t) / 1000);
      }
      return min;
    };
    const ours = await best(async () => {
      const q = await queryContext(ws.conn, { arrow: true });
      for (const name of ANALYSES) await runAnalysis(q, name, filter);
    });
    const ref = await best(async () => {
      for (const f of rec.fragments) (await ws.conn.runAndReadAll(f.text, bindings(f), bindingTypes(f) as DuckDBType[])).getRowObjectsJS();
    });
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    return {
      id: `dashboard-${cases >= 1e6 ? cases / 1e6 + 'm' : cases / 1e3 + 'k'}`, ours_s: ours, reference: 'same SQL via node-api', reference_s: ref,
      ratio: ref / ours, rows: cases, peak_rss_mb: rss, goal: 'ratio ≥ 0.77; < 0.5 s at 1 M; RSS ≤ 4 GiB at 10 M',
      note: `${rec.fragments.length} queries`,
    };
  } finally {
    ws.close();
  }
}

/** Runs the analyses suite; `rows` picks the dashboard sizes (default 1 M and 10 M). */
export async function runAnalysesSuite(o: { rows?: number; log: (s: string) => void }): Promise<BenchResult[]> {
  const sizes = o.rows ? [o.rows] : [1_000_000, 10_000_000];
  const out: BenchResult[] = [];
  for (const n of sizes) {
    o.log(`dashboard ${n}…`);
    out.push(await dashboard(n, o.log));
  }
  o.log('survey-100k…');
  const { benchSurvey100k } = await import('../analyses/survey/bench-survey.ts');
  const s = await benchSurvey100k();
  out.push({ id: 'survey-100k', ours_s: s.ours_s, reference: '(goal 2 s)', reference_s: 2, ratio: 2 / s.ours_s, rows: s.rows, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), goal: '< 2 s' });
  return out;
}
