/**
 * Small result rows shaped like `supervise analyze … --json` (sample workspace, trimmed), for the
 * option-builder tests.
 */
export const histogram = [
  { bin: '0', label: '无罚款', cases: 1389, share: 0.069 },
  { bin: '1', label: '0–200元', cases: 2079, share: 0.104 },
  { bin: '2', label: '200–1000元', cases: 951, share: 0.048 },
  { bin: '8', label: '超过100万元', cases: 2, share: 0.0001 },
];

export const byCategory = [
  { category: '罚款', cases: 18611 },
  { category: '警告', cases: 2424 },
  { category: '没收违法所得', cases: 2763 },
];

export const byMonth = [
  { month: '2025-01', month_no: 1, cases: 1418, fine_total_yuan: 51134111, tickets: 454, closed_rate: 0.954 },
  { month: '2025-02', month_no: 2, cases: 1000, fine_total_yuan: 36000000, tickets: 380, closed_rate: 0.95 },
  { month: '2025-03', month_no: 3, cases: 1580, fine_total_yuan: 62000000, tickets: 520, closed_rate: 0.948 },
];

export const cells = [
  { division: '东海县', category: '重复检查', observed: 89, expected: 52.17, z: 5.098, flagged: true },
  { division: '东海县', category: '占道经营', observed: 150, expected: 180.2, z: -2.25, flagged: false },
  { division: '海州区', category: '重复检查', observed: 30, expected: 40.1, z: -1.59, flagged: false },
  { division: '海州区', category: '占道经营', observed: 200, expected: 190.3, z: 0.7, flagged: false },
];

export const ticketsByDivision = [
  { division: '赣榆区', tickets: 1445, per_10k: 14.39 },
  { division: '东海县', tickets: 1429, per_10k: 14.9 },
  { division: null, tickets: 101, per_10k: null },
];

export const ticketCategories = [
  { category: '占道经营', tickets: 871, closed_rate: 0.954, on_time_rate: 0.807, satisfied_rate: 0.6999 },
  { category: '重复检查', tickets: 244, closed_rate: 0.93, on_time_rate: 0.79, satisfied_rate: 0.61 },
];

export const statusCounts = { within: 17653, below: 227, above: 615, no_rule: 1292, not_assessable: 213 };

export const deviationCases = [
  { decision_no: '连环罚〔2025〕198号', agency: '连云港市生态环境局', violation: '未按照规定贮存危险废物', tier: '从重', fine_yuan: 400000, min_yuan: 600000, max_yuan: 1000000, status: 'below', deviation_ratio: 0.333 },
  { decision_no: '赣市监罚〔2025〕12号', agency: '赣榆区市场监督管理局', violation: '销售不符合食品安全标准的食品', tier: '一般', fine_yuan: 150000, min_yuan: 50000, max_yuan: 100000, status: 'above', deviation_ratio: 0.5 },
  { decision_no: '海城管罚〔2025〕3号', agency: '海州区城市管理局', violation: '擅自占用城市道路', tier: '一般', fine_yuan: 300, min_yuan: 0, max_yuan: 200, status: 'above', deviation_ratio: 0.5 },
  { decision_no: '海城管罚〔2025〕4号', agency: '海州区城市管理局', violation: '擅自占用城市道路', tier: '一般', fine_yuan: 150, min_yuan: 0, max_yuan: 200, status: 'within', deviation_ratio: null },
];

export const deviationByAgency = [
  { agency: '赣榆区市场监督管理局', deviation_rate: 0.2253, above_rate: 0.2003, below_rate: 0.025 },
  { agency: '海州区应急管理局', deviation_rate: 0.061, above_rate: 0.03, below_rate: 0.031 },
  { agency: '无基准机关', deviation_rate: null, above_rate: null, below_rate: null },
];

export const modeCounts = { 双随机: 7246, 专项: 3490, 综合查一次: 1600, 投诉核查: 1569, 其他: 2095 };

export const qualityByAgency = [
  { agency: '国家税务总局连云港市税务局', inspections: 100, penalties: 222, penalties_per_100: 222.8 },
  { agency: '连云港市市场监督管理局', inspections: 819, penalties: 1096, penalties_per_100: 133.82 },
  { agency: '无检查机关', inspections: 0, penalties: 5, penalties_per_100: null },
];

export const reviews = [
  { agency: '高新区市场监督管理局', reviews: 6, mean_score: 72.08, veto_rate: 0.1667 },
  { agency: '连云区应急管理局', reviews: 7, mean_score: 55.2, veto_rate: 0 },
  { agency: '连云港市市场监督管理局', reviews: 12, mean_score: 88.1, veto_rate: 0 },
];

export const pairs = [
  { agency_a: '海州区住房和城乡建设局', agency_b: '海州区城市管理局', episodes: 2 },
  { agency_a: '东海县农业农村局', agency_b: '东海县生态环境局', episodes: 1 },
];

export const dimensions = [
  { dimension: '执法规范', score: 75.1, ci_low: 74.3, ci_high: 75.83 },
  { dimension: '执法公正', score: 71.9, ci_low: 71.0, ci_high: 72.8 },
  { dimension: '信息公开', score: 71.3, ci_low: null, ci_high: null },
];

export const surveyAgencies = [
  { agency: '连云区城市管理局', responses: 80, index: 55.66, ci_low: 51.79, ci_high: 59.94, below_city: true },
  { agency: '连云港市市场监督管理局', responses: 57, index: 74.2, ci_low: 71.1, ci_high: 77.3, below_city: false },
];

export const quadrants = [
  { dimension: '执法规范', importance: 0.767, performance: 75.1, quadrant: '优势区' },
  { dimension: '执法公正', importance: 0.76, performance: 71.9, quadrant: '改进区' },
  { dimension: '信息公开', importance: 0.74, performance: 71.3, quadrant: '机会区' },
];

export const keywords = [
  { word: '满意', count: 151 },
  { word: '指导', count: 126 },
];

export const mismatches = [
  { agency: '连云港市市场监督管理局', indicator: 'penalty_total', indicator_label: '行政处罚总数', reported: 1180, computed: 1096 },
  { agency: '海州区市场监督管理局', indicator: 'inspection_total', reported: 700, computed: 812 },
  { agency: '零计算机关', indicator: 'penalty_total', reported: 3, computed: 0 },
  { agency: '赣榆区综合行政执法局', indicator: 'penalty_amount_yuan', indicator_label: '行政处罚：罚没金额', reported: 38247650000, computed: 3824765, suspected_unit_error: true },
];
