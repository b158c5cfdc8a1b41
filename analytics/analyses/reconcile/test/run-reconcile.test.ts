/**
 * runReconcile on a hand-filled workspace: the heaviest-category rule, the tolerance edges, latest
 * batch wins, blank values skipped, unit slips detected, agencies without cases or without reports,
 * filters — and agreement with the plain-TypeScript reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all, exec } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { runReconcile } from '../index.ts';
import { insertCases, type CaseInput } from '../../deviation/test/fill.ts';
import { insertAgencies, insertInspections } from '../../quality/test/fill.ts';
import { referenceChecks, type ReferenceInput } from './reference.ts';

type Stat = [agency: string, indicator: string, value: number | null, batch?: number, year?: number];

const CASES: CaseInput[] = [
  { decision_no: '甲1', agency: '甲局', categories: ['警告', '罚款'], fine_yuan: 1000 },
  { decision_no: '甲2', agency: '甲局', categories: ['罚款', '没收违法所得'], fine_yuan: 2000, confiscation_yuan: 500.5 },
  { decision_no: '甲3', agency: '甲局', categories: ['吊销许可证', '罚款', '警告'], fine_yuan: 3000 },
  { decision_no: '甲4', agency: '甲局', categories: [], fine_yuan: null },
  { decision_no: '甲5', agency: '甲局', categories: ['行政拘留', '罚款'], fine_yuan: 100 },
  { decision_no: '甲6', agency: '甲局', categories: ['通报批评'], fine_yuan: 0 },
  { decision_no: '甲7', agency: '甲局', categories: ['责令关闭', '暂扣许可证'], fine_yuan: null, confiscation_yuan: 99.5 },
  { decision_no: '甲8', agency: '甲局', categories: ['罚款'], fine_yuan: 700 },
  { decision_no: '甲-2024', agency: '甲局', categories: ['罚款'], fine_yuan: 99999, decided_on: '2024-12-31' },
  ...Array.from({ length: 200 }, (_, i): CaseInput => ({ decision_no: `丙${i}`, agency: '丙局', categories: ['罚款'], fine_yuan: 50, division: '连云区' })),
  { decision_no: '乙1', agency: '乙局', categories: ['警告'], fine_yuan: null },
  { decision_no: '乙2', agency: '乙局', categories: ['罚款'], fine_yuan: 10 },
  { decision_no: '乙3', agency: '乙局', categories: ['罚款'], fine_yuan: 10 },
  { decision_no: '戊1', agency: '戊局', categories: ['罚款'], fine_yuan: 10 },
];

const AMOUNT_JIA = 1000 + 2000 + 500.5 + 3000 + 100 + 99.5 + 700;

const STATS: Stat[] = [
  ['甲局', 'penalty_warning', 1], ['甲局', 'penalty_fine', 3], ['甲局', 'penalty_confiscation', 1],
  ['甲局', 'penalty_revoke_license', 1], ['甲局', 'penalty_detention', null], ['甲局', 'penalty_stop_close', 1],
  ['甲局', 'penalty_other', 1], ['甲局', 'penalty_total', 10], ['甲局', 'penalty_amount_yuan', AMOUNT_JIA * 10000],
  ['甲局', 'inspection_total', 3], ['甲局', 'license_applied', 999], ['甲局', 'penalty_total', 1, 1, 2024],
  ['丙局', 'penalty_total', 202], ['丙局', 'penalty_fine', 203], ['丙局', 'penalty_amount_yuan', 10000.5],
  ['乙局', 'penalty_total', 10, 1], ['乙局', 'penalty_total', 3, 2], ['乙局', 'penalty_amount_yuan', 20],
  ['丁局', 'penalty_total', 5], ['丁局', 'inspection_total', 0], ['丁局', 'penalty_amount_yuan', 1],
];

let ws: Workspace;
let input: Omit<ReferenceInput, 'agencies'>;

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await insertAgencies(ws.conn, [['甲局', '海州区', '市场监管'], ['乙局', '连云区', '应急管理'], ['丙局', '海州区', '城市管理'], ['丁局', '徐圩新区', '市场监管'], ['戊局', '海州区', '市场监管']]);
  await insertCases(ws.conn, CASES);
  await insertInspections(ws.conn, [
    { id: 'j1', agency: '甲局', target: 'A', date: '2025-01-02' }, { id: 'j2', agency: '甲局', target: 'B', date: '2025-03-02' },
    { id: 'j3', agency: '甲局', target: 'C', date: '2025-12-31' }, { id: 'j4', agency: '甲局', target: 'D', date: '2024-12-31' },
    { id: 'j5', agency: '己局', target: 'E', date: '2025-06-01' },
  ]);
  for (const [agency, indicator, value, batch = 1, year = 2025] of STATS) {
    await exec(ws.conn, sql`INSERT INTO annual_stat (year, agency, indicator, value, batch_id) VALUES (${year}::INTEGER, ${agency}, ${indicator}, ${value}::DOUBLE, ${batch}::INTEGER)`);
  }
  input = {
    year: 2025,
    cases: await all(ws.conn, sql`SELECT agency, categories, fine_yuan, confiscation_yuan, decided_on FROM penalty_case`),
    inspections: await all(ws.conn, sql`SELECT agency, inspected_on FROM inspection`),
    stats: await all(ws.conn, sql`SELECT year, agency, indicator, value, batch_id FROM annual_stat`),
    categories: await all(ws.conn, sql`SELECT name, severity_rank, annual_indicator FROM penalty_category`),
  };
});
afterAll(() => ws.close());

async function compare(filter: FilterSpec, agencies: string[] | null) {
  const r = await runReconcile(await queryContext(ws.conn), filter);
  const ref = referenceChecks({ ...input, agencies: agencies ? new Set(agencies) : null });
  const key = (c: { agency: string; indicator: string }) => `${c.agency}/${c.indicator}`;
  expect(r.checks.map(key).sort()).toEqual(ref.map(key).sort());
  for (const c of ref) {
    const got = r.checks.find((x) => key(x) === key(c))!;
    expect({ k: key(c), reported: got.reported, computed: got.computed, mismatch: got.mismatch }).toEqual({ k: key(c), reported: c.reported, computed: c.computed, mismatch: c.mismatch });
  }
  expect(r.checked).toBe(ref.length);
  expect(r.mismatches.length).toBe(ref.filter((c) => c.mismatch).length);
  return r;
}

describe('reconciliation', () => {
  it('whole city: agrees with the reference, and with the definitions edge by edge', async () => {
    const r = await compare({ year: 2025 }, null);
    const m = (agency: string, indicator: string) => r.checks.find((c) => c.agency === agency && c.indicator === indicator);
    expect(m('甲局', 'penalty_fine')).toMatchObject({ computed: 2, reported: 3, mismatch: false });
    expect(m('甲局', 'penalty_warning')).toMatchObject({ computed: 1, mismatch: false });
    expect(m('甲局', 'penalty_stop_close')).toMatchObject({ computed: 1, mismatch: false });
    expect(m('甲局', 'penalty_other')).toMatchObject({ computed: 1, mismatch: false });
    expect(m('甲局', 'penalty_total')).toMatchObject({ computed: 8, reported: 10, mismatch: true });
    expect(m('甲局', 'penalty_detention')).toBeUndefined();
    expect(m('甲局', 'license_applied')).toBeUndefined();
    expect(m('甲局', 'penalty_amount_yuan')).toMatchObject({ computed: AMOUNT_JIA, mismatch: true, suspected_unit_error: true, ratio: 10000 });
    expect(m('甲局', 'inspection_total')).toMatchObject({ computed: 3, mismatch: false });
    expect(m('丙局', 'penalty_total')).toMatchObject({ computed: 200, mismatch: false });
    expect(m('丙局', 'penalty_fine')).toMatchObject({ computed: 200, mismatch: true, suspected_unit_error: false });
    expect(m('丙局', 'penalty_amount_yuan')).toMatchObject({ computed: 10000, mismatch: false });
    expect(m('乙局', 'penalty_total')).toMatchObject({ reported: 3, computed: 3, mismatch: false });
    expect(m('丁局', 'penalty_total')).toMatchObject({ computed: 0, ratio: null, mismatch: true });
    expect(m('丁局', 'penalty_amount_yuan')).toMatchObject({ computed: 0, mismatch: false });
    expect(r.missing_reports).toEqual([
      { agency: '戊局', penalty_total: 1, penalty_amount_yuan: 10, inspection_total: 0 },
      { agency: '己局', penalty_total: 0, penalty_amount_yuan: 0, inspection_total: 1 },
    ]);
    expect(r.by_agency.find((a) => a.agency === '甲局')).toEqual({ agency: '甲局', checked: 9, mismatches: 2 });
    const summary = r.findings[0];
    expect(summary.text).toMatch(/^年报核对共比对\d+项，发现4项不一致，其中甲局罚没金额报送7,400.00万元，案件数据为0.74万元（疑似单位错误）$/);
    expect(r.findings.find((f) => f.id === 'reconcile.missing_reports')!.text).toBe('全市有2个单位有执法数据但未报送2025年度统计年报：戊局、己局');
  });

  it('division, sector and agency filters select agencies through the agency table', async () => {
    await compare({ year: 2025, division: '海州区' }, ['甲局', '丙局', '戊局']);
    await compare({ year: 2025, division: '连云区' }, ['乙局', '丁局']);
    await compare({ year: 2025, sector: '市场监管' }, ['甲局', '丁局', '戊局']);
    const one = await compare({ year: 2025, agency: '丙局' }, ['丙局']);
    expect(one.missing_reports).toEqual([]);
  });

  it('a filter value carrying SQL selects nothing and changes nothing', async () => {
    const r = await runReconcile(await queryContext(ws.conn), { year: 2025, agency: "甲局' OR '1'='1" });
    expect(r.checked).toBe(0);
    expect(r.findings).toEqual([]);
    const again = await compare({ year: 2025 }, null);
    expect(again.mismatches.length).toBe(4);
  });
});
