/**
 * The reports suite (issue 7): `report-1m` — all three formats (docx, xlsx, pptx) for a 1 M-case
 * workspace; goal ours_s ≤ 30. The workspace is the sample scaled inside DuckDB (see
 * scaled-workspace.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchReports } from '../reports/bench-reports.ts';
import { scaledWorkspace } from './scaled-workspace.ts';
import { sizeLabel, type BenchResult } from './result.ts';

/** Runs the reports suite. */
export async function runReportsSuite(o: { rows?: number; log: (s: string) => void }): Promise<BenchResult[]> {
  const cases = o.rows ?? 1_000_000;
  const path = await scaledWorkspace(cases, o.log);
  const out = mkdtempSync(join(tmpdir(), 'supervise-bench-report-'));
  try {
    o.log(`report ${cases}…`);
    const r = await benchReports(path, out);
    return [{
      id: `report-${sizeLabel(cases)}`, ours_s: r.ours_s, reference: '(goal 30 s)', reference_s: 30,
      ratio: 30 / r.ours_s, rows: r.cases, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), goal: 'ours_s ≤ 30', note: `${r.files} files`,
    }];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
