/**
 * `pandas-1m` (issue 4): the penalty and hotspot analyses from Parquet through our engine (load into
 * a fresh in-memory workspace + both analyses) against the same aggregations in pandas from the same
 * Parquet files (`pandas-aggregations.py`), load included for both. Goal ratio ≥ 10. Skipped, with
 * the reason printed, where `python3 -c "import pandas"` (and a Parquet engine for it) is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { runAnalysis } from '../analyses/index.ts';
import { queryContext } from '../analyses/query.ts';
import { sql } from '../sql/fragment.ts';
import { all, exec } from '../sql/run.ts';
import { openMemoryWorkspace, openWorkspace } from '../workspace/open.ts';
import { sizeLabel, type BenchResult } from './result.ts';

const SCRIPT = resolve(import.meta.dirname, 'pandas-aggregations.py');

/** Why pandas cannot run here, or null when it can. */
export function pandasMissing(): string | null {
  const r = spawnSync('python3', ['-c', 'import pandas, pyarrow'], { encoding: 'utf8' });
  if (r.error) return `python3 不可用（${r.error.message}）`;
  if (r.status !== 0) return `python3 缺少 pandas 或其 Parquet 引擎 pyarrow（${(r.stderr || '').trim().split('\n').pop()}）`;
  return null;
}

/** Writes the workspace's penalty and ticket tables as Parquet next to it (once). */
async function exportParquet(workspace: string): Promise<{ penalty: string; ticket: string }> {
  const out = { penalty: `${workspace}.penalty_case.parquet`, ticket: `${workspace}.hotline_ticket.parquet` };
  if (existsSync(out.penalty) && existsSync(out.ticket)) return out;
  const ws = await openWorkspace(workspace, { readOnly: true });
  try {
    await exec(ws.conn, sql`COPY penalty_case TO ${out.penalty + '.tmp'} (FORMAT parquet)`);
    await exec(ws.conn, sql`COPY hotline_ticket TO ${out.ticket + '.tmp'} (FORMAT parquet)`);
  } finally {
    ws.close();
  }
  renameSync(out.penalty + '.tmp', out.penalty);
  renameSync(out.ticket + '.tmp', out.ticket);
  return out;
}

/** Ours: load both Parquet files into a fresh workspace, then the penalties and hotspots analyses. */
async function ours(files: { penalty: string; ticket: string }, year: number): Promise<{ seconds: number; cases: number }> {
  const t = performance.now();
  const ws = await openMemoryWorkspace();
  try {
    await exec(ws.conn, sql`INSERT INTO penalty_case BY NAME SELECT * FROM read_parquet(${files.penalty})`);
    await exec(ws.conn, sql`INSERT INTO hotline_ticket BY NAME SELECT * FROM read_parquet(${files.ticket})`);
    const q = await queryContext(ws.conn, { arrow: true });
    await runAnalysis(q, 'penalties', { year });
    await runAnalysis(q, 'hotspots', { year });
    const seconds = (performance.now() - t) / 1000;
    const [{ n }] = await all<{ n: number }>(ws.conn, sql`SELECT count(*) AS n FROM penalty_case WHERE year(decided_on) = ${year}`);
    return { seconds, cases: n };
  } finally {
    ws.close();
  }
}

/** Runs pandas-1m on the scaled workspace at `workspace`; a skipped line when pandas is absent. */
export async function benchPandas(workspace: string, rows: number, log: (s: string) => void): Promise<BenchResult> {
  const id = `pandas-${sizeLabel(rows)}`;
  const goal = 'ratio ≥ 10';
  const missing = pandasMissing();
  if (missing) {
    log(`  跳过 ${id}：${missing}`);
    return { id, ours_s: NaN, reference: 'pandas (skipped)', reference_s: null, ratio: null, rows, peak_rss_mb: 0, goal, note: `skipped: ${missing}` };
  }
  const year = 2025;
  const files = await exportParquet(workspace);
  const mine = await ours(files, year);
  const r = spawnSync('python3', [SCRIPT, files.penalty, files.ticket, String(year)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`pandas 基准失败：${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
  const theirs = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { seconds: number; checks: { penalties: { cases: number } } };
  // The same data really went through both: the filtered case counts must agree.
  if (theirs.checks.penalties.cases !== mine.cases) throw new Error(`pandas 与引擎的案件数不一致：${theirs.checks.penalties.cases} ≠ ${mine.cases}`);
  return {
    id, ours_s: mine.seconds, reference: 'pandas from Parquet', reference_s: theirs.seconds, ratio: theirs.seconds / mine.seconds,
    rows, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), goal,
  };
}
