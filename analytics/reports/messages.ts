import { FILTER_PART_LABELS } from '../analyses/filter.ts';

/**
 * Every fixed Chinese text of the reports (titles, headings, captions, table headers, connecting
 * prose, errors) in one table. The numbers and the findings' sentences come from the analyses; the
 * problems' titles and suggestions are in `messages-problems.ts`.
 */
export const REPORT_TEXT = {
  wholeCity: '全市',
  cityLevel: '市本级',
  titles: {
    report: (year: number) => `${year}年度行政执法监督分析报告`,
    deck: (year: number) => `${year}年度行政执法监督情况汇报`,
  },
  fileNames: {
    report: (year: number) => `${year}年度行政执法监督分析报告`,
    workbook: (year: number) => `${year}年度行政执法监督分析数据表`,
    deck: (year: number) => `${year}年度行政执法监督汇报材料`,
  },
  lead: (year: number, place: string, bureau: string) =>
    `为全面掌握${place}行政执法工作情况，推动严格规范公正文明执法，根据《提升行政执法质量三年行动计划（2023—2025年）》有关要求，` +
    `${bureau}对${year}年度${place}行政处罚、投诉举报、行政检查、案卷评查、执法满意度调查和行政执法统计年报等数据进行了汇总分析。现将有关情况报告如下。`,
  sections: {
    overview: '总体情况',
    penalties: '行政处罚情况',
    hotspots: '投诉举报热点',
    deviation: '裁量基准执行情况',
    quality: '行政检查与案卷评查',
    survey: '执法满意度调查',
    reconcile: '年报数据核对',
    problems: '发现的问题及建议',
  },
  unavailable: (what: string, reason: string) => `${what}数据暂不可用（${reason}），本部分未作分析。`,
  noData: (what: string) => `本年度${what}暂无数据。`,
  /** Tickets have no agency or sector: which of the two the filter gave and this section ignores. */
  filterIgnored: (parts: readonly ('agency' | 'sector')[]) =>
    `投诉举报工单不区分${parts.map((p) => FILTER_PART_LABELS[p]).join('和')}，本部分为所在区域口径。`,
  errors: {
    noCjkFont:
      '未找到中文字体，无法生成图表图片。请先安装中文字体（Windows：微软雅黑或宋体；Linux：fonts-noto-cjk 或文泉驿字体；macOS：苹方）后重试。',
    noFormats: '请至少选择一种导出格式（docx、xlsx、pptx、pdf）',
    badFormat: (f: string) => `不支持的导出格式：${f}（可选 docx、xlsx、pptx、pdf）`,
    noOutDir: '请指定输出文件夹',
    pdfNoOffice: '未检测到 LibreOffice（soffice），无法转换为 PDF；可安装 LibreOffice 后重试，或在 Word 中另存为 PDF',
    pdfFailed: (why: string) => `PDF 转换失败：${why}`,
    writeFailed: (name: string) => `写入文件失败：${name}`,
  },
  progress: {
    analyses: '正在运行分析',
    charts: '正在绘制图表',
    docx: '正在生成分析报告（Word）',
    xlsx: '正在生成数据表（Excel）',
    pptx: '正在生成汇报材料（PowerPoint）',
    pdf: '正在转换 PDF',
    done: '导出完成',
  },
  deck: {
    kpiTitle: '年度主要指标',
    problemsTitle: '发现的问题及建议',
    problemCol: '问题',
    suggestionCol: '建议',
    moreProblems: (n: number) => `另有${n}项问题详见分析报告。`,
    footer: (bureau: string, year: number) => `${bureau}\u3000${year}年度行政执法监督情况汇报`,
    vsPrior: '较上年',
    noPrior: '上年无可比数据',
    kpi: {
      cases: '行政处罚案件',
      money: '罚没金额',
      tickets: '投诉举报工单',
      deviation: '裁量基准偏离率',
      satisfaction: '执法满意度指数',
    },
  },
  units: { cases: '件', times: '次', yuan: '元', wan: '万元', score: '分', copies: '份' },
  /** Table headers that recur. */
  cols: {
    indicator: '指标',
    change: '同比',
    agency: '执法机关',
    division: '区县',
    category: '类别',
    cases: '案件数（件）',
    share: '占比',
    fineWan: '罚款金额（万元）',
    fineMedian: '罚款中位数（元）',
    tickets: '工单数（件）',
    per10k: '每万人（件）',
    assessed: '评估案件（件）',
    above: '高于基准（件）',
    below: '低于基准（件）',
    rate: '偏离率',
    status: '对照结果',
    violation: '违法行为',
    tier: '裁量阶次',
    median: '中位数（元）',
    cv: '变异系数',
    p90p10: 'P90/P10',
    agencyA: '执法机关甲',
    agencyB: '执法机关乙',
    episodes: '重复检查（起）',
    reviews: '评查案卷（件）',
    meanScore: '平均分',
    vetoes: '否决（件）',
    vetoRate: '否决率',
    respondentType: '调查对象',
    responses: '有效问卷（份）',
    index: '满意度指数',
    ci: '95%置信区间',
    satisfied: '满意率',
    negative: '差评率',
    judged: '与全市比较',
    reported: '年报数',
    computed: '案件数据',
    difference: '差异',
    observed: '工单数（件）',
    expected: '期望值',
    z: '集中度（z值）',
  },
} as const;

/** Chart captions (the renderer prefixes 图N). */
export const CHART_CAPTIONS = {
  monthly_trend: (year: number) => `${year}年各月行政处罚案件数及罚款金额`,
  fine_histogram: '罚款金额分布（按案件数）',
  category_mix: '行政处罚种类构成（按最重处罚种类）',
  agency_cases: '作出行政处罚案件数居前的执法机关',
  division_tickets: '各区县投诉举报工单数及每万人工单数',
  hotspot_heatmap: '投诉举报区县—类别集中度热力图',
  deviation_status: '行政处罚案件对照裁量基准结果',
  agency_deviation: '偏离裁量基准比例较高的执法机关',
  inspection_modes: '行政检查方式构成',
  review_scores: '案卷评查平均分较低的执法机关',
  survey_dimensions: '执法满意度各维度得分',
  ipa_quadrant: '满意度维度重要性—表现分析（IPA）',
  reconcile_mismatch: '统计年报与案件数据不一致项（相对差异）',
} as const;
