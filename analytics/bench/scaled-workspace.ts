/**
 * A large workspace for the analyses benchmark: the sample workspace's rows multiplied straight in
 * DuckDB (penalty cases, tickets, inspections; decision numbers and ids made unique per copy), so
 * 1 M or 10 M cases are built in seconds without any import. Cached under the OS temp folder.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from '../sql/fragment.ts';
import { exec } from '../sql/run.ts';
import { openWorkspace } from '../workspace/open.ts';
import { LATEST_VERSION } from '../workspace/migrations/index.ts';
import { ensureSampleWorkspace } from '../workspace/sample.ts';

/** Path of a workspace with about `cases` penalty cases (the sample × cases / 32 000). */
export async function scaledWorkspace(cases: number, log: (s: string) => void): Promise<string> {
  // The schema version is in the name: a cached file of an older schema is rebuilt rather than
  // measured (the dashboard opens it read-only, which cannot migrate).
  const path = join(tmpdir(), 'supervise-bench', `scaled-${cases}-v${LATEST_VERSION}.duckdb`);
  if (existsSync(path)) return path;
  const sample = await ensureSampleWorkspace();
  const building = `${path}.${process.pid}.building`;
  copyFileSync(sample, building);
  const ws = await openWorkspace(building);
  try {
    const copies = Math.max(1, Math.round(cases / 32_000)) - 1;
    log(`  构建 ${cases} 案件的工作区（样例 × ${copies + 1}）…`);
    await exec(ws.conn, sql`INSERT INTO penalty_case SELECT penalty_case.* REPLACE (decision_no || '-' || c AS decision_no)
      FROM penalty_case, range(1, ${copies + 1}) t(c)`);
    await exec(ws.conn, sql`INSERT INTO hotline_ticket SELECT hotline_ticket.* REPLACE (ticket_no || '-' || c AS ticket_no)
      FROM hotline_ticket, range(1, ${copies + 1}) t(c)`);
    await exec(ws.conn, sql`INSERT INTO inspection SELECT inspection.* REPLACE (inspection_id || '-' || c AS inspection_id, target_name || c AS target_name,
      target_credit_code || c AS target_credit_code) FROM inspection, range(1, ${copies + 1}) t(c)`);
    await exec(ws.conn, sql`CHECKPOINT`);
  } finally {
    ws.close();
  }
  renameSync(building, path);
  rmSync(`${building}.wal`, { force: true });
  return path;
}
