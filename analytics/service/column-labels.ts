/**
 * Chinese column headings of the canonical tables for the data browser and row exports. A column
 * without an entry falls back to its field name (a new column shows up rather than disappearing).
 */

/** Labels shared by several tables. */
const COMMON: Record<string, string> = {
  batch_id: '导入批次', source_row: '原表行号', agency: '执法机关', division: '区县', sector: '执法领域',
  credit_code: '统一社会信用代码', year: '年度', name: '名称', note: '备注',
};

/** Labels by table, then column. */
const BY_TABLE: Record<string, Record<string, string>> = {
  division: { name: '区划名称', parent: '所属区县', kind: '类型', population: '常住人口', entities: '经营主体数', region_codes: '行政区划代码', streets: '街道（镇）' },
  agency: { name: '执法机关名称', division: '所在区县' },
  penalty_case: {
    decision_no: '行政处罚决定书文号', party_name: '行政相对人名称', party_type: '相对人类别', id_number: '证件号码',
    legal_rep: '法定代表人', violation_code: '违法行为代码', violation_name: '违法行为类型', facts: '违法事实',
    basis: '处罚依据', categories: '处罚类别', categories_raw: '处罚类别（原文）', content: '处罚内容', fine_yuan: '罚款金额（元）',
    confiscation_yuan: '没收金额（元）', illegal_gain_yuan: '违法所得（元）', goods_value_yuan: '货值金额（元）', tier: '裁量阶次',
    tier_rank: '阶次序号', tier_raw: '裁量阶次（原文）', procedure: '程序类型', decided_on: '处罚决定日期',
    division_source: '区县来源', status: '状态',
  },
  benchmark_rule: {
    rule_id: '基准编号', violation_code: '违法行为代码', violation_name: '违法行为', legal_basis: '违法依据', basis: '处罚依据',
    tier: '裁量阶次', tier_rank: '阶次序号', tier_raw: '裁量阶次（原文）', condition: '适用情形', fine_min_yuan: '罚款下限（元）',
    fine_max_yuan: '罚款上限（元）', multiple_min: '倍数下限', multiple_max: '倍数上限', base_kind: '计算基数',
    fallback_min_yuan: '无基数时下限（元）', fallback_max_yuan: '无基数时上限（元）', effective_from: '生效日期',
    effective_to: '失效日期', authority: '制定机关', source_text: '基准原文',
  },
  hotline_ticket: {
    ticket_no: '工单编号', line: '热线', received_at: '受理时间', source: '来源渠道', appeal_type: '诉求类型',
    appeal_type_raw: '诉求类型（原文）', category: '业务分类', category_path: '分类路径', content: '诉求内容', address: '地址',
    division_source: '区县来源', street: '街道（镇）', handling_unit: '承办单位', reply: '办理结果', due_at: '办理时限',
    closed_at: '办结时间', resolved: '是否解决', satisfaction: '满意度', satisfaction_raw: '满意度（原文）',
  },
  inspection: {
    inspection_id: '检查编号', target_name: '检查对象', target_credit_code: '对象信用代码', inspected_on: '检查日期',
    mode: '检查方式', mode_raw: '检查方式（原文）', found_problem: '是否发现问题',
  },
  case_review: { review_id: '评查编号', case_no: '案卷编号', case_type: '案卷类型', score: '评查得分', grade: '评查等次', veto: '是否否决' },
  survey_item: { item_code: '题目编号', dimension: '维度', text: '题目', weight: '权重', is_overall: '是否总体评价题' },
  survey_response: { response_id: '问卷编号', respondent_type: '受访者类型', answered_on: '答卷日期', comment: '意见建议' },
  survey_answer: { response_id: '问卷编号', item_code: '题目编号', label: '回答', score: '得分' },
  annual_stat: { indicator: '统计指标', value: '数值', unit: '单位', value_raw: '数值（原文）' },
  import_batch: {
    file_name: '文件名', file_path: '文件路径', file_size: '文件大小（字节）', sha256: 'SHA-256', kind: '数据类型', sheet: '工作表',
    mapping: '表头映射', encoding: '编码', imported_at: '导入时间', rows_read: '读取行数', rows_imported: '导入行数',
    rows_rejected: '拒绝行数', notes: '说明',
  },
  import_reject: { sheet: '工作表', row_number: '行号', column: '列', value: '值', reason: '原因' },
};

/** The Chinese heading of `column` in `table`. */
export function columnLabel(table: string, column: string): string {
  return BY_TABLE[table]?.[column] ?? COMMON[column] ?? column;
}
