/**
 * Survey item columns: a response sheet has one column per question, headed by a code (`Q1`,
 * `Q1.`, `第1题`, `1、…`, `Q1 执法人员是否亮证执法`) or by the item text itself. Codes are brought
 * to one form (`Q1`) so answers join `survey_item.item_code` whatever the sheet wrote.
 */

import type { HeaderColumn, SurveyItemColumn } from './header-types.ts';
import { cleanHeaderText } from './normalize-header.ts';

/** An item known from an items sheet or the workspace, used to recognise columns by text. */
export interface KnownSurveyItem {
  code: string;
  text: string;
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十二` → 12, `三十` → 30, `七` → 7; NaN when not a Chinese numeral below 100. */
function chineseNumber(text: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return Number.NaN;
  if (!m[2]) return m[1] && !m[3] ? ZH_DIGITS[m[1]] : Number.NaN;
  return (m[1] ? ZH_DIGITS[m[1]] : 1) * 10 + (m[3] ? ZH_DIGITS[m[3]] : 0);
}

// Code patterns, each with the item number in group 1 and the remaining text in group 2.
const CODE_PATTERNS: RegExp[] = [
  /^[qQ](\d{1,3})(?:[.、:)\-_]|(?=\D)|$)(.*)$/,
  /^题(\d{1,3})(?:[.、:)]|(?=\D)|$)(.*)$/,
  /^第(\d{1,3}|[一二三四五六七八九十]{1,3})题(?:[.、:)])?(.*)$/,
  // `1、…` / `1.…` / `1)…` need a separator and text, so `1.5` or a bare `1` is not an item.
  /^(\d{1,3})[、.)](\D.*)$/,
];

/** Canonical item code: `Q1`, `q01`, `第1题`, `第一题`, `1`, `1、` → `Q1`; null when not a code. */
export function normalizeItemCode(raw: string | number): string | null {
  // A trailing separator (`Q1.`, `1、`) is punctuation, not part of the code.
  const text = cleanHeaderText(String(raw)).replace(/[.、:)]+$/, '');
  if (/^\d{1,3}$/.test(text) && Number(text) > 0) return `Q${Number(text)}`;
  const parsed = parseItemHeader(text);
  return parsed && parsed.text === '' ? parsed.code : null;
}

/**
 * Reads an item code and text out of a header: `Q1 执法人员是否亮证执法` → `{code: 'Q1', text:
 * '执法人员是否亮证执法'}`; null when the header does not start with an item code.
 */
export function parseItemHeader(label: string): { code: string; text: string } | null {
  const text = cleanHeaderText(label);
  for (const pattern of CODE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
    if (!Number.isInteger(n) || n <= 0) continue;
    return { code: `Q${n}`, text: m[2].replace(/^[.、:)\-_]+/, '') };
  }
  return null;
}

/** True for a header that reads as a question (`…是否满意？`): an item column without a code. */
function looksLikeQuestion(name: string): boolean {
  return name.length >= 6 && /[?？]$/.test(name);
}

/**
 * Finds item columns among `columns`: by code first, then by the text of a known item, then by a
 * question mark. Columns in `taken` (already bound to fields) are skipped.
 */
export function findSurveyItemColumns(
  columns: HeaderColumn[],
  knownItems: KnownSurveyItem[] = [],
  taken: ReadonlySet<number> = new Set(),
): SurveyItemColumn[] {
  const known = knownItems
    .map((item) => ({ code: normalizeItemCode(item.code) ?? item.code, text: cleanHeaderText(item.text) }))
    .filter((item) => item.text.length >= 4);
  const out: SurveyItemColumn[] = [];
  const usedCodes = new Set<string>();
  for (const col of columns) {
    if (taken.has(col.index)) continue;
    const label = col.parts[col.parts.length - 1] ?? col.label;
    const parsed = parseItemHeader(label);
    const cleaned = cleanHeaderText(label);
    const byText = known.find((item) => cleaned === item.text || cleaned.includes(item.text));
    let item: SurveyItemColumn | null = null;
    if (parsed) item = { index: col.index, code: parsed.code, text: parsed.text };
    else if (byText) item = { index: col.index, code: byText.code, text: cleaned };
    else if (looksLikeQuestion(cleaned)) item = { index: col.index, code: null, text: cleaned };
    // The same code twice means one of them is not an item column; the first one wins.
    if (!item || (item.code !== null && usedCodes.has(item.code))) continue;
    if (item.code !== null) usedCodes.add(item.code);
    out.push(item);
  }
  return out;
}
