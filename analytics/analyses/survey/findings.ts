/**
 * The survey findings in plain Chinese (issue 5 item 7), each with the numbers it states:
 *   survey.overall            the scope's index, its 95 % interval, 满意率 and 差评率
 *   survey.no_data            no responses in the year (with the years that have some)
 *   survey.below_city / above_city   agencies significantly below / above the rest of the city
 *   survey.multiple_comparisons      the Holm note when two or more agencies were tested
 *   survey.priority_dimension the dimension(s) in 改进区 (high importance, low performance)
 *   survey.lowest_dimension   the lowest dimension when it is not already named in 改进区
 *   survey.lowest_item        the lowest-scoring question
 *   survey.reliability        Cronbach's alpha (warn below 0.7) and an item that lowers it
 *   survey.themes             shares of comments raising the top complaint themes
 *   survey.small_groups       agencies below the minimum group size
 */
import type { Finding } from '../types.ts';
import { count, percent1, pText, round, rText, score1 } from './format.ts';
import type { SurveyResult } from './types.ts';

type Body = Omit<SurveyResult, 'findings' | 'analysis' | 'filter'>;

/** The findings of a result; `scope` names what the overall numbers cover (全市, 海州区 …). */
export function surveyFindings(r: Body, scope: string, year: number): Finding[] {
  const out: Finding[] = [];
  const o = r.overall;
  if (o.responses === 0) {
    const years = r.years.filter((y) => y.year !== null).map((y) => y.year).join('、');
    out.push({ id: 'survey.no_data', level: 'info', text: `${year}年${scope}没有满意度调查问卷${years ? `（有问卷的年度：${years}）` : ''}`, numbers: { responses: 0 } });
    return out;
  }
  if (o.index !== null) {
    const ci = o.ci_low !== null && o.ci_high !== null ? `（95%置信区间${score1(o.ci_low)}–${score1(o.ci_high)}）` : '';
    const rates = [o.satisfied_rate !== null ? `满意率${percent1(o.satisfied_rate)}` : null, o.negative_rate !== null ? `差评率${percent1(o.negative_rate)}` : null].filter(Boolean).join('，');
    out.push({
      id: 'survey.overall', level: 'info',
      text: `${scope}执法满意度指数为${score1(o.index)}${ci}${rates ? `，${rates}` : ''}（有效问卷${count(o.scored)}份）`,
      numbers: { index: round(o.index), ci_low: round(o.ci_low), ci_high: round(o.ci_high), satisfied_rate: round(o.satisfied_rate), negative_rate: round(o.negative_rate), responses: o.responses, scored: o.scored },
    });
  }
  for (const a of r.by_agency) {
    if (!(a.below_city || a.above_city) || a.index === null || a.p_value === null) continue;
    const small = a.too_small ? `，但有效问卷仅${a.scored}份，结论需谨慎` : '';
    const cityIndex = r.city.index === null ? '' : `全市${score1(r.city.index)}，`;
    out.push({
      id: a.below_city ? 'survey.below_city' : 'survey.above_city', level: a.below_city ? 'warn' : 'info',
      text: `${a.agency}满意度指数${score1(a.index)}，显著${a.below_city ? '低于' : '高于'}全市（${cityIndex}${pText(a.p_value)}）${small}`,
      numbers: { agency: a.agency, index: round(a.index), city_index: round(r.city.index), t: round(a.t), df: round(a.df, 1), p_value: a.p_value, p_adjusted: a.p_adjusted, responses: a.scored },
    });
  }
  if (r.comparisons.tests >= 2) {
    out.push({ id: 'survey.multiple_comparisons', level: 'info', text: r.comparisons.note, numbers: { tests: r.comparisons.tests, nominal_significant: r.comparisons.nominal_significant, significant: r.comparisons.significant } });
  }
  out.push(...dimensionFindings(r));
  const rel = r.reliability;
  if (rel.alpha !== null) {
    const verdict = rel.alpha >= 0.8 ? '良好' : rel.alpha >= 0.7 ? '可以接受' : '偏低，各题可能并非测量同一方面，汇总指数的解读需谨慎';
    const worst = rel.alpha_if_deleted.filter((x) => x.alpha !== null && x.alpha > (rel.alpha as number) + 0.01).sort((x, y) => (y.alpha as number) - (x.alpha as number))[0];
    const tail = worst ? `；删除${worst.item_code}后α升至${(worst.alpha as number).toFixed(2)}，该题与其他题目一致性较差` : '';
    out.push({ id: 'survey.reliability', level: rel.alpha < 0.7 ? 'warn' : 'info', text: `问卷信度${verdict}（Cronbach's α=${rel.alpha.toFixed(2)}，${rel.k}题，${count(rel.n)}份完整问卷）${tail}`, numbers: { alpha: round(rel.alpha), k: rel.k, n: rel.n, item: worst?.item_code ?? null, alpha_if_deleted: round(worst?.alpha ?? null) } });
  }
  const themes = r.themes.filter((t) => t.share !== null && t.comments > 0).sort((a, b) => (b.share as number) - (a.share as number)).slice(0, 3);
  if (themes.length) {
    out.push({
      id: 'survey.themes', level: 'info',
      text: `${count(r.comments.total)}条意见中，${themes.map((t) => `提及“${t.theme}”的占${percent1(t.share as number)}`).join('，')}`,
      numbers: Object.fromEntries([['comments', r.comments.total], ...themes.map((t) => [t.theme, round(t.share)])]),
    });
  }
  const small = r.by_agency.filter((a) => a.too_small).length;
  if (small > 0) {
    out.push({ id: 'survey.small_groups', level: 'info', text: `${small}个执法机关有效问卷不足${r.settings.min_group_size}份，其指数和置信区间仅供参考`, numbers: { agencies: small, min_group_size: r.settings.min_group_size } });
  }
  return out;
}

