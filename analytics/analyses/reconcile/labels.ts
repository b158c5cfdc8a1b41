/**
 * How a finding names an indicator and prints its values: a short name ("罚没金额", "罚款类处罚件数")
 * from the dictionary label, money in 万元, counts with their unit.
 */
import { count, wan } from '../deviation/format-zh.ts';

const SHORT: Readonly<Record<string, string>> = {
  penalty_total: '行政处罚案件合计',
  penalty_amount_yuan: '罚没金额',
  inspection_total: '行政检查次数',
};

/**
 * The short name of an indicator: fixed names for the totals, else "行政处罚：X" → "X类处罚件数"
 * (the dictionary label without its table prefix), else the label itself.
 */
export function shortLabel(code: string, label: string): string {
  if (SHORT[code]) return SHORT[code];
  const m = /^行政处罚[：:](.+)$/.exec(label);
  return m ? `「${m[1]}」类处罚件数` : label;
}

/** A value as a sentence prints it: money in 万元, other values with their unit. */
export function formatValue(value: number, money: boolean, unit: string): string {
  return money ? wan(value) : `${count(value)}${unit}`;
}
