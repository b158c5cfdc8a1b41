/**
 * Small fixed inputs for the chart builders: shaped like the analyses' rows, a few rows each, so the
 * snapshots stay readable.
 */
export const BINS = [
  { label: '无罚款', cases: 12 },
  { label: '0–200元', cases: 30 },
  { label: '200–1000元', cases: 18 },
  { label: '1万–5万元', cases: 40 },
];

export const CATEGORIES = [
  { category: '罚款', cases: 80 },
  { category: '警告', cases: 12 },
  { category: '没收违法所得', cases: 6 },
  { category: null, cases: 2 },
];

export const AGENCIES = [
  { agency: '连云港市市场监督管理局', cases: 120, fine_total_yuan: 2_500_000 },
  { agency: '海州区城市管理局', cases: 80, fine_total_yuan: 400_000 },
  { agency: '=HYPERLINK("http://x","y")', cases: 3, fine_total_yuan: 100 },
];

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({ month_no: i + 1, cases: 10 + i, fine_total_yuan: 10_000 * (i + 1) }));

export const DIVISIONS = [
  { division: '海州区', tickets: 300, per_10k: 12.34 },
  { division: '连云区', tickets: 120, per_10k: null },
  { division: null, tickets: 5, per_10k: null },
];

export const CELLS = [
  { division: '海州区', category: '噪声扰民', observed: 40, z: 3.4, flagged: true },
  { division: '海州区', category: '占道经营', observed: 10, z: -1.2 },
  { division: '连云区', category: '噪声扰民', observed: 5, z: -2.1 },
  { division: '连云区', category: '占道经营', observed: 30, z: 1.1 },
];

export const STATUS = { within: 90, below: 3, above: 5, no_rule: 2, not_assessable: 0 };
export const STATUS_LABELS = { within: '基准内', below: '低于基准', above: '高于基准', no_rule: '无匹配基准', not_assessable: '无法评估' };

export const DEVIATION = [
  { agency: '赣榆区市场监督管理局', assessed: 600, above_rate: 0.2, below_rate: 0.025 },
  { agency: '海州区应急管理局', assessed: 250, above_rate: 0.03, below_rate: 0.031 },
  { agency: '小机关', assessed: 4, above_rate: 0.5, below_rate: 0 },
];

export const MODES = { 双随机: 45, 专项: 20, 综合查一次: 10, 投诉核查: 10, 其他: 15 };

export const REVIEWS = [
  { agency: '高新区市场监督管理局', reviews: 6, mean_score: 72.08, vetoes: 1 },
  { agency: '海州区城市管理局', reviews: 10, mean_score: 88.5, vetoes: 0 },
  { agency: '无评分机关', reviews: 0, mean_score: null, vetoes: 0 },
];

export const DIMENSIONS = [
  { dimension: '执法规范', score: 75.1 },
  { dimension: '执法公正', score: 71.9 },
  { dimension: '执法效率', score: 70.2 },
];

export const QUADRANTS = [
  { dimension: '执法规范', importance: 0.767, performance: 75.1, quadrant: '优势区' },
  { dimension: '执法公正', importance: 0.757, performance: 71.9, quadrant: '改进区' },
  { dimension: '执法文明', importance: 0.743, performance: 74.1, quadrant: '维持区' },
  { dimension: '执法效率', importance: 0.729, performance: 70.2, quadrant: '机会区' },
];

export const MISMATCHES = [
  { agency: '赣榆区综合行政执法局', label: '行政处罚：罚没金额', reported: 38_247_650_000, computed: 3_824_765, note: '疑似单位错误' },
  { agency: '连云港市应急管理局', label: '行政检查：次数', reported: 558, computed: 656 },
  { agency: '连云港市城市管理局', label: '行政处罚：合计', reported: 761, computed: 731 },
];