function dimensionFindings(r: Body): Finding[] {
  const out: Finding[] = [];
  const scored = r.dimensions.filter((d) => d.weight > 0 && d.score !== null);
  const lowest = [...scored].sort((a, b) => (a.score as number) - (b.score as number))[0];
  const improve = r.quadrants.filter((q) => q.quadrant === '改进区').sort((a, b) => b.importance - a.importance);
  const mostImportant = [...r.quadrants].sort((a, b) => b.importance - a.importance)[0];
  const what = r.importance_basis === 'overall_item' ? '总体满意度' : '总体指数';
  for (const q of improve) {
    const isLowest = lowest?.dimension === q.dimension;
    const isTop = mostImportant?.dimension === q.dimension;
    const how = isLowest && isTop ? `维度得分最低（${score1(q.performance)}）且与${what}相关性最高（${rText(q.importance)}）`
      : `维度得分${score1(q.performance)}${isLowest ? '，为各维度最低' : '，低于各维度平均'}，与${what}相关性${isTop ? '最高' : '较高'}（${rText(q.importance)}）`;
    out.push({ id: 'survey.priority_dimension', level: 'warn', text: `「${q.dimension}」${how}，处于改进区，应优先改进`, numbers: { dimension: q.dimension, score: round(q.performance), importance: round(q.importance) } });
  }
  if (lowest && !improve.some((q) => q.dimension === lowest.dimension)) {
    out.push({ id: 'survey.lowest_dimension', level: 'info', text: `「${lowest.dimension}」维度得分最低（${score1(lowest.score as number)}）`, numbers: { dimension: lowest.dimension, score: round(lowest.score) } });
  }
  const item = r.items.filter((i) => !i.is_overall && i.score !== null).sort((a, b) => (a.score as number) - (b.score as number))[0];
  if (item) {
    out.push({ id: 'survey.lowest_item', level: 'info', text: `得分最低的题目是${item.item_code}${item.text ? `「${item.text}」` : ''}（${score1(item.score as number)}分）`, numbers: { item_code: item.item_code, score: round(item.score) } });
  }
  return out;
}
