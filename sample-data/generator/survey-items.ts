/** The satisfaction questionnaire (题目 sheet) and the comment themes of the free answers. */

/** One question. */
export interface SurveyItem {
  code: string;
  dimension: string;
  text: string;
  weight: number;
  /** How this item scores relative to the respondent's general satisfaction. */
  shift: number;
}

/** Q1–Q12 over five dimensions, Q13 the overall item (weight 0: not part of the index). */
export const SURVEY_ITEMS: readonly SurveyItem[] = [
  { code: 'Q1', dimension: '执法规范', text: '执法人员是否主动出示执法证件、表明身份', weight: 1.2, shift: 3 },
  { code: 'Q2', dimension: '执法规范', text: '执法程序是否合法、规范', weight: 1.2, shift: 0 },
  { code: 'Q3', dimension: '执法规范', text: '执法文书是否规范、送达是否及时', weight: 1.2, shift: 1 },
  { code: 'Q4', dimension: '执法公正', text: '是否做到同案同罚、过罚相当', weight: 1.2, shift: -2 },
  { code: 'Q5', dimension: '执法公正', text: '是否充分听取当事人陈述和申辩', weight: 1.2, shift: 0 },
  { code: 'Q6', dimension: '执法公正', text: '是否存在选择性执法、人情执法', weight: 1.2, shift: -3 },
  { code: 'Q7', dimension: '执法文明', text: '执法人员态度是否文明礼貌', weight: 1.0, shift: 1 },
  { code: 'Q8', dimension: '执法文明', text: '是否做到说理式执法、包容审慎监管', weight: 1.0, shift: -1 },
  { code: 'Q9', dimension: '执法效率', text: '办理事项是否及时、高效', weight: 1.0, shift: -1 },
  { code: 'Q10', dimension: '执法效率', text: '是否存在多头检查、重复检查', weight: 1.0, shift: -5 },
  { code: 'Q11', dimension: '信息公开', text: '执法信息公示是否及时、完整', weight: 0.8, shift: -3 },
  { code: 'Q12', dimension: '信息公开', text: '投诉举报渠道是否畅通、答复是否及时', weight: 0.8, shift: -1 },
  { code: 'Q13', dimension: '总体评价', text: '总体而言，您对该单位行政执法工作的满意程度', weight: 0, shift: 0 },
];

/** Answer labels, best first, and their default scores (DOMAIN §6). */
export const LABELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
export const LABEL_SCORE: Readonly<Record<string, number>> = { 非常满意: 100, 满意: 80, 基本满意: 60, 不满意: 30, 非常不满意: 0 };

/** Comment themes: the keyword the truth counts, and sentences that carry it. */
export const NEGATIVE_THEMES: readonly { keyword: string; weight: number; texts: string[] }[] = [
  { keyword: '重复检查', weight: 0.25, texts: ['希望减少重复检查，多部门能联合检查。', '同一事项多个部门重复检查，企业负担较重。'] },
  { keyword: '态度', weight: 0.25, texts: ['部分执法人员态度生硬，希望改进工作作风。', '执法人员态度较差，说话不耐烦。'] },
  { keyword: '拖延', weight: 0.2, texts: ['办事拖延，答复不及时，希望提高效率。', '投诉后处理拖延，迟迟没有结果。'] },
  { keyword: '乱罚款', weight: 0.15, texts: ['存在乱罚款现象，处罚标准不统一。', '希望杜绝乱罚款，多一些提醒和指导。'] },
  { keyword: '公开', weight: 0.15, texts: ['执法信息公开不及时，查询不方便。'] },
];
export const POSITIVE_THEMES: readonly { keyword: string; weight: number; texts: string[] }[] = [
  { keyword: '满意', weight: 0.5, texts: ['总体满意，执法人员很耐心。', '执法规范文明，比较满意。'] },
  { keyword: '培训', weight: 0.25, texts: ['建议加强执法人员业务培训。'] },
  { keyword: '指导', weight: 0.25, texts: ['希望多开展普法宣传和政策指导。'] },
];
