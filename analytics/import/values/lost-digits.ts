/**
 * Identifiers Excel turned into numbers. Excel keeps 15 significant digits, so an 18-digit
 * 统一社会信用代码 made of digits only, an 18-digit identity number or a long 工单编号 typed into a
 * General-format cell loses its last digits (123207005179814241 → 123207005179814000), and a CSV
 * saved from that sheet holds only what was shown (`3.20703E+17`). The digits cannot be recovered:
 * such a value must not be stored as if it were the code.
 */

/** Numbers from here have more digits than Excel keeps exactly (15 significant digits). */
const EXCEL_EXACT_LIMIT = 1e15;
const SCIENTIFIC_TEXT = /^[+-]?\d+(?:\.\d+)?E\+?\d+$/i;

/** True when a cell meant as an identifier shows Excel's lost digits: a number ≥ 10¹⁵ or `3.20703E+17` text. */
export function hasLostDigits(raw: unknown): boolean {
  if (typeof raw === 'number') return Math.abs(raw) >= EXCEL_EXACT_LIMIT;
  if (typeof raw !== 'string' || raw.length > 24 || raw.length < 3) return false;
  // Runs on every code and key cell: texts not opening like a number (文号, most codes with letters
  // do not) are out at once; the regex only sees the few that start so and hold an exponent mark.
  const c0 = raw.charCodeAt(0);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 43 || c0 === 45 || c0 === 32)) return false;
  return (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0) && SCIENTIFIC_TEXT.test(raw.trim());
}

/** The reject reason for a key column whose value lost digits (the 工单编号, 检查编号, 决定书文号). */
export function lostDigitsReason(header: string): string {
  return `「${header}」被 Excel 存成了数字（超过 15 位的数字只保留 15 位，或显示为科学计数法），原编号已无法还原；请在原系统重新导出，或把该列设为“文本”格式后重新录入`;
}

/** The batch note for an optional code column whose values that lost digits were left empty. */
export function lostDigitsNote(header: string, count: number, example: string): string {
  return `${count} 条记录的「${header}」被 Excel 存成了数字（如 ${example}），末尾数字已丢失，未导入这些代码（留空）；请把该列设为“文本”格式后重新导出`;
}
