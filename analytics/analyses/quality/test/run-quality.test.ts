/**
 * runQuality on a hand-filled workspace: repeat episodes agree with a plain-TypeScript clustering
 * (window edges, single linkage, adopted codes, year and division scope, agency scope), modes,
 * penalties per 100 inspections, review grades and vetoes follow the definitions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all, exec } from '../../../sql/run.ts';
import { runQuality } from '../index.ts';
import type { FilterSpec } from '../../filter.ts';
import { insertCases } from '../../deviation/test/fill.ts';
import { insertAgencies, insertInspections, insertReviews, type InspectionInput } from './fill.ts';
import { referenceEpisodes, referencePairs, type RawInspection } from './reference-episodes.ts';

const INSPECTIONS: InspectionInput[] = [
  // Exactly 30 days apart: one episode.
  { id: 'i01', agency: '甲局', target: '一号公司', code: 'C1', date: '2025-01-01', found: true },
  { id: 'i02', agency: '乙局', target: '一号公司', code: 'C1', date: '2025-01-31', mode: '专项', found: false },
  // 31 days apart: none.
  { id: 'i03', agency: '甲局', target: '二号公司', code: 'C2', date: '2025-01-01' },
  { id: 'i04', agency: '乙局', target: '二号公司', code: 'C2', date: '2025-02-01', mode: '综合查一次' },
  // Single linkage: 45 days in all, each step within 30.
  { id: 'i05', agency: '甲局', target: '三号公司', code: 'C3', date: '2025-03-01' },
  { id: 'i06', agency: '甲局', target: '三号公司', code: 'C3', date: '2025-03-20' },
  { id: 'i07', agency: '丙局', target: '三号公司', code: 'C3', date: '2025-04-15', mode: '投诉核查' },
  // No code on one record: adopted from the same name.
  { id: 'i08', agency: '甲局', target: '四号商店', code: 'C4', date: '2025-05-01' },
  { id: 'i09', agency: '丁局', target: '四号商店', code: null, date: '2025-05-09', mode: null },
  // No code anywhere: the normalized name is the target.
  { id: 'i26', agency: '戊局', target: '十一号 小店', code: null, date: '2025-11-01' },
  { id: 'i27', agency: '己局', target: '十一号小店（）', code: null, date: '2025-11-03' },
  // One name, two codes: nothing adopted, three different targets.
  { id: 'i10', agency: '甲局', target: '重名公司', code: 'C5A', date: '2025-06-01' },
  { id: 'i11', agency: '甲局', target: '重名公司', code: 'C5B', date: '2025-06-03' },
  { id: 'i12', agency: '乙局', target: '重名公司', code: null, date: '2025-06-05', mode: '随便' },
  // Three agencies in ten days: one episode, three pairs.
  { id: 'i13', agency: '甲局', target: '六号公司', code: 'C6', date: '2025-07-01' },
  { id: 'i14', agency: '乙局', target: '六号公司', code: 'C6', date: '2025-07-05' },
  { id: 'i15', agency: '丙局', target: '六号公司', code: 'C6', date: '2025-07-10' },
  // The same agency twice: none.
  { id: 'i16', agency: '乙局', target: '七号公司', code: 'C7', date: '2025-08-01' },
  { id: 'i17', agency: '乙局', target: '七号公司', code: 'C7', date: '2025-08-03' },
  // Two bursts months apart: two episodes, one target.
  { id: 'i18', agency: '甲局', target: '八号公司', code: 'C8', date: '2025-03-10' },
  { id: 'i19', agency: '乙局', target: '八号公司', code: 'C8', date: '2025-03-12' },
  { id: 'i20', agency: '乙局', target: '八号公司', code: 'C8', date: '2025-09-10' },
  { id: 'i21', agency: '丙局', target: '八号公司', code: 'C8', date: '2025-09-20' },
  // Across the year boundary: only 2025 counts.
  { id: 'i22', agency: '甲局', target: '九号公司', code: 'C9', date: '2024-12-20' },
  { id: 'i23', agency: '乙局', target: '九号公司', code: 'C9', date: '2025-01-05' },
  // Another division.
  { id: 'i24', agency: '戊局', target: '十号公司', code: 'C10', date: '2025-10-01', division: '连云区' },
  { id: 'i25', agency: '己局', target: '十号公司', code: 'C10', date: '2025-10-02', division: '徐圩新区' },
];

let ws: Workspace;
let raw: RawInspection[];

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await insertInspections(ws.conn, INSPECTIONS);
  await insertAgencies(ws.conn, [['甲局', '海州区', '市场监管'], ['乙局', '海州区', '应急管理'], ['丙局', '市本级', '市场监管'], ['戊局', '连云区', '交通运输']]);
  await insertReviews(ws.conn, [
    { agency: '甲局', score: 95 }, { agency: '甲局', score: 70 }, { agency: '甲局', score: 0, veto: true },
    { agency: '甲局', score: 85, grade: ' 优秀 ' }, { agency: '甲局', score: null },
    { agency: '乙局', score: 59.5 }, { agency: '乙局', score: 60 }, { agency: '乙局', score: 90 }, { agency: '乙局', score: 99, year: 2024 },
  ]);
  await insertCases(ws.conn, [
    ...Array.from({ length: 6 }, (_, i) => ({ decision_no: `P甲${i}`, agency: '甲局', fine_yuan: 100 })),
    { decision_no: 'P乙', agency: '乙局', fine_yuan: 100 },
    { decision_no: 'P庚', agency: '庚局', fine_yuan: 100 },
    { decision_no: 'P甲-2024', agency: '甲局', fine_yuan: 100, decided_on: '2024-03-01' },
  ]);
  raw = await all<RawInspection>(ws.conn, sql`SELECT inspection_id, agency, target_name, target_credit_code, inspected_on, division FROM inspection`);
});
afterAll(() => ws.close());

const inYear = (r: RawInspection) => r.inspected_on.startsWith('2025');

async function check(filter: FilterSpec, rows: RawInspection[], inScope?: (a: string) => boolean) {
  const res = await runQuality(await queryContext(ws.conn), filter);
  const ref = referenceEpisodes(rows, inScope);
  const r = res.repeat_inspections;
  expect(r.episodes).toBe(ref.length);
  expect(r.targets).toBe(new Set(ref.map((e) => e.key)).size);
  expect(r.inspections_involved).toBe(ref.reduce((s, e) => s + e.inspections, 0));
  expect(r.agencies_involved).toBe(new Set(ref.flatMap((e) => e.agencies)).size);
  expect(new Map(r.agency_pairs.map((p) => [`${p.agency_a}|${p.agency_b}`, p.episodes]))).toEqual(referencePairs(ref));
  expect(r.examples_total).toBe(ref.length);
  expect(r.examples.map((e) => `${e.agencies}@${e.first_date}`).sort())
    .toEqual(ref.map((e) => `${e.agencies.join('、')}@${e.first}`).sort());
  return res;
}

describe('repeat inspections', () => {
  it('whole city: agrees with the reference and the planted edges', async () => {
    const res = await check({ year: 2025 }, raw.filter(inYear));
    expect(res.repeat_inspections.episodes).toBe(8);
    expect(res.repeat_inspections.targets).toBe(7);
    const six = res.repeat_inspections.examples[0];
    expect(six).toMatchObject({ target_name: '六号公司', target_credit_code: 'C6', agency_count: 3, inspections: 3, days: 9 });
    const four = res.repeat_inspections.examples.find((e) => e.target_credit_code === 'C4')!;
    expect(four.agencies).toBe('丁局、甲局');
    expect(res.findings[0].text).toBe('同一对象30日内被2个以上部门重复检查8起，涉及7个检查对象、6个执法部门、18次检查，其中乙局与甲局重复检查3起');
  });

  it('division filter: the division and its zones only', async () => {
    await check({ year: 2025, division: '海州区' }, raw.filter((r) => inYear(r) && r.division === '海州区'));
    const lyq = await check({ year: 2025, division: '连云区' }, raw.filter((r) => inYear(r) && (r.division === '连云区' || r.division === '徐圩新区')));
    expect(lyq.repeat_inspections.episodes).toBe(1);
  });

  it('agency and sector filters keep the episodes involving a selected agency', async () => {
    const c = await check({ year: 2025, agency: '丙局' }, raw.filter(inYear), (a) => a === '丙局');
    expect(c.repeat_inspections.episodes).toBe(3);
    await check({ year: 2025, sector: '应急管理' }, raw.filter(inYear), (a) => a === '乙局');
    const none = await check({ year: 2025, agency: "丙局' OR '1'='1" }, raw.filter(inYear), () => false);
    expect(none.repeat_inspections.episodes).toBe(0);
  });

  it('examples are capped, the total is not', async () => {
    const { episodesQuery } = await import('../repeat-sql.ts');
    const rows = await all<{ total: number }>(ws.conn, episodesQuery({ year: 2025 }, 2));
    expect(rows.length).toBe(2);
    expect(rows[0].total).toBe(8);
  });
});

describe('modes, per-agency figures and reviews', () => {
  it('mode shares: unknown and blank modes count as 其他, shares add up to 1', async () => {
    const res = await runQuality(await queryContext(ws.conn), { year: 2025 });
    const n = raw.filter(inYear).length;
    expect(res.mode_share.inspections).toBe(n);
    expect(res.mode_counts).toEqual({ 双随机: n - 5, 专项: 1, 综合查一次: 1, 投诉核查: 1, 其他: 2 });
    expect(res.mode_share.random_or_joint_share).toBeCloseTo((n - 5 + 1) / n, 12);
    expect(Object.values(res.mode_counts).reduce((s, x) => s + x, 0)).toBe(n);
  });

  it('penalties per 100 inspections and found-problem rate', async () => {
    const res = await runQuality(await queryContext(ws.conn), { year: 2025 });
    const jia = res.by_agency.find((a) => a.agency === '甲局')!;
    const jiaInspections = raw.filter((r) => inYear(r) && r.agency === '甲局').length;
    expect(jia).toEqual({ agency: '甲局', inspections: jiaInspections, penalties: 6, penalties_per_100: (6 * 100) / jiaInspections, found_problem_rate: 1 });
    expect(res.by_agency.find((a) => a.agency === '乙局')!.found_problem_rate).toBe(0);
    expect(res.by_agency.find((a) => a.agency === '庚局')).toEqual({ agency: '庚局', inspections: 0, penalties: 1, penalties_per_100: null, found_problem_rate: null });
  });

  it('reviews: recorded grades kept, blank ones derived from score and veto', async () => {
    const res = await runQuality(await queryContext(ws.conn), { year: 2025 });
    const jia = res.reviews.find((r) => r.agency === '甲局')!;
    expect(jia).toMatchObject({ reviews: 5, vetoes: 1, veto_rate: 0.2, grades: { 优秀: 2, 合格: 1, 不合格: 1, 未定级: 1 } });
    expect(jia.mean_score).toBeCloseTo((95 + 70 + 0 + 85) / 4, 12);
    const yi = res.reviews.find((r) => r.agency === '乙局')!;
    expect(yi).toMatchObject({ reviews: 3, vetoes: 0, grades: { 不合格: 1, 合格: 1, 优秀: 1 } });
    expect(res.review_summary).toMatchObject({ reviews: 8, vetoes: 1, veto_rate: 1 / 8 });
    expect(res.review_summary.mean_score).toBeCloseTo((95 + 70 + 0 + 85 + 59.5 + 60 + 90) / 7, 12);
    expect(res.findings.map((f) => f.id)).toContain('quality.review_lowest');
  });

  it('reviews: bands from the setting; division filter through the agency table', async () => {
    await exec(ws.conn, sql`INSERT INTO setting (key, value) VALUES ('review_grade_bands', ${JSON.stringify([{ grade: '良好', min: 80 }, { grade: '合格', min: 60 }, { grade: '优秀', min: 95 }])}::JSON)`);
    try {
      const res = await runQuality(await queryContext(ws.conn), { year: 2025, sector: '市场监管' });
      expect(res.grade_bands.map((b) => b.grade)).toEqual(['优秀', '良好', '合格']);
      expect(res.reviews.map((r) => r.agency)).toEqual(['甲局']);
      expect(res.reviews[0].grades).toEqual({ 优秀: 2, 合格: 1, 不合格: 1, 未定级: 1 });
      const none = await runQuality(await queryContext(ws.conn), { year: 2025, division: '连云区' });
      expect(none.reviews).toEqual([]);
    } finally {
      await exec(ws.conn, sql`DELETE FROM setting WHERE key = 'review_grade_bands'`);
    }
  });
});
