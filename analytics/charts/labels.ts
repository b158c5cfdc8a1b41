/**
 * zh-CN texts drawn inside the charts (axis names, series names, legends). One table, so the
 * dashboards and the documents say the same thing.
 */
export const CHART_LABELS = {
  cases: '案件数',
  casesUnit: '件',
  fineWan: '罚款金额（万元）',
  fineWanShort: '万元',
  share: '占比',
  tickets: '投诉举报量',
  ticketsUnit: '件',
  per10k: '每万人件数',
  observed: '工单数',
  zScore: '集中度（z值）',
  aboveRate: '高于基准',
  belowRate: '低于基准',
  rate: '偏离率',
  meanScore: '平均分',
  noVeto: '无否决项',
  withVeto: '有否决项',
  cityMean: '全市平均',
  score: '得分',
  overallIndex: '总体指数',
  importance: '重要性（与总体满意度相关系数）',
  performance: '表现（维度得分）',
  difference: '上报值与案件数据差异',
  inspections: '检查次数',
  noCategory: '未登记',
  unplaced: '未定位',
} as const;
