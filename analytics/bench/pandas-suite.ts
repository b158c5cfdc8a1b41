/**
 * `pandas-1m` (issue 4): the penalty and hotspot analyses over Parquet files through our engine
 * against the same figures computed by pandas (`pandas-aggregations.py`) from the same files, load
 * included for both. Goal ratio ≥ 10 (pandas time / ours).
 *
 * - **The files**: the scaled workspace's `penalty_case`, `hotline_ticket`, `agency`, `division` and
 *   `penalty_category` tables, exported once as Parquet next to it.
 * - **Ours**: a fresh in-memory workspace whose case, ticket, agency, division and category tables
 *   are views over those files (`read_parquet`), then both analyses with Arrow encoding, at once on
 *   two connections — as the service runs the analyses of the overview page, each on its own query
 *   connection (`service/workspace-handle.ts`). The analyses read only the columns they use,
 *   straight from the files — how the engine treats a Parquet export; copying the files into DuckDB
 *   tables first (the earlier setup) takes longer than the analyses themselves (about 0.9 s at 1 M
 *   cases, even for the needed columns alone). The time runs from the open workspace (schema
 *   created, as pandas' imports are done) to the last result. The same two analyses one after
 *   another on one connection are timed as well and reported in the line's note (at 1 M: ~0.21 s
 *   one after another, ~0.18 s at once, measured 2026-11-29).
 * - **pandas**: reads the columns it needs into DataFrames and computes every table of the two
 *   analyses with vectorized pandas (see the script's docstring); the time runs from the first read
 *   to the last figure.
 * - **Honesty check**: a set of totals from both sides must agree (counts exactly, money and
 *   medians to 1e-6 relative), so the two really did the same work on the same data.
 *
 * The interpreter is `SUPERVISE_PYTHON` (default `python3`); it needs pandas and pyarrow. Where it
 * cannot import them, the line is skipped with the reason printed (CI need not have them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPenalties } from '../analyses/penalties/index.ts';
import { runHotspots } from '../analyses/hotspots/index.ts';
import { queryContext } from '../analyses/query.ts';
import { ident, raw, sql } from '../sql/fragment.ts';
import { exec } from '../sql/run.ts';
import { openMemoryWorkspace, openWorkspace } from '../workspace/open.ts';
import { sizeLabel, type BenchResult } from './result.ts';

const SCRIPT = resolve(import.meta.dirname, 'pandas-aggregations.py');

/** The Python interpreter of the pandas side. */
export function python(): string {
  return process.env.SUPERVISE_PYTHON || 'python3';
}

/** Why pandas cannot run here, or null when it can. */
export function pandasMissing(): string | null {
  const r = spawnSync(python(), ['-c', 'import pandas, pyarrow'], { encoding: 'utf8' });
  if (r.error) return `${python()} 不可用（${r.error.message}）`;
  if (r.status !== 0) return `${python()} 缺少 pandas 或其 Parquet 引擎 pyarrow（${(r.stderr || '').trim().split('\n').pop()}）`;
  return null;
}

/** The exported tables, in the order the script takes them. */
const TABLES = ['penalty_case', 'hotline_ticket', 'agency', 'division', 'penalty_category'] as const;
/** The variable holding each file's path (constant names, read by the views). */
const FILE_VARIABLE: Record<(typeof TABLES)[number], string> = {
  penalty_case: 'penalty_case_file', hotline_ticket: 'hotline_ticket_file', agency: 'agency_file', division: 'division_file',
  penalty_category: 'penalty_category_file',
};

type Files = Record<(typeof TABLES)[number], string>;

/** Writes the workspace's tables as Parquet next to it (once). */
async function exportParquet(workspace: string): Promise<Files> {
  const out = Object.fromEntries(TABLES.map((t) => [t, `${workspace}.${t}.parquet`])) as Files;
  if (TABLES.every((t) => existsSync(out[t]))) return out;
  const ws = await openWorkspace(workspace, { readOnly: true });
  try {
    for (const t of TABLES) await exec(ws.conn, sql`COPY ${ident(t, TABLES)} TO ${out[t] + '.tmp'} (FORMAT parquet)`);
  } finally {
    ws.close();
  }
  for (const t of TABLES) renameSync(out[t] + '.tmp', out[t]);
  return out;
}

/** The totals both sides report (see `pandas-aggregations.py`). */
type Checks = Record<'penalties' | 'hotspots', Record<string, number | null>>;

/**
 * Ours: views over the files in a fresh workspace, then the penalties and hotspots analyses — at
 * once on two connections (`together`), or one after another on one.
 */
