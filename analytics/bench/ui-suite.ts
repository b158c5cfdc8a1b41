/**
 * The UI suite (issue 6): browser mode in headless Chromium on a 1 M-case workspace —
 * `ui-first-view` (open 总览 until every chart has rendered, goal ≤ 3 s) and `ui-filter-1m` (change
 * the agency filter on 处罚分布 until every chart has re-rendered, goal ≤ 1 s). The browser driver
 * is `renderer/e2e/bench-ui.ts`, run as a child process (analytics code never imports the
 * renderer's). `ratio` is goal / ours, so above 1 meets the goal.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { scaledWorkspace } from './scaled-workspace.ts';
import { sizeLabel, type BenchResult } from './result.ts';

const DRIVER = resolve(import.meta.dirname, '../../renderer/e2e/bench-ui.ts');

/** Runs the UI suite; `rows` picks the workspace size (default 1 M). */
export async function runUiSuite(o: { rows?: number; log: (s: string) => void }): Promise<BenchResult[]> {
  const rows = o.rows ?? 1_000_000;
  const path = await scaledWorkspace(rows, o.log);
  o.log(`ui ${rows}…（无头 Chromium）`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', DRIVER, path, '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`界面基准失败：${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
  const m = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { first_view_s: number; first_view_from_launch_s: number; filter_s: number };
  return [
    { id: 'ui-first-view', ours_s: m.first_view_s, reference: '(goal 3 s)', reference_s: 3, ratio: 3 / m.first_view_s, rows, peak_rss_mb: 0, goal: '≤ 3 s', note: `from navigation; ${m.first_view_from_launch_s.toFixed(2)} s from starting the host (Node + Chromium launch included); RSS not measured` },
    { id: `ui-filter-${sizeLabel(rows)}`, ours_s: m.filter_s, reference: '(goal 1 s)', reference_s: 1, ratio: 1 / m.filter_s, rows, peak_rss_mb: 0, goal: '≤ 1 s' },
  ];
}
