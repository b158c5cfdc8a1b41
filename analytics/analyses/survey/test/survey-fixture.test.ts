/**
 * The survey analysis on the small fixture of `fixture.ts`, against numbers computed independently:
 *
 * - literals marked [scipy] were computed with Python 3 / numpy 2.4 / scipy 1.17 from the same
 *   table (numpy.mean, numpy.std(ddof=1), scipy.stats.t.ppf, scipy.stats.ttest_ind(equal_var=False),
 *   scipy.stats.pearsonr; Cronbach's alpha with the textbook formula on the complete rows; Holm's
 *   adjustment by hand from the three Welch p-values) — not from this module's output;
 * - the index, item and dimension scores are also recomputed below step by step in the most naive
 *   way (loops over the fixture table), as a differential check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { runSurvey, type SurveyResult } from '../index.ts';
import { fixtureWorkspace, ITEMS, RESPONSES } from './fixture.ts';

let ws: Workspace;
let r: SurveyResult;
beforeAll(async () => {
  ws = await fixtureWorkspace();
  r = await runSurvey(await queryContext(ws.conn), { year: 2025 });
});
afterAll(() => ws?.close());

/** Respondents of 2025: R12 is dated 2024; R10 is undated and belongs to the latest year, 2025. */
const in2025 = RESPONSES.filter((x) => x.date === null || x.date.startsWith('2025'));

/** Naive DOMAIN §6 index: item means → dimension means → weighted by mean item weight. */
function naiveIndex(rows: typeof RESPONSES): number {
  const itemMean = (i: number) => {
    let sum = 0;
    let n = 0;
    for (const x of rows) if (x.scores[i] !== null) { sum += x.scores[i] as number; n++; }
    return sum / n;
  };
  const d1 = (itemMean(0) + itemMean(1)) / 2; // 执法规范, w = (1 + 1) / 2
  const d2 = (itemMean(2) + itemMean(3)) / 2; // 执法效率, w = (2 + 1) / 2
  return (1 * d1 + 1.5 * d2) / (1 + 1.5); // 总体评价 has weight 0
}

const close = (digits = 9) => (x: number | null) => expect.closeTo(x as number, digits);

