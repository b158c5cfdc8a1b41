/**
 * What the renderer needs to know about the open workspace (`currentWorkspace`) and the choices of
 * the global filter bar (`filterOptions`), read from the canonical tables.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FilterOptions, WorkspaceInfo } from '../contract.ts';
import { ident, sql } from '../sql/fragment.ts';
import { all } from '../sql/run.ts';
import { TABLES } from '../workspace/schema.ts';
import { readSettings } from '../workspace/settings.ts';

/** Tables whose row counts the workspace summary shows (the canonical ones, not engine internals). */
export const COUNTED_TABLES = [
  'division', 'agency', 'penalty_case', 'benchmark_rule', 'hotline_ticket', 'inspection', 'case_review',
  'survey_item', 'survey_response', 'survey_answer', 'annual_stat', 'import_batch', 'import_reject',
] as const satisfies readonly (typeof TABLES)[number][];

/** Summary of the workspace at `path`. */
export async function workspaceInfo(conn: DuckDBConnection, path: string, version: number, samplePath: string | null): Promise<WorkspaceInfo> {
  const counts: Record<string, number> = {};
  for (const t of COUNTED_TABLES) {
    const r = await all<{ n: number }>(conn, sql`SELECT count(*) AS n FROM ${ident(t, TABLES)}`, `行数 ${t}`);
    counts[t] = r[0].n;
  }
  const years = await all<{ y: number }>(
    conn,
    sql`SELECT DISTINCT y FROM (SELECT year(decided_on) AS y FROM penalty_case UNION SELECT year(received_at) FROM hotline_ticket)
        WHERE y IS NOT NULL ORDER BY y DESC`,
    '数据年度',
  );
  const settings = await readSettings(conn);
  return {
    path,
    schemaVersion: version,
    counts,
    years: years.map((r) => r.y),
    bureauName: settings.bureau_name,
    isSample: samplePath !== null && samplePath === path,
  };
}

/** Years, divisions, agencies and sectors present in the workspace. */
export async function filterOptions(conn: DuckDBConnection): Promise<FilterOptions> {
  const years = await all<{ y: number }>(
    conn,
    sql`SELECT DISTINCT y FROM (
          SELECT year(decided_on) AS y FROM penalty_case UNION SELECT year(received_at) FROM hotline_ticket
          UNION SELECT year(inspected_on) FROM inspection UNION SELECT year(answered_on) FROM survey_response
          UNION SELECT year FROM case_review UNION SELECT year FROM annual_stat)
        WHERE y IS NOT NULL ORDER BY y DESC`,
    '筛选：年度',
  );
  const divisions = await all<{ name: string; parent: string | null }>(
    conn,
    // County-level units first (市本级, 区县), then the functional zones, each group by name.
    sql`SELECT name, parent FROM division ORDER BY parent IS NOT NULL, name = '市本级' DESC, name`,
    '筛选：区县',
  );
  const agencies = await all<{ name: string; division: string | null; sector: string | null }>(
    conn,
    sql`SELECT name, division, sector FROM agency ORDER BY division NULLS LAST, sector NULLS LAST, name`,
    '筛选：执法机关',
  );
  const sectors = await all<{ sector: string }>(
    conn,
    sql`SELECT DISTINCT sector FROM agency WHERE sector IS NOT NULL AND sector <> '' ORDER BY sector`,
    '筛选：执法领域',
  );
  return { years: years.map((r) => r.y), divisions, agencies, sectors: sectors.map((r) => r.sector) };
}
