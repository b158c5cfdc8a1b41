/**
 * Indicator matching for annual statistics. The same child label means different things under
 * different parents (`合计` under 行政处罚 is penalty_total, `次数` under 行政检查 is
 * inspection_total), so the parent decides the group and the child is read within it. One-row
 * variants (`行政处罚合计`, `检查次数`, `罚没金额（万元）`) are read the same way.
 */

import type { HeaderColumn } from './header-types.ts';
import { headerName } from './normalize-header.ts';

type Group = 'penalty' | 'license' | 'coercion' | 'inspection' | 'reconsideration' | 'litigation' | 'transfer';

/** A group and the words that name it at the start of a header (longest first). */
const GROUPS: { group: Group; test: RegExp; prefix: RegExp }[] = [
  // 不予处罚 / 减轻处罚 columns are extended local counts with no indicator code: no group.
  { group: 'penalty', test: /^(?!.*(不予处罚|减轻处罚|从轻处罚)).*处罚/, prefix: /^(行政处罚|处罚)/ },
  { group: 'license', test: /许可/, prefix: /^(行政许可|许可)/ },
  { group: 'coercion', test: /强制/, prefix: /^(行政强制|强制)/ },
  { group: 'inspection', test: /检查/, prefix: /^(行政检查|检查)/ },
  { group: 'reconsideration', test: /复议/, prefix: /^(行政复议|复议)/ },
  { group: 'litigation', test: /诉讼|应诉|被诉/, prefix: /^(行政诉讼|行政应诉|诉讼|应诉)/ },
  { group: 'transfer', test: /移送/, prefix: /^$/ },
];

type Rule = [RegExp, string | null];
const COUNT = /^(合计|小计|总计|总数|件数|数量|总件数|案件数|次数|总次数)$/;

/** Child-label rules per group, first match wins; null marks a known column with no code. */
const RULES: Record<Group, Rule[]> = {
  penalty: [
    [/不予处罚|减轻|从轻/, null],
    [/罚没|金额/, 'penalty_amount_yuan'],
    // A bare 行政处罚 column (vertically merged, or one-row `行政处罚（件）`) is the total.
    [/^$/, 'penalty_total'],
    [COUNT, 'penalty_total'],
    [/合计|总计|总数/, 'penalty_total'],
    [/警告|通报批评/, 'penalty_warning'],
    [/罚款/, 'penalty_fine'],
    [/没收/, 'penalty_confiscation'],
    [/暂扣|降级|降低资质/, 'penalty_suspend_license'],
    [/吊销/, 'penalty_revoke_license'],
    [/限制经营|限制开展|限制生产经营/, 'penalty_restrict'],
    [/停产|停业|关闭|限制从业/, 'penalty_stop_close'],
    [/拘留/, 'penalty_detention'],
    [/其他|其它/, 'penalty_other'],
  ],
  license: [
    [/撤销|受理|变更|延续|注销/, null],
    [/不予|不准予/, 'license_refused'],
    [/申请/, 'license_applied'],
    [/许可|准予/, 'license_granted'],
  ],
  coercion: [
    [/申请法院|申请人民法院/, null],
    [/措施|查封|扣押|冻结/, 'coercion_measures'],
    [/执行/, 'coercion_enforcement'],
  ],
  inspection: [[/^$|次数|合计|总数|数量|件数|户次|总计/, 'inspection_total']],
  reconsideration: [
    [/纠错|撤销|变更|确认违法/, 'reconsideration_corrected'],
    [/^$|被复议|被申请|复议|件数|合计|总数|数量/, 'reconsideration_total'],
  ],
  litigation: [
    [/败诉/, 'litigation_lost'],
    [/^$|被诉|应诉|诉讼|件数|合计|总数|数量/, 'litigation_total'],
  ],
  transfer: [[/移送|^$|件数|合计|数量/, 'transfer_judicial']],
};

/** One-row headers with no group word that still name one indicator. */
const FLAT: Record<string, string> = {
  罚没金额: 'penalty_amount_yuan', 罚没款: 'penalty_amount_yuan', 罚没款金额: 'penalty_amount_yuan',
  罚没金额合计: 'penalty_amount_yuan', 警告: 'penalty_warning', 罚款: 'penalty_fine', 没收: 'penalty_confiscation',
  吊销: 'penalty_revoke_license', 拘留: 'penalty_detention', 行政拘留: 'penalty_detention',
  移送司法机关: 'transfer_judicial', 移送司法: 'transfer_judicial', 败诉: 'litigation_lost', 被诉: 'litigation_total',
};

/** The group a (normalised) label names, or null. */
function groupOf(name: string): Group | null {
  return GROUPS.find((g) => g.test.test(name))?.group ?? null;
}

/** Reads `term` within `group`; undefined when no rule speaks about it, null when it has no code. */
function readTerm(group: Group, term: string): string | null | undefined {
  const rule = RULES[group].find(([pattern]) => pattern.test(term));
  return rule ? rule[1] : undefined;
}

/**
 * The indicator a header column denotes, or null. Two-row headers: the parent names the group and
 * the child the indicator; one-row headers: a leading group word, else a flat name.
 */
export function matchIndicator(column: Pick<HeaderColumn, 'parts'>): string | null {
  const parts = column.parts.map(headerName);
  if (parts.length >= 2) {
    const group = groupOf(parts[0]);
    if (group) return readTerm(group, parts[parts.length - 1]) ?? null;
  }
  const name = parts[parts.length - 1] ?? '';
  if (FLAT[name]) return FLAT[name];
  const entry = GROUPS.find((g) => g.test.test(name));
  if (!entry) return null;
  const term = name.replace(entry.prefix, '');
  // A one-row header must name the indicator explicitly: `处罚决定日期` reads `决定日期`, which no rule knows.
  return readTerm(entry.group, term) ?? null;
}

/** True when a label is a word of the annual form (for header-row finding). */
export function isIndicatorWord(label: string): boolean {
  const name = headerName(label);
  if (FLAT[name]) return true;
  return (Object.keys(RULES) as Group[]).some((g) => name !== '' && readTerm(g, name) !== undefined);
}
