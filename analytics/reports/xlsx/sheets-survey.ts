/**
 * Workbook sheets of the satisfaction survey: dimensions, agencies (below-city ones marked),
 * respondent groups and items.
 */
import type { SurveyResult } from '../../analyses/survey/types.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

/** The survey sheets. */
export function surveySheets(s: SurveyResult): AnySheet[] {
  return [
    sheet(s.dimensions, (col) => ({
      name: '满意度维度',
      description: '各维度得分、95%置信区间、重要性和IPA象限',
      columns: [col('维度', 'text', (r) => r.dimension, 14), col('权重', 'num2', (r) => r.weight), col('得分', 'score', (r) => r.score), col('置信下限', 'score', (r) => r.ci_low), col('置信上限', 'score', (r) => r.ci_high), col('重要性（相关系数）', 'num2', (r) => r.importance, 18), col('象限', 'text', (r) => r.quadrant, 10)],
      charts: ['survey_dimensions', 'ipa_quadrant'],
    })),
    sheet(s.by_agency, (col) => ({
      name: '满意度机关',
      description: '各执法机关满意度指数及与全市其余问卷的比较（Welch t检验，Holm校正）',
      columns: [
        col('执法机关', 'text', (r) => r.agency ?? '未登记', 30),
        col('有效问卷', 'int', (r) => r.responses),
        col('满意度指数', 'score', (r) => r.index, 12),
        col('置信下限', 'score', (r) => r.ci_low),
        col('置信上限', 'score', (r) => r.ci_high),
        col('满意率', 'pct', (r) => r.satisfied_rate),
        col('差评率', 'pct', (r) => r.negative_rate),
        col('校正后p值', 'num2', (r) => r.p_adjusted, 12),
        col('与全市比较', 'text', (r) => (r.below_city ? '显著偏低' : r.above_city ? '显著偏高' : r.p_adjusted === null ? '未检验' : '无显著差异'), 12),
        col('样本偏少', 'text', (r) => (r.too_small ? '是' : ''), 10),
      ],
      mark: { row: (r) => (r.below_city ? 'warn' : r.above_city ? 'good' : null), legend: '橙色底纹：满意度指数显著低于全市；绿色底纹：显著高于全市' },
    })),
    sheet(s.by_respondent_type, (col) => ({
      name: '满意度群体',
      description: '公众、企业、律师、行政相对人等不同调查对象的满意度',
      columns: [col('调查对象', 'text', (r) => r.respondent_type ?? '未登记', 14), col('有效问卷', 'int', (r) => r.responses), col('满意度指数', 'score', (r) => r.index, 12), col('满意率', 'pct', (r) => r.satisfied_rate), col('差评率', 'pct', (r) => r.negative_rate)],
    })),
    sheet(s.items, (col) => ({
      name: '满意度题目',
      description: '各题目得分和作答情况',
      columns: [col('题号', 'text', (r) => r.item_code, 8), col('维度', 'text', (r) => r.dimension, 12), col('题目', 'text', (r) => r.text, 40), col('有效作答', 'int', (r) => r.answered), col('得分', 'score', (r) => r.score), col('置信下限', 'score', (r) => r.ci_low), col('置信上限', 'score', (r) => r.ci_high)],
    })),
  ];
}