async function ours(files: Files, year: number, together: boolean): Promise<{ seconds: number; checks: Checks }> {
  // The clock starts with the engine open, as pandas' starts with its libraries imported.
  const ws = await openMemoryWorkspace();
  const second = together ? await ws.connect() : null;
  const t = performance.now();
  try {
    for (const table of TABLES) {
      // A view cannot take parameters: the path is bound into a variable (one per file, named in
      // this file) that the view reads whenever it is used. Variables belong to a connection, so
      // the second connection gets them too.
      const variable = raw(FILE_VARIABLE[table]);
      const name = ident(table, TABLES);
      for (const conn of second ? [ws.conn, second] : [ws.conn]) await exec(conn, sql`SET VARIABLE ${variable} = ${files[table]}`);
      await exec(ws.conn, sql`DROP TABLE ${name}`);
      // The file's row number stands in for the row id (the export kept the table's order), which
      // the analyses use to tell which of two equally frequent spellings was recorded first.
      await exec(ws.conn, sql`CREATE VIEW ${name} AS SELECT * EXCLUDE (file_row_number), file_row_number AS rowid
        FROM read_parquet(getvariable(${raw(`'${FILE_VARIABLE[table]}'`)}), file_row_number = true)`);
    }
    const q = await queryContext(ws.conn, { arrow: true });
    const q2 = second ? await queryContext(second, { arrow: true }) : q;
    const [p, h] = second
      ? await Promise.all([runPenalties(q, { year }), runHotspots(q2, { year })])
      : [await runPenalties(q, { year }), await runHotspots(q, { year })];
    const seconds = (performance.now() - t) / 1000;
    const agencyOverCap = p.by_agency.reduce((s, a) => s + a.simple_over_cap, 0);
    return {
      seconds,
      checks: {
        penalties: {
          cases: p.summary.cases, fine_total_yuan: p.summary.fine_total_yuan, fined_cases: p.summary.fined_cases,
          fine_median_yuan: p.summary.fine_median_yuan, fine_p90_yuan: p.summary.fine_p90_yuan,
          simple_procedure_cases: p.summary.simple_procedure_cases, prior_cases: p.yoy?.cases_prior ?? 0,
          histogram_zero_bin: p.histogram[0].cases, categories: p.by_category.length, heaviest_groups: p.by_heaviest_category.length,
          agencies: p.by_agency.length, divisions: p.by_division.length, sectors: p.by_sector.length, violations: p.by_violation.length,
          months: p.by_month.filter((m) => m.cases > 0).length, december_cases: p.flags.december_cases,
          simple_over_cap: p.flags.simple_procedure_over_cap === agencyOverCap ? agencyOverCap : -1,
          over_cap_listed: p.flags.simple_procedure_over_cap_cases.length, border: p.flags.individual_business_200_3000,
          top1pct_cases: p.flags.top1pct_cases, top1pct_fine_share: p.flags.top1pct_fine_share,
          yoy_agencies: p.yoy?.by_agency.length ?? 0, yoy_divisions: p.yoy?.by_division.length ?? 0,
        },
        hotspots: {
          tickets: h.summary.tickets, closed: h.summary.closed, closed_on_time: h.summary.closed_on_time,
          median_days_to_close: h.summary.median_days_to_close, satisfied: h.summary.satisfied, unplaced: h.summary.unplaced,
          tickets_prior: h.summary.tickets_prior, categories: h.by_category.length, handling_units: h.by_handling_unit.length,
          months: h.by_month.length, divisions: h.by_division.length, streets: h.by_street.length, cells: h.cells.length,
          hotspots: h.hotspots.length, surges: h.surges.length,
        },
      },
    };
  } finally {
    second?.closeSync();
    ws.close();
  }
}

/** The checks on which the two sides disagree (counts exactly, other numbers to 1e-6 relative). */
function disagreements(a: Checks, b: Checks): string[] {
  const out: string[] = [];
  for (const side of ['penalties', 'hotspots'] as const) {
    for (const [k, v] of Object.entries(a[side])) {
      const w = b[side][k];
      const same = v === w || (typeof v === 'number' && typeof w === 'number' && Math.abs(v - w) <= 1e-6 * Math.max(1, Math.abs(v)));
      if (!same) out.push(`${side}.${k}: ${v} ≠ ${w}`);
    }
  }
  return out;
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
  // Best of three on both sides, like the other lines; the first run also warms the file cache.
  const best = async (together: boolean) => {
    let mine = await ours(files, year, together);
    for (let i = 0; i < 2; i++) {
      const again = await ours(files, year, together);
      if (again.seconds < mine.seconds) mine = again;
    }
    return mine;
  };
  const sequential = await best(false);
  const mine = await best(true);
  const thresholds = JSON.stringify({ hotspot_z: 3, hotspot_min_count: 10, surge_ratio: 2, surge_min_count: 10 });
  let theirs: { seconds: number; checks: Checks } | null = null;
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(python(), [SCRIPT, ...TABLES.map((t) => files[t]), String(year), thresholds], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`pandas 基准失败：${(r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
    const run = JSON.parse(r.stdout.trim().split('\n').pop() as string) as { seconds: number; checks: Checks };
    if (!theirs || run.seconds < theirs.seconds) theirs = run;
  }
  const differ = [...disagreements(mine.checks, theirs!.checks), ...disagreements(sequential.checks, theirs!.checks)];
  if (differ.length) throw new Error(`pandas 与引擎的结果不一致：${differ.join('；')}`);
  return {
    id, ours_s: mine.seconds, reference: 'pandas from Parquet', reference_s: theirs!.seconds, ratio: theirs!.seconds / mine.seconds,
    rows, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), goal,
    note: `the two analyses at once on two connections, as the service runs them; one after another: ${sequential.seconds.toFixed(2)} s`
      + ` (ratio ${(theirs!.seconds / sequential.seconds).toFixed(2)}); ${Object.keys(mine.checks.penalties).length + Object.keys(mine.checks.hotspots).length} totals agree`,
  };
}
