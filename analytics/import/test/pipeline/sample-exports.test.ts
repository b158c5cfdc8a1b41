/**
 * Every committed sample export imports, and its row counts and money totals equal what the
 * generator planted in truth.json (recorded independently of the importer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import type { Workspace } from '../../../workspace/open.ts';
import { openSampleWorkspace, truth } from '../../../analyses/test/sample-workspace.ts';

let ws: Workspace;
const t = truth();
beforeAll(async () => {
  ws = await openSampleWorkspace();
});
afterAll(() => ws?.close());

interface FileTruth { file: string; kind: string; sheet?: string; rows: number; fine_total_yuan?: number; revoked_rows?: number }

describe('sample exports against truth.json', () => {
  it('every file and sheet was imported with the planted row count and fine total', async () => {
    const batches = await all<{ batch_id: number; file_name: string; sheet: string; kind: string; rows_read: number; rows_imported: number; rows_rejected: number }>(
      ws.conn, sql`SELECT batch_id, file_name, sheet, kind, rows_read, rows_imported, rows_rejected FROM import_batch`,
    );
    const fines = new Map((await all<{ batch_id: number; f: number }>(ws.conn, sql`SELECT batch_id, sum(fine_yuan) AS f FROM penalty_case GROUP BY 1`)).map((r) => [r.batch_id, r.f]));
    for (const f of t.files as FileTruth[]) {
      const b = batches.find((x) => x.file_name === f.file && (f.sheet === undefined || x.sheet === f.sheet));
      expect(b, `${f.file} ${f.sheet ?? ''}`).toBeDefined();
      if (f.kind === 'survey' && f.sheet && b!.kind === 'survey_item') continue;
      expect(b!.kind, f.file).toBe(f.kind);
      expect(b!.rows_read, `${f.file} ${f.sheet ?? ''} rows`).toBe(f.rows);
      expect(b!.rows_imported, `${f.file} ${f.sheet ?? ''} imported`).toBe(f.rows - (f.revoked_rows ?? 0));
      if (f.fine_total_yuan !== undefined) expect(fines.get(b!.batch_id), `${f.file} ${f.sheet ?? ''} fines`).toBeCloseTo(f.fine_total_yuan, 2);
    }
    expect(batches.reduce((n, b) => n + b.rows_rejected, 0)).toBe(t.penalty.revoked_rows);
  });

  it('penalty totals and every agency equal the planted values, revoked records excluded', async () => {
    const [y] = await all<{ n: number; f: number; c: number }>(
      ws.conn, sql`SELECT count(*) AS n, sum(fine_yuan) AS f, sum(confiscation_yuan) AS c FROM penalty_case WHERE year(decided_on) = ${t.year}`,
    );
    expect(y).toEqual({ n: t.penalty.cases, f: t.penalty.fine_total_yuan, c: t.penalty.confiscation_total_yuan });
    const byAgency = await all<{ agency: string; n: number; f: number }>(
      ws.conn, sql`SELECT agency, count(*) AS n, sum(fine_yuan) AS f FROM penalty_case WHERE year(decided_on) = ${t.year} GROUP BY 1`,
    );
    const expected = t.penalty.by_agency as Record<string, { cases: number; fine_total_yuan: number }>;
    expect(byAgency.length).toBe(Object.keys(expected).length);
    for (const a of byAgency) expect({ agency: a.agency, n: a.n, f: a.f }).toEqual({ agency: a.agency, n: expected[a.agency].cases, f: expected[a.agency].fine_total_yuan });
    const [p] = await all<{ n: number; f: number }>(ws.conn, sql`SELECT count(*) AS n, sum(fine_yuan) AS f FROM penalty_case WHERE year(decided_on) = ${t.prior_year.year}`);
    expect(p).toEqual({ n: t.prior_year.cases, f: t.prior_year.fine_total_yuan });
    const revoked = t.penalty.revoked.map((r: { decision_no: string }) => r.decision_no);
    const kept = await all<{ n: number; f: number }>(ws.conn, sql`SELECT count(*) AS n, max(fine_yuan) AS f FROM penalty_case WHERE list_contains(${revoked}, decision_no)`);
    // The revoked row's decision number is reused by the valid row right after it, at a tenth of the amount.
    expect(kept[0].n).toBe(revoked.length);
  });

  it('tickets, inspections, reviews and survey responses are all there, types normalized', async () => {
    const types = await all<{ appeal_type: string; n: number }>(
      ws.conn, sql`SELECT appeal_type, count(*) AS n FROM hotline_ticket WHERE year(received_at) = ${t.year} GROUP BY 1`,
    );
    expect(Object.fromEntries(types.map((r) => [r.appeal_type, r.n]))).toEqual(t.tickets.by_type);
    const [unplaced] = await all<{ n: number }>(ws.conn, sql`SELECT count(*) AS n FROM hotline_ticket WHERE year(received_at) = ${t.year} AND division IS NULL`);
    expect(unplaced.n).toBe(t.tickets.unplaced);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM inspection`)).toEqual([{ n: t.inspections.count }]);
    expect(await all(ws.conn, sql`SELECT count(*) AS n, count(*) FILTER (WHERE veto) AS v FROM case_review`)).toEqual([{ n: t.reviews.count, v: t.reviews.vetoes }]);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM survey_response`)).toEqual([{ n: t.survey.responses }]);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM survey_item`)).toEqual([{ n: t.survey.items }]);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM benchmark_rule`)).toEqual([{ n: t.benchmark.rule_rows }]);
  });
});
