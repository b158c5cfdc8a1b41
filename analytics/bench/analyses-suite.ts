/**
 * The analyses suite (issue 4, issue 5): `dashboard-1m` / `dashboard-10m` — every analysis for one
 * filter through our engine, Arrow encoding included, one after another, against the same SQL texts
 * executed directly through @duckdb/node-api with rows read into JS, in the same run (goal ratio ≥
 * 0.77, i.e. our overhead ≤ 1.3×; whole set < 0.5 s at 1 M; peak RSS ≤ 4 GiB at 10 M);
 * `overview-1m` / `overview-10m` — the same six at once, as the service runs the overview page
 * (see dashboard.ts); `pandas-1m` (see pandas-suite.ts); `survey-100k` (goal < 2 s). Each dashboard
 * runs in its own process, so its peak RSS is its own.
 */
import { benchPandas } from './pandas-suite.ts';
import { measure, sizeLabel, type BenchResult } from './result.ts';
import { scaledWorkspace } from './scaled-workspace.ts';
import { OVERVIEW_CONNECTIONS, type DashboardTiming } from './dashboard.ts';

/** Runs the analyses suite; `rows` picks the dashboard size (default 1 M and 10 M). */
export async function runAnalysesSuite(o: { rows?: number; log: (s: string) => void }): Promise<BenchResult[]> {
  const sizes = o.rows ? [o.rows] : [1_000_000, 10_000_000];
  const out: BenchResult[] = [];
  for (const n of sizes) {
    const path = await scaledWorkspace(n, o.log);
    o.log(`dashboard ${n}…`);
    const r = measure<DashboardTiming>('dashboard', path);
    const parts = Object.entries(r.by_analysis).map(([k, s]) => `${k} ${s.toFixed(2)}`).join(', ');
    out.push({
      id: `dashboard-${sizeLabel(n)}`, ours_s: r.ours_s, reference: 'same SQL via node-api', reference_s: r.reference_s,
      ratio: r.reference_s / r.ours_s, rows: n, peak_rss_mb: r.peak_rss_mb, goal: 'ratio ≥ 0.77; < 0.5 s at 1 M; RSS ≤ 4 GiB at 10 M',
      note: `${r.queries} queries, one after another; ${parts}`,
    });
    out.push({
      id: `overview-${sizeLabel(n)}`, ours_s: r.overview_s, reference: 'same SQL, same parallelism', reference_s: r.overview_reference_s,
      ratio: r.overview_reference_s / r.overview_s, rows: n, peak_rss_mb: r.peak_rss_mb, goal: '< 0.5 s at 1 M',
      note: `the six analyses at once over ${OVERVIEW_CONNECTIONS} connections, as the service runs the overview`,
    });
  }
  const pandasRows = sizes[0];
  o.log(`pandas ${pandasRows}…`);
  out.push(await benchPandas(await scaledWorkspace(pandasRows, o.log), pandasRows, o.log));
  o.log('survey-100k…');
  const { benchSurvey100k } = await import('../analyses/survey/bench-survey.ts');
  const s = await benchSurvey100k();
  out.push({ id: 'survey-100k', ours_s: s.ours_s, reference: '(goal 2 s)', reference_s: 2, ratio: 2 / s.ours_s, rows: s.rows, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), goal: '< 2 s' });
  return out;
}
