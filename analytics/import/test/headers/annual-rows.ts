/**
 * A 行政执法统计年报 sheet as agencies fill it (DOMAIN §4): a title, a form line, a two-row merged
 * header (行政处罚 merged over 11 columns …, 填报单位 merged vertically), data and a 合计 row.
 */

import type { SheetRow } from '../../types.ts';

export const PENALTY_CHILDREN = [
  '警告、通报批评', '罚款', '没收', '暂扣/降级', '吊销', '限制经营', '停产停业/关闭/限制从业', '拘留', '其他', '合计', '罚没金额（万元）',
];
export const LICENSE_CHILDREN = ['申请', '受理', '许可', '不予许可', '撤销许可'];
export const COERCION_CHILDREN = ['措施', '执行', '申请法院强制执行'];

const blanks = (n: number): null[] => Array<null>(n).fill(null);

/** Parent row: merged cells arrive as the label in the first column and blanks to its right. */
export const ANNUAL_PARENT = ['填报单位', '行政处罚', ...blanks(10), '行政许可', ...blanks(4), '行政强制', ...blanks(2), '行政检查'];
/** Child row: blank under the vertically merged 填报单位. */
export const ANNUAL_CHILD = [null, ...PENALTY_CHILDREN, ...LICENSE_CHILDREN, ...COERCION_CHILDREN, '次数'];

const DATA = [5, 120, 3, 0, 1, 0, 0, 0, 2, 131, 45.6, 300, 290, 280, 10, 0, 12, 3, 0, 800];

/** The whole sheet, rows numbered as Excel shows them. */
export const ANNUAL_SHEET: SheetRow[] = [
  { row: 1, cells: ['2024年度连云港市行政执法统计年报', ...blanks(20)] },
  { row: 2, cells: ['填报单位：连云港市司法局', null, null, null, null, '单位：件、万元'] },
  { row: 3, cells: ANNUAL_PARENT },
  { row: 4, cells: ANNUAL_CHILD },
  { row: 5, cells: ['海州区市场监管局', ...DATA] },
  { row: 6, cells: ['连云区市场监管局', ...DATA] },
  { row: 7, cells: ['合  计', ...DATA.map((v) => v * 2)] },
  { row: 9, cells: ['填表说明：一个决定书有多种处罚的，按最重的处罚种类统计一次。'] },
];
