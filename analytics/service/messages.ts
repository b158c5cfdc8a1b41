/**
 * Every user-facing string of the engine service and its hosts (browser mode, Electron shell), in
 * one table: wording is reviewed in one place and code stays in English.
 */

/** A name from a request, shortened so a hostile one cannot flood a message. */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The service's Chinese messages. */
export const M = {
  appName: '执法监督分析工作站',
  internal: '程序内部错误',
  noWorkspace: '尚未打开工作区，请先新建或打开一个工作区',
  reportsNotReady: '报告模块尚未就绪',
  reportNeedsFolder: '请选择报告的保存位置',
  reportScopeTooLong: '报告范围（区县、执法机关）名称过长，无法用作文件名',
  pdfMissing: '未找到 LibreOffice（soffice），无法导出 PDF；安装 LibreOffice 后重新启动程序即可导出 PDF',
  formatNotProduced: (format: string) => `报告模块未生成 ${format.toUpperCase()} 文件`,
  absolutePath: (what: string) => `${what}应为完整路径（例如 D:\\数据\\工作区.duckdb 或 /home/用户/工作区.duckdb）`,
  workspaceExists: (path: string) => `文件已存在：${path}；请换一个文件名，或用“打开工作区”打开它`,
  invalid: (what: string) => `参数无效：${clip(what, 120)}`,
  unknownColumn: (table: string, column: string) => `数据表 ${table} 没有列「${clip(column)}」`,
  unknownTable: (table: string) => `不能浏览数据表「${clip(table)}」`,
  jobNotFound: (id: string) => `找不到导入任务 ${id}`,
  sourceNotFound: (id: string) => `找不到待导入的文件（编号 ${id}），请重新选择文件`,
  notAFile: (path: string) => `找不到文件或不是文件：${path}`,
  batchNotFound: (id: number) => `找不到导入批次 ${id}`,
  importCancelled: '导入已取消（正在导入的文件已回滚，工作区未改变）',
  importSuperseded: '工作区已切换，未执行的导入任务已取消',
  emptySheet: '工作表为空，没有数据',
  analysisFailed: (label: string, message: string) => `${label}分析未能完成：${message}`,
  exportTooLarge: (max: number) => `导出行数超过上限 ${max.toLocaleString('zh-CN')} 行，请先筛选`,
  uploadName: '上传文件',
  unknownSetting: (key: string) => `不能修改设置项「${clip(key)}」（可修改：是否隐藏电话和身份证号码）`,
  badSettingValue: (key: string) => `设置项「${clip(key)}」的值无效`,
  emptySettings: '没有要修改的设置项',
  // HTTP host
  unauthorized: '缺少或错误的访问令牌（请使用启动时打印的完整地址打开）',
  forbidden: '禁止访问',
  notFound: '未找到',
  methodNotAllowed: '不支持的请求方法',
  tooLarge: (limit: string) => `请求内容过大（上限 ${limit}）`,
  badJson: '请求内容不是有效的 JSON（应为 {"args":[…]}）',
  unknownMethod: (m: string) => `未知的接口：${clip(m)}`,
  blobExpired: '下载内容已过期，请重新操作',
  rendererMissing: '界面尚未构建：请先运行 npx vite build renderer，再刷新本页。',
  badHost: '拒绝来自非本机地址的请求',
} as const;

/** Chinese names of the analyses (overview findings, error messages). */
export const ANALYSIS_LABELS: Record<string, string> = {
  penalties: '处罚分布',
  hotspots: '投诉热点',
  deviation: '裁量基准偏离',
  quality: '执法检查与评查',
  reconcile: '年报核对',
  survey: '满意度调查',
};

/** KPI labels and units of the overview (rates are fractions 0–1 with unit '%'). */
export const KPI_TEXT = {
  cases: { label: '行政处罚案件', unit: '件' },
  fine_total_wan: { label: '罚没金额', unit: '万元' },
  tickets: { label: '投诉举报', unit: '件' },
  deviation_rate: { label: '裁量基准偏离率', unit: '%' },
  satisfaction_index: { label: '执法满意度指数', unit: '分' },
} as const;

/** Chinese names of the browsable tables (export file names, headings). */
export const TABLE_LABELS: Record<string, string> = {
  penalty_case: '行政处罚案件',
  benchmark_rule: '裁量基准',
  hotline_ticket: '12345工单',
  inspection: '行政检查',
  case_review: '案卷评查',
  survey_response: '满意度答卷',
  survey_answer: '满意度答题',
  survey_item: '满意度题目',
  annual_stat: '统计年报',
  division: '行政区划',
  agency: '执法机关',
  import_batch: '导入批次',
  import_reject: '拒绝记录',
};