describe('survey analysis on the fixture', () => {
  it('scores the city with the DOMAIN §6 formula and a t-interval on per-respondent indexes', () => {
    expect(r.overall.responses).toBe(15); // R01–R11, R13–R16
    expect(r.overall.scored).toBe(14); // R11 answered only the overall item
    expect(r.overall.index).toBeCloseTo(naiveIndex(in2025), 10);
    expect(r.overall.index).toBeCloseTo(51.86263736263736, 10); // [scipy]
    expect(r.overall.respondent_mean).toBeCloseTo(51.357142857142854, 10); // [scipy] mean of per-respondent indexes
    expect(r.overall.ci_low).toBeCloseTo(34.37262321617767, 9); // [scipy] mean − t(0.975, 13)·s/√14
    expect(r.overall.ci_high).toBeCloseTo(68.34166249810804, 9); // [scipy]
    expect(r.overall.rated).toBe(14);
    expect(r.overall.satisfied_rate).toBeCloseTo(6 / 14, 12); // Q5 ≥ 80: R01 R02 R04 R06 R07 R09
    expect(r.overall.negative_rate).toBeCloseTo(5 / 14, 12); // Q5 < 60: R05 R10 R13 R14 R15
    expect(r.overall.too_small).toBe(true);
  });

  it('scores items and dimensions', () => {
    expect(r.items.map((i) => [i.item_code, i.answered, i.blank])).toEqual([['Q1', 14, 1], ['Q2', 14, 1], ['Q3', 12, 3], ['Q4', 13, 2], ['Q5', 14, 1]]);
    expect(r.items.map((i) => i.score)).toEqual([57.857142857142854, 58.57142857142857, 48.333333333333336, 46.92307692307692, 55.714285714285715].map(close(10))); // [scipy]
    expect(r.items[2].ci_low).toBeCloseTo(27.37693013101903, 9); // [scipy] Q3, n = 12
    expect(r.items[2].ci_high).toBeCloseTo(69.28973653564765, 9);
    expect(r.dimensions.map((d) => [d.dimension, d.weight, d.items])).toEqual([['执法规范', 1, ['Q1', 'Q2']], ['执法效率', 1.5, ['Q3', 'Q4']], ['总体评价', 0, ['Q5']]]);
    expect(r.dimensions[0].score).toBeCloseTo(58.21428571428571, 10); // [scipy] (57.857 + 58.571) / 2
    expect(r.dimensions[1].score).toBeCloseTo(47.628205128205124, 10); // [scipy]
    // per-respondent dimension scores (14 respondents each): t-interval
    expect(r.dimensions[0].ci_low).toBeCloseTo(40.796573863694874, 9); // [scipy]
    expect(r.dimensions[0].ci_high).toBeCloseTo(75.63199756487656, 9);
    expect(r.dimensions[1].ci_low).toBeCloseTo(29.003739025224185, 9); // [scipy] mean 46.79
    expect(r.dimensions[1].ci_high).toBeCloseTo(64.56768954620438, 9);
  });

  it('tests each agency against the rest of the city with Welch and Holm', () => {
    const by = Object.fromEntries(r.by_agency.map((a) => [a.agency, a]));
    expect(r.by_agency.map((a) => a.agency)).toEqual(['丙局', '甲局', '乙局']); // lowest index first
    expect(by['甲局'].index).toBeCloseTo(62.6, 10); // [scipy] DOMAIN index of 甲局's answers
    expect(by['甲局'].index).toBeCloseTo(naiveIndex(in2025.filter((x) => x.agency === '甲局')), 10);
    expect(by['乙局'].index).toBeCloseTo(66.2, 10);
    expect(by['丙局'].index).toBeCloseTo(19.5, 10);
    expect(by['甲局'].ci_low).toBeCloseTo(30.68794864263295, 9); // [scipy] n = 5
    expect(by['甲局'].ci_high).toBeCloseTo(92.11205135736705, 9);
    expect(by['丙局'].ci_low).toBeCloseTo(11.213589558431554, 9); // [scipy] n = 4
    expect(by['丙局'].ci_high).toBeCloseTo(29.286410441568446, 9);
    // [scipy] ttest_ind(agency, rest, equal_var=False)
    expect(by['甲局'].t).toBeCloseTo(1.021879237547922, 10);
    expect(by['甲局'].df).toBeCloseTo(10.319828275531181, 9);
    expect(by['甲局'].p_value).toBeCloseTo(0.33019585676785634, 10);
    expect(by['乙局'].t).toBeCloseTo(1.4630940616167825, 10);
    expect(by['乙局'].df).toBeCloseTo(8.296998747667875, 9);
    expect(by['乙局'].p_value).toBeCloseTo(0.1802662437272492, 10);
    expect(by['丙局'].t).toBeCloseTo(-5.140663867323645, 10);
    expect(by['丙局'].df).toBeCloseTo(10.898498338033841, 9);
    expect(by['丙局'].p_value).toBeCloseTo(0.00033257906590946533, 12);
    // Holm by hand: sorted p 0.000333 (×3), 0.1803 (×2 = 0.3605), 0.3302 (×1, raised to 0.3605 by monotonicity)
    expect(by['丙局'].p_adjusted).toBeCloseTo(3 * 0.00033257906590946533, 12);
    expect(by['乙局'].p_adjusted).toBeCloseTo(2 * 0.1802662437272492, 10);
    expect(by['甲局'].p_adjusted).toBeCloseTo(2 * 0.1802662437272492, 10);
    expect(r.by_agency.map((a) => [a.agency, a.below_city, a.above_city])).toEqual([['丙局', true, false], ['甲局', false, false], ['乙局', false, false]]);
    expect(r.comparisons).toMatchObject({ method: 'welch_holm', tests: 3, nominal_significant: 1, significant: 1 });
    expect(by['乙局']).toMatchObject({ responses: 6, scored: 5, rated: 6, satisfied_rate: 0.5 });
  });

  it('computes Cronbach alpha over complete respondents, and alpha if item deleted', () => {
    // complete on Q1–Q4: R01 R02 R04 R05 R06 R07 R09 R10 R13 R14 R16 (11); the overall item is not in the set
    expect(r.reliability.k).toBe(4);
    expect(r.reliability.n).toBe(11);
    expect(r.reliability.alpha).toBeCloseTo(0.9522742549854357, 12); // [scipy] textbook formula
    expect(r.overall.alpha).toBe(r.reliability.alpha);
    expect(r.reliability.alpha_if_deleted.map((x) => x.item_code)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(r.reliability.alpha_if_deleted.map((x) => x.alpha)).toEqual([0.9336988001654944, 0.9395225464190982, 0.9285002987452698, 0.9475781729000614].map(close(12)));
  });

  it('places dimensions by importance (correlation with the overall item) and performance', () => {
    expect(r.importance_basis).toBe('overall_item');
    // [scipy] pearsonr over the 13 respondents with both the dimension and Q5
    expect(r.dimensions[0].importance).toBeCloseTo(0.9395959174800932, 12);
    expect(r.dimensions[1].importance).toBeCloseTo(0.9226984984896821, 12);
    expect(r.dimensions[2].importance).toBeNull();
    expect(r.quadrants.map((q) => [q.dimension, q.quadrant])).toEqual([['执法规范', '优势区'], ['执法效率', '机会区']]);
  });

  it('reports groups by division and respondent type', () => {
    expect(r.by_division.map((d) => [d.division, d.responses, d.scored])).toEqual([['连云区', 10, 9], ['海州区', 5, 5]]);
    expect(r.by_division[1].index).toBeCloseTo(62.6, 10); // 海州区 = 甲局
    expect(r.by_respondent_type.map((t) => [t.respondent_type, t.responses])).toEqual([['公众', 6], ['企业', 5], ['律师', 2], ['行政相对人', 2]]);
    const lawyers = in2025.filter((x) => x.type === '律师');
    expect(r.by_respondent_type[2].index).toBeCloseTo(naiveIndex(lawyers), 10);
  });

  it('takes an undated response into the latest year and leaves other years out', async () => {
    const r2024 = await runSurvey(await queryContext(ws.conn), { year: 2024 });
    expect(r2024.overall.responses).toBe(1); // R12 only; undated R10 belongs to 2025
    expect(r2024.overall.index).toBe(0);
    expect(r.years).toEqual([{ year: 2024, responses: 1 }, { year: 2025, responses: 14 }, { year: null, responses: 1 }]);
    const r2023 = await runSurvey(await queryContext(ws.conn), { year: 2023 });
    expect(r2023.overall.responses).toBe(0);
    expect(r2023.findings.map((f) => f.id)).toEqual(['survey.no_data']);
    expect(r2023.findings[0].text).toContain('2024、2025');
  });

  it('still compares a filtered agency with the rest of the whole city', async () => {
    const one = await runSurvey(await queryContext(ws.conn), { year: 2025, agency: '丙局' });
    expect(one.overall.responses).toBe(4);
    expect(one.overall.index).toBeCloseTo(19.5, 10);
    expect(one.city.index).toBeCloseTo(51.86263736263736, 10);
    expect(one.by_agency).toHaveLength(1);
    expect(one.by_agency[0].t).toBeCloseTo(-5.140663867323645, 10);
    expect(one.by_agency[0].p_adjusted).toBeCloseTo(0.00033257906590946533, 12); // one test: no adjustment
    expect(one.by_agency[0].below_city).toBe(true);
    const division = await runSurvey(await queryContext(ws.conn), { year: 2025, division: '海州区' });
    expect(division.overall.responses).toBe(5);
    expect(division.by_agency.map((a) => a.agency)).toEqual(['甲局']);
    expect(division.by_agency[0].p_value).toBeCloseTo(0.33019585676785634, 10);
  });

  it('finds keywords and complaint themes in the comments', () => {
    expect(r.comments.total).toBe(9); // R15's comment is blank, R12's is 2024
    const kw = Object.fromEntries(r.keywords.map((k) => [k.word, k]));
    expect(kw['态度'].count).toBe(4); // R02 R05 R10 R14
    expect(kw['检查'].count).toBe(3); // R01 (twice, counted once) R08 R13
    expect(r.keywords[0].word).toBe('态度');
    expect(kw['态度'].examples).toEqual(['执法人员态度很好', '罚款过重，态度生硬']); // shortest with ≥ 8 characters
    expect(kw['检查'].examples).toEqual(['多头检查，重复检查，企业负担重', '检查太频繁，重复检查影响经营，联系电话138****1234']);
    expect(kw['执法']).toBeUndefined(); // stop word
    const th = Object.fromEntries(r.themes.map((t) => [t.theme, t]));
    expect(th['重复检查']).toMatchObject({ comments: 3, share: 3 / 9 });
    expect(th['态度']).toMatchObject({ comments: 4, share: 4 / 9 });
    expect(th['拖延/效率']).toMatchObject({ comments: 2 });
    expect(th['乱罚款/罚款过重']).toMatchObject({ comments: 1 });
    expect(th['不作为']).toMatchObject({ comments: 0, share: 0 });
  });

  it('states its findings in plain Chinese', () => {
    const text = r.findings.map((f) => f.text);
    expect(text[0]).toBe('全市执法满意度指数为51.9（95%置信区间34.4–68.3），满意率42.9%，差评率35.7%（有效问卷14份）');
    expect(text).toContain('丙局满意度指数19.5，显著低于全市（全市51.9，p<0.001），但有效问卷仅4份，结论需谨慎');
    expect(r.findings.find((f) => f.id === 'survey.below_city')?.level).toBe('warn');
    expect(text).toContain('「执法效率」维度得分最低（47.6）');
    expect(text).toContain('得分最低的题目是Q4「避免重复检查」（46.9分）');
    expect(text).toContain('9条意见中，提及“态度”的占44.4%，提及“重复检查”的占33.3%，提及“拖延/效率”的占22.2%');
    expect(r.findings.find((f) => f.id === 'survey.multiple_comparisons')?.text).toContain('Holm');
  });

  it('hands its query tables to the UI as Arrow, and reports an empty workspace plainly', async () => {
    const q = await queryContext(ws.conn, { arrow: true });
    await runSurvey(q, { year: 2025 });
    expect(Object.keys(q.arrow).sort()).toEqual(['survey_comments', 'survey_item_meta', 'survey_stats', 'survey_years']);
    const empty = await openMemoryWorkspace();
    try {
      const e = await runSurvey(await queryContext(empty.conn, { arrow: true }), { year: 2025 });
      expect(e.overall).toMatchObject({ responses: 0, index: null, ci_low: null, satisfied_rate: null, alpha: null });
      expect(e.findings.map((f) => f.text)).toEqual(['2025年全市没有满意度调查问卷']);
    } finally {
      empty.close();
    }
  });

  it('fixture sanity: the items are those of ITEMS', () => {
    expect(r.items.map((i) => i.item_code)).toEqual(ITEMS.map((i) => i.code));
  });
});
