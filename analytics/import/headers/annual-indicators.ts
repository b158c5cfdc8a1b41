/**
 * The indicator dictionary of the annual enforcement statistics (DOMAIN §4): code → Chinese label,
 * with the unit a bare number is in. Kept as data so the workspace can store it as a table.
 */

/** One indicator of `annual_stat.indicator`. */
export interface AnnualIndicator {
  code: string;
  /** Chinese label for reports and the UI. */
  label: string;
  /** Unit of the value when the header names none (money: 元, converted on import). */
  defaultUnit: string;
  /** True for money indicators, whose header unit (万元 / 元) decides the conversion to 元. */
  money: boolean;
}

/** Every indicator code, in the order of the annual form. */
export const ANNUAL_INDICATORS: readonly AnnualIndicator[] = [
  { code: 'penalty_warning', label: '行政处罚：警告、通报批评', defaultUnit: '件', money: false },
  { code: 'penalty_fine', label: '行政处罚：罚款', defaultUnit: '件', money: false },
  { code: 'penalty_confiscation', label: '行政处罚：没收违法所得、没收非法财物', defaultUnit: '件', money: false },
  { code: 'penalty_suspend_license', label: '行政处罚：暂扣许可证件、降低资质等级', defaultUnit: '件', money: false },
  { code: 'penalty_revoke_license', label: '行政处罚：吊销许可证件', defaultUnit: '件', money: false },
  { code: 'penalty_restrict', label: '行政处罚：限制开展生产经营活动', defaultUnit: '件', money: false },
  { code: 'penalty_stop_close', label: '行政处罚：责令停产停业、责令关闭、限制从业', defaultUnit: '件', money: false },
  { code: 'penalty_detention', label: '行政处罚：行政拘留', defaultUnit: '件', money: false },
  { code: 'penalty_other', label: '行政处罚：其他', defaultUnit: '件', money: false },
  { code: 'penalty_total', label: '行政处罚：合计', defaultUnit: '件', money: false },
  { code: 'penalty_amount_yuan', label: '行政处罚：罚没金额', defaultUnit: '元', money: true },
  { code: 'inspection_total', label: '行政检查：次数', defaultUnit: '次', money: false },
  { code: 'license_applied', label: '行政许可：申请', defaultUnit: '件', money: false },
  { code: 'license_granted', label: '行政许可：许可', defaultUnit: '件', money: false },
  { code: 'license_refused', label: '行政许可：不予许可', defaultUnit: '件', money: false },
  { code: 'coercion_measures', label: '行政强制：措施', defaultUnit: '件', money: false },
  { code: 'coercion_enforcement', label: '行政强制：执行', defaultUnit: '件', money: false },
  { code: 'reconsideration_total', label: '行政复议：被申请复议', defaultUnit: '件', money: false },
  { code: 'reconsideration_corrected', label: '行政复议：复议纠错', defaultUnit: '件', money: false },
  { code: 'litigation_total', label: '行政诉讼：被诉', defaultUnit: '件', money: false },
  { code: 'litigation_lost', label: '行政诉讼：败诉', defaultUnit: '件', money: false },
  { code: 'transfer_judicial', label: '移送司法机关', defaultUnit: '件', money: false },
];

/** Indicator code → Chinese label, for the dictionary table and messages. */
export const ANNUAL_INDICATOR_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  ANNUAL_INDICATORS.map((i) => [i.code, i.label]),
);

/** The indicator with this code, or undefined. */
export function annualIndicator(code: string): AnnualIndicator | undefined {
  return ANNUAL_INDICATORS.find((i) => i.code === code);
}
