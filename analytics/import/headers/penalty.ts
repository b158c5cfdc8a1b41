/**
 * Header dictionary for penalty decisions (行政处罚): the national 双公示 template (legal-person and
 * natural-person versions) and the case-level exports of agencies' own systems (DOMAIN §1).
 */

import { defineKind } from './define-kind.ts';

// A header naming an agency's or data source's code must not fall to a name field by containment.
const CODE_WORDS = ['代码', '编号', '证号', '号码'];

/** The penalty dictionary. */
export const PENALTY_DICTIONARY = defineKind('penalty', '行政处罚', [
  {
    field: 'decision_no', required: true,
    synonyms: ['行政处罚决定书文号', '处罚决定书文号', '决定书文号', '处罚决定书编号', '处罚决定书号', '案件编号', '案件号', '决定文书号', '处罚文书号', '文书号', '案号'],
  },
  {
    field: 'party_name', required: true,
    synonyms: ['行政相对人名称', '当事人', '当事人名称', '当事人姓名', '相对人名称', '被处罚人', '被处罚人名称', '被处罚单位', '处罚对象', '违法主体名称', '违法主体'],
    notContaining: [...CODE_WORDS, '类别', '类型'],
  },
  { field: 'party_type', synonyms: ['行政相对人类别', '行政相对人类型', '相对人类别', '当事人类型', '当事人类别', '主体类型'] },
  {
    field: 'credit_code',
    synonyms: ['行政相对人代码_1(统一社会信用代码)', '统一社会信用代码', '社会信用代码', '行政相对人代码_1', '当事人统一社会信用代码', '信用代码'],
    // The agency's and the data source's codes are other fields.
    notContaining: ['机关', '单位', '部门'],
  },
  { field: 'id_type', synonyms: ['证件类型', '身份证件类型', '当事人证件类型', '相对人证件类型'], notContaining: ['法定代表人'] },
  { field: 'id_number', synonyms: ['证件号码', '身份证件号码', '身份证号', '身份证号码', '证件号', '当事人证件号码'], notContaining: ['法定代表人'] },
  { field: 'legal_rep', synonyms: ['法定代表人', '法定代表人姓名', '法定代表人(负责人)', '负责人'], notContaining: [...CODE_WORDS, '身份证', '证件'] },
  { field: 'legal_rep_id', synonyms: ['法定代表人身份证号', '法定代表人身份证号码', '法定代表人证件号码', '法定代表人证件号'] },
  { field: 'violation_code', synonyms: ['违法行为代码', '违法行为编码', '违法行为编号', '违法行为类型代码'] },
  {
    field: 'violation_name',
    synonyms: ['违法行为类型', '违法行为', '案由', '违法行为名称', '违法类型'],
    // 违法行为发生地 / 违法行为发生时间 say where and when, not what.
    notContaining: [...CODE_WORDS, '事实', '发生', '地点', '时间', '日期'],
  },
  { field: 'facts', synonyms: ['违法事实', '主要违法事实', '案件事实', '违法事实描述'] },
  { field: 'basis', synonyms: ['处罚依据', '处罚的法律依据', '处罚法律依据'] },
  { field: 'categories', synonyms: ['处罚类别', '处罚种类', '处罚类型', '处罚类别(种类)', '处罚类别1'] },
  // The 2016 双公示 template splits the categories over 处罚类别1 and 处罚类别2; the loader joins them.
  { field: 'categories_2', synonyms: ['处罚类别2'] },
  { field: 'content', synonyms: ['处罚内容', '处罚决定内容', '处罚结果'] },
  // Not required: the 2016 双公示 template has no amount column (the loader reads the fine from
  // 处罚结果 then), and a warning-only list has none either.
  { field: 'fine', synonyms: ['罚款金额', '罚款', '罚款数额', '罚款额', '罚款金额合计', '处罚金额'] },
  {
    field: 'confiscation',
    synonyms: ['没收违法所得、没收非法财物的金额', '没收金额', '没收违法所得', '没收违法所得金额', '没收违法所得、没收非法财物金额'],
  },
  {
    // Case systems list the two confiscations in separate columns; the loader adds this one to the above.
    field: 'confiscation_property',
    synonyms: ['没收非法财物金额', '没收非法财物的金额', '没收非法财物', '没收非法财物价值', '没收财物金额'],
    notContaining: ['违法所得'],
  },
  { field: 'illegal_gain', synonyms: ['违法所得', '违法所得金额', '违法所得数额'], notContaining: ['没收'] },
  { field: 'goods_value', synonyms: ['货值金额', '货值', '涉案货值', '涉案货值金额'] },
  { field: 'license', synonyms: ['暂扣或吊销证照名称及编号', '暂扣或者吊销证照名称及编号', '证照名称及编号'] },
  { field: 'tier', synonyms: ['裁量阶次', '违法情节', '裁量档次', '情节', '裁量等级', '处罚阶次', '违法程度'] },
  { field: 'procedure', synonyms: ['程序类型', '适用程序', '办案程序', '处罚程序', '案件程序'] },
  {
    field: 'decided_on', required: true,
    synonyms: ['处罚决定日期', '决定日期', '作出处罚决定日期', '作出处罚决定的日期', '处罚日期', '决定书日期', '作出决定日期', '处罚决定时间', '处罚时间'],
  },
  { field: 'valid_until', synonyms: ['处罚有效期', '有效期'] },
  { field: 'publish_until', synonyms: ['公示截止期', '公示截止日期', '公示期限'] },
  {
    field: 'agency', required: true,
    synonyms: ['处罚机关', '执法机关', '实施机关', '办案单位', '作出处罚决定的机关名称', '处罚决定机关', '处罚机关名称', '执法单位', '处罚单位', '执法部门', '处罚部门'],
    notContaining: [...CODE_WORDS, '统一社会信用'],
  },
  {
    field: 'agency_credit_code',
    synonyms: ['处罚机关统一社会信用代码', '执法机关统一社会信用代码', '实施机关统一社会信用代码', '处罚机关代码', '作出处罚决定的机关统一社会信用代码'],
  },
  { field: 'data_source', synonyms: ['数据来源单位', '数据来源'], notContaining: CODE_WORDS },
  { field: 'data_source_code', synonyms: ['数据来源单位统一社会信用代码', '数据来源单位代码'] },
  { field: 'division', synonyms: ['所属区县', '行政区划', '区县', '所属区域', '区划', '所属地区'] },
  { field: 'officers', synonyms: ['执法人员', '执法证号', '执法人员及执法证号', '执法人员姓名及执法证号', '承办人'] },
  { field: 'status', synonyms: ['公示状态', '状态', '数据状态', '当前状态'] },
  { field: 'note', synonyms: ['备注'] },
]);
