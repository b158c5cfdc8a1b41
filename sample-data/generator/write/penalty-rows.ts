/**
 * Rows of the penalty exports. The 双公示 templates keep the national column order (legal-person and
 * natural-person versions) and append local extension columns the analyses need; the case-system CSV
 * uses its own names, amounts in 元.
 */

import { addDays, renderDate, type DateStyle } from '../calendar.ts';
import type { PenaltyCase } from '../penalty-types.ts';
import type { Cell } from '../xlsx.ts';

/** Template columns shared by both versions after the party identification columns. */
const DECISION_COLUMNS = (wan: string): string[] => [
  '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  `罚款金额${wan}`, `没收违法所得、没收非法财物的金额${wan}`, '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
  '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];

/** Local extension columns (not in the national template). */
const EXTENSION_COLUMNS = (wan: string): string[] => [
  '行政相对人类别', '违法行为代码', '裁量阶次', '程序类型', `违法所得${wan}`, `货值金额${wan}`, '公示状态',
];

/** `(万元)` in the current year's export, `（万元）` with full-width brackets in the prior year's. */
export function wanSuffix(fullWidth: boolean): string {
  return fullWidth ? '（万元）' : '(万元)';
}

/** Header of the legal-person template (+ extensions). */
export function legalHeader(wan: string): string[] {
  return [
    '行政相对人名称', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_2(工商注册号)', '行政相对人代码_3(组织机构代码)',
    '行政相对人代码_4(税务登记号)', '行政相对人代码_5(事业单位证书号)', '行政相对人代码_6(社会组织登记证号)', '法定代表人',
    '法定代表人身份证号', ...DECISION_COLUMNS(wan), ...EXTENSION_COLUMNS(wan),
  ];
}

/** Header of the natural-person template (+ extensions). */
export function personHeader(wan: string): string[] {
  return ['行政相对人名称', '证件类型', '证件号码', ...DECISION_COLUMNS(wan), ...EXTENSION_COLUMNS(wan)];
}

function contentText(c: PenaltyCase): string {
  const parts: string[] = [];
  for (const cat of c.categories) {
    if (cat === '罚款') parts.push(`罚款人民币${c.fine}元`);
    else if (cat === '没收违法所得') parts.push(`没收违法所得${c.confiscation}元`);
    else if (cat === '没收非法财物') parts.push(`没收非法财物（折合人民币${c.confiscation}元）`);
    else parts.push(cat);
  }
  return parts.join('，');
}

function styleFor(c: PenaltyCase, i: number): DateStyle {
  const s = c.agency.dateStyle;
  return s === 'mixed' ? (i % 3 === 0 ? 'cn' : 'excel') : s;
}

/** 万元 amount; agencies with mixed habits also type some amounts as text. */
function wan(c: PenaltyCase, yuan: number | null, i: number): Cell {
  if (yuan === null) return null;
  const v = yuan / 10000;
  return c.agency.dateStyle === 'mixed' && i % 4 === 1 ? String(v) : v;
}

function decisionCells(c: PenaltyCase, i: number): Cell[] {
  const style = styleFor(c, i);
  const a = c.agency;
  return [
    c.decisionNo, c.violation.name, c.facts, c.violation.basis, c.categories.join(a.catSep), contentText(c),
    wan(c, c.fine, i), wan(c, c.confiscation > 0 ? c.confiscation : null, i), c.licence || null,
    renderDate(c.date, style), renderDate(addDays(c.date, 365), style), renderDate(addDays(c.date, 365 * 3), style),
    a.name, a.creditCode, a.name, a.creditCode, c.revoked ? '信息有误，已撤销' : null,
  ];
}

function extensionCells(c: PenaltyCase, i: number): Cell[] {
  const gainShown = c.gainShown && c.gain !== null;
  return [
    c.party.type, c.violation.code, c.tierShown ? c.tier.label : null, c.procedure === '简易' ? '简易程序' : '普通程序',
    gainShown && c.violation.gainBase === '违法所得' ? wan(c, c.gain, i) : null,
    gainShown && c.violation.gainBase === '货值金额' ? wan(c, c.gain, i) : null,
    c.revoked ? '撤销' : '正常',
  ];
}

/** One row of the legal-person sheet. */
export function legalRow(c: PenaltyCase, i: number): Cell[] {
  const code = c.party.creditCode;
  const orgCode = code && c.party.type === '法人及非法人组织' && i % 2 === 0 ? `${code.slice(8, 16)}-${code[16]}` : null;
  return [c.party.name, code, null, orgCode, null, null, null, c.party.legalRep, null, ...decisionCells(c, i), ...extensionCells(c, i)];
}

/** One row of the natural-person sheet. */
export function personRow(c: PenaltyCase, i: number): Cell[] {
  return [c.party.name, '身份证', c.party.idNumber, ...decisionCells(c, i), ...extensionCells(c, i)];
}

/** Header of the case-system CSV (amounts in 元, full-width brackets). */
export const CSV_HEADER = [
  '案件编号', '当事人', '当事人类型', '统一社会信用代码', '证件号码', '违法行为', '违法行为代码', '处罚依据', '裁量阶次', '处罚类别',
  '罚款金额（元）', '没收金额（元）', '违法所得（元）', '货值金额（元）', '决定日期', '执法机关', '程序类型', '执法人员',
];

const money = (x: number | null): string | null => (x === null ? null : x.toFixed(2));

/** One row of the case-system CSV. */
export function csvRow(c: PenaltyCase, officers: string): (string | number | null)[] {
  const gainShown = c.gainShown && c.gain !== null;
  const d = renderDate(c.date, c.agency.dateStyle === 'slash' ? 'slash' : 'iso');
  return [
    c.decisionNo, c.party.name, c.party.type, c.party.creditCode, c.party.idNumber, c.violation.name, c.violation.code,
    c.violation.basis, c.tierShown ? c.tier.label : null, c.categories.join('；'), money(c.fine),
    money(c.confiscation > 0 ? c.confiscation : null), money(gainShown && c.violation.gainBase === '违法所得' ? c.gain : null),
    money(gainShown && c.violation.gainBase === '货值金额' ? c.gain : null), d as string, c.agency.name, c.procedure, officers,
  ];
}
