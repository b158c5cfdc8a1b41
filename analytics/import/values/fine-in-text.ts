/**
 * The fine named in a decision's result text (处罚结果 / 处罚内容). The 2016 双公示 template has no
 * 罚款金额 column: the amount is only written there (`没收违法所得2000元，罚款人民币伍仟元整`).
 */
import { parseMoney } from './money.ts';
import { REASONS } from './reasons.ts';
import { cleanCell, toHalfWidth } from './text.ts';

// Clauses of a result text; a fine and a confiscation are usually separate clauses.
const CLAUSE_SPLIT = /[，,；;。\n]/;
/** Thousands separators (`1,200.50`), removed before clauses are split on commas. */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

/**
 * The fine in 元 named by the one clause of `text` that mentions 罚款 and an amount (`罚款5000元`,
 * `处5000元罚款`, `处以罚款0.5万元`), or null: no such clause, several of them with different
 * amounts, or a clause holding more than one amount (`罚款5000元并没收违法所得2000元`) — guessing
 * which one is the fine would put a confiscation into the fine.
 */
export function fineFromText(raw: unknown): number | null {
  const text = cleanCell(raw);
  if (text === null || !text.includes('罚款')) return null;
  let found: number | null = null;
  for (const clause of toHalfWidth(text).replace(THOUSANDS, '$1').split(CLAUSE_SPLIT)) {
    if (!clause.includes('罚款')) continue;
    const r = parseMoney(clause, null);
    if (!r.ok || r.yuan === null) {
      if (!r.ok && r.reason !== REASONS.moneyNotNumber) return null; // several amounts in the clause
      continue;
    }
    if (found !== null && found !== r.yuan) return null;
    found = r.yuan;
  }
  return found;
}
