/** Test helper: inspections and case reviews written with bound values. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';

/** An inspection as a test writes it. */
export interface InspectionInput {
  id: string;
  agency: string;
  target: string;
  code?: string | null;
  date: string;
  mode?: string | null;
  division?: string | null;
  found?: boolean | null;
}

/** A case review as a test writes it. */
export interface ReviewInput {
  agency: string;
  year?: number;
  score?: number | null;
  grade?: string | null;
  veto?: boolean | null;
}

/** Inserts inspections (default mode 双随机, division 海州区). */
export async function insertInspections(conn: DuckDBConnection, rows: readonly InspectionInput[]): Promise<void> {
  for (const r of rows) {
    await exec(conn, sql`INSERT INTO inspection (inspection_id, agency, target_name, target_credit_code, inspected_on, mode, division, found_problem, batch_id)
      VALUES (${r.id}, ${r.agency}, ${r.target}, ${r.code ?? null}, ${r.date}::DATE, ${r.mode === undefined ? '双随机' : r.mode},
        ${r.division === undefined ? '海州区' : r.division}, ${r.found ?? null}::BOOLEAN, 1)`, 'test inspection');
  }
}

/** Inserts case reviews (default year 2025). */
export async function insertReviews(conn: DuckDBConnection, rows: readonly ReviewInput[]): Promise<void> {
  let n = 0;
  for (const r of rows) {
    await exec(conn, sql`INSERT INTO case_review (review_id, year, agency, case_no, case_type, score, grade, veto, batch_id)
      VALUES (${`R${++n}`}, ${r.year ?? 2025}::INTEGER, ${r.agency}, ${`案${n}`}, ${'处罚'}, ${r.score ?? null}::DOUBLE, ${r.grade ?? null},
        ${r.veto ?? null}::BOOLEAN, 1)`, 'test review');
  }
}

/** Inserts agencies (name, division, sector). */
export async function insertAgencies(conn: DuckDBConnection, rows: readonly [string, string, string][]): Promise<void> {
  for (const [name, division, sector] of rows) {
    await exec(conn, sql`INSERT INTO agency (name, division, sector) VALUES (${name}, ${division}, ${sector})`, 'test agency');
  }
}
