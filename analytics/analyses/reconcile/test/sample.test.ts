/**
 * Reconciliation on the sample workspace: every planted annual mismatch is found and no other, the
 * unit slip is called out, and the comparisons agree with the plain-TypeScript reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleWorkspace, truth } from '../../test/sample-workspace.ts';
import type { Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { runReconcile } from '../index.ts';
import type { ReconcileResult } from '../types.ts';
import { referenceChecks } from './reference.ts';

let ws: Workspace;
let r: ReconcileResult;
const t = truth();
const year: number = t.year;

beforeAll(async () => {
  ws = await openSampleWorkspace();
  r = await runReconcile(await queryContext(ws.conn), { year });
});
afterAll(() => ws?.close());

describe('reconciliation on the sample city', () => {
  it('finds every planted mismatch and no other', () => {
    const want = (t.planted.annual_mismatches as { agency: string; indicator: string; reported: number; computed: number }[])
      .map((m) => ({ agency: m.agency, indicator: m.indicator, reported: m.reported, computed: m.computed }));
    const got = r.mismatches.map((m) => ({ agency: m.agency, indicator: m.indicator, reported: m.reported, computed: m.computed }));
    const order = (a: { agency: string; indicator: string }, b: { agency: string; indicator: string }) =>
      `${a.agency}${a.indicator}` < `${b.agency}${b.indicator}` ? -1 : 1;
    expect(got.sort(order)).toEqual(want.sort(order));
    expect(r.missing_reports).toEqual([]);
  });

  it('calls the 元/万元 slip a suspected unit error, and only that one', () => {
    const slips = r.mismatches.filter((m) => m.suspected_unit_error);
    expect(slips.map((m) => m.indicator)).toEqual(['penalty_amount_yuan']);
    expect(r.findings[0].text).toContain('（疑似单位错误）');
    expect(r.findings[0].text).toMatch(/^年报核对共比对\d+项，发现4项不一致，其中/);
  });

  it('agrees with the plain-TypeScript reference on every comparison', async () => {
    const ref = referenceChecks({
      year,
      cases: await all(ws.conn, sql`SELECT agency, categories, fine_yuan, confiscation_yuan, decided_on FROM penalty_case`),
      inspections: await all(ws.conn, sql`SELECT agency, inspected_on FROM inspection`),
      stats: await all(ws.conn, sql`SELECT year, agency, indicator, value, batch_id FROM annual_stat`),
      categories: await all(ws.conn, sql`SELECT name, severity_rank, annual_indicator FROM penalty_category`),
      agencies: null,
    });
    expect(r.checked).toBe(ref.length);
    const got = new Map(r.checks.map((c) => [`${c.agency}/${c.indicator}`, c]));
    for (const c of ref) {
      const g = got.get(`${c.agency}/${c.indicator}`)!;
      expect(g.computed).toBeCloseTo(c.computed, 2);
      expect(g.mismatch).toBe(c.mismatch);
    }
  });

  it('an agency filter checks that agency only; a filter carrying SQL selects nothing', async () => {
    const q = await queryContext(ws.conn);
    const m = t.planted.annual_mismatches[0];
    const one = await runReconcile(q, { year, agency: m.agency });
    expect(one.by_agency.map((a) => a.agency)).toEqual([m.agency]);
    expect(one.mismatches.map((x) => x.indicator)).toEqual([m.indicator]);
    const evil = await runReconcile(q, { year, agency: `${m.agency}' OR '1'='1` });
    expect(evil.checked).toBe(0);
  });
});
