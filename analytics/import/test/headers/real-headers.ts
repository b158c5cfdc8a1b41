/**
 * Header rows as they appear in real exports (DOMAIN §1–§6), shared by the header tests.
 */

import type { ColumnMapping } from '../../headers/header-types.ts';

/** 双公示 legal-person template, 26 columns in order (DOMAIN §1). */
export const SHUANGGONGSHI_LEGAL = [
  '行政相对人名称', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_2(工商注册号)', '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)', '行政相对人代码_5(事业单位证书号)', '行政相对人代码_6(社会组织登记证号)', '法定代表人',
  '法定代表人身份证号', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  '罚款金额(万元)', '没收违法所得、没收非法财物的金额(万元)', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
  '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];

/** 双公示 natural-person version: the codes are replaced by 证件类型 + 证件号码. */
export const SHUANGGONGSHI_NATURAL = [
  '行政相对人名称', '证件类型', '证件号码', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  '罚款金额(万元)', '没收违法所得、没收非法财物的金额(万元)', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
  '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];

/** An agency case-system export (DOMAIN §1), full-width brackets as the systems write them. */
export const AGENCY_CASES = ['案件编号', '当事人', '违法行为', '裁量阶次', '罚款金额（元）', '违法所得（元）', '决定日期', '执法机关'];

/** 12345 export with the `12345` prefix (DOMAIN §3). */
export const TICKET_PREFIXED = [
  '12345工单编号', '12345受理时间', '12345工单来源', '12345诉求地址', '12345工单类型', '12345内容描述', '主办单位',
  '答复市民要点', '街道', '一级分类', '二级分类', '三级分类', '四级分类', '五级分类',
];

/** The same export in a year without the prefix. */
export const TICKET_UNPREFIXED = TICKET_PREFIXED.map((h) => h.replace(/^12345/, ''));

/** The other 12345 export seen (DOMAIN §3). */
export const TICKET_OTHER = ['工单编号', '来电时间', '诉求类型', '诉求内容', '所属区县', '承办单位', '办结时间', '办理时限', '是否解决', '满意度'];

/** A benchmark table (DOMAIN §2). */
export const BENCHMARK = ['序号', '违法行为', '法律依据', '处罚依据', '违法程度', '适用情形', '处罚裁量标准'];

/** The field → header label pairs of a mapping, for readable assertions. */
export function fieldHeaders(mapping: ColumnMapping): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping.fields).map(([f, b]) => [f, b.header]));
}
