/**
 * Benchmark `report-1m` (issue 7: the three formats for a 1 M-case workspace in ≤ 30 s). `benchReports`
 * times one `writeReports` (docx, xlsx, pptx) on a workspace opened read-only, as `supervise report`
 * does; `synthesizeCases` makes a large workspace from a copy of the sample one by repeating its
 * latest year's decisions with distinct decision numbers (every value a bound parameter).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { defaultYear } from '../analyses/default-year.ts';
import { sql } from '../sql/fragment.ts';
import { exec, one } from '../sql/run.ts';
import { openWorkspace } from '../workspace/open.ts';
import { writeReports } from './index.ts';

/** Times the three formats for the workspace's latest year; the output folder is emptied first. */
export async function benchReports(workspacePath: string, outDir: string): Promise<{ ours_s: number; cases: number; files: number }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const ws = await openWorkspace(workspacePath, { readOnly: true });
  try {
    const year = await defaultYear(ws.conn);
    const cases = (await one<{ n: number }>(ws.conn, sql`SELECT count(*)::INTEGER AS n FROM penalty_case WHERE year(decided_on) = ${year}`, 'bench cases'))?.n ?? 0;
    const result = await writeReports({ conn: ws.conn, year, formats: ['docx', 'xlsx', 'pptx'], outDir });
    return { ours_s: (performance.now() - started) / 1000, cases, files: result.files.length };
  } finally {
    ws.close();
  }
}

/**
 * Repeats the latest year's penalty decisions until the year holds about `target` cases (in place:
 * pass a copy). Returns the year's case count.
 */
export async function synthesizeCases(workspacePath: string, target = 1_000_000): Promise<number> {
  const ws = await openWorkspace(workspacePath);
  try {
    const year = await defaultYear(ws.conn);
    const count = async () => (await one<{ n: number }>(ws.conn, sql`SELECT count(*)::INTEGER AS n FROM penalty_case WHERE year(decided_on) = ${year}`, 'count cases'))?.n ?? 0;
    const base = await count();
    const copies = Math.max(1, Math.round(target / Math.max(1, base)));
    await exec(
      ws.conn,
      sql`INSERT INTO penalty_case SELECT p.* REPLACE (p.decision_no || '-副本' || r.i AS decision_no)
          FROM penalty_case p, range(1, ${copies}) r(i) WHERE year(p.decided_on) = ${year}`,
      'synthesize cases',
    );
    await exec(ws.conn, sql`CHECKPOINT`, 'checkpoint');
    return count();
  } finally {
    ws.close();
  }
}
