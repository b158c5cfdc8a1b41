/**
 * The Chinese reasons a value parser gives when it rejects a cell. They end up in
 * `import_reject.reason` and in the reject list the agency gets back, so they are short, plain and
 * stable (tests and the reject .xlsx compare them as text). Keep every one here: one table to review
 * and translate.
 */
export const REASONS = {
  moneyNegative: '金额为负数',
  moneyNotNumber: '无法识别的金额',
  moneyAmbiguous: '包含多个金额',
  moneyTooLarge: '金额超出范围',
  dateUnknown: '无法识别的日期',
  dateIncomplete: '日期不完整',
  monthOutOfRange: '月份超出范围',
  dayNotExist: '日期不存在',
  timeNotExist: '时间不存在',
  /** `日期超出范围（2000年至今）`: the bounds as the user reads them. */
  dateOutOfRange: (from: string, to: string): string => `日期超出范围（${from}至${to}）`,
  rangeUnparsed: '无法解析裁量标准',
  rangeInverted: '裁量标准下限大于上限',
  surveyUnknown: '无法识别的答案',
} as const;

/** A parser's answer for a cell it cannot accept; `reason` is one of {@link REASONS}' texts. */
export interface Rejected {
  ok: false;
  reason: string;
}

/** Builds a {@link Rejected}; a helper so every module returns the same shape. */
export function reject(reason: string): Rejected {
  return { ok: false, reason };
}
