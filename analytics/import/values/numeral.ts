/**
 * Reads one number written the ways Chinese tables write amounts: Arabic digits with thousands
 * separators and a fraction (`1,200.50`), Chinese numerals (`五千`, `二十五万`, `两万`), financial
 * numerals (`伍仟`, `壹万贰仟`), and mixtures (`1.2万`, `1万2千`, `1百万`). The value is exact
 * ({@link Dec}); 万/千/百/亿 are read as part of the number, so the caller only looks for 元/倍/% after it.
 */
import { type Dec, decAdd, decFromDigits, decShift } from './decimal.ts';

/** Chinese digits, including financial forms and 两 (`两万` = 20 000). */
const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Powers of ten of the unit characters. 十/百/千 act within a section; 万/亿 close a section. */
const CN_UNIT: Record<string, number> = {
  十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3, 万: 4, 萬: 4, 亿: 8, 億: 8,
};

/** One number found in a text. */
export interface NumeralToken {
  value: Dec;
  start: number;
  /** Index just past the number (and past any 万/千/百/亿 it includes). */
  end: number;
  /** True when the token has Arabic digits (false: Chinese numerals only). */
  arabic: boolean;
  /**
   * The multiplier characters written right after the first Arabic run (`万`, `千`, `百万`, `亿`), or
   * '' — that is how a cell states its unit (`1.2万` is in 万元).
   */
  arabicUnit: string;
}

const ZERO: Dec = { m: 0, e: 0 };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Codes of the Chinese characters that can start a number (the digits, 十 / 拾). Looked up by code:
 * scanners called `isNumeralStart(s[i])` on every character, and each `s[i]` of a CJK text is a new
 * string that `in` must then hash — most of the cost of parsing a long benchmark range text.
 */
const CN_START = new Set([...Object.keys(CN_DIGIT), '十', '拾'].map((ch) => ch.charCodeAt(0)));

/** True when the character at `i` of `s` can start a number: an ASCII digit or a Chinese digit / 十. */
export function isNumeralStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return isDigit(c) || CN_START.has(c);
}

/** Reads `1,234.5` at i (commas only in groups of three); returns [Dec, end] or null. */
function readArabic(s: string, i: number): [Dec, number] | null {
  let j = i;
  let int = '';
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) {
      int += s[j];
      j++;
    } else if (c === 44 /* , */ && int.length > 0 && isDigit(s.charCodeAt(j + 1))
      && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3)) && !isDigit(s.charCodeAt(j + 4))) {
      j++; // thousands separator: exactly three digits follow before the next non-digit or comma
    } else break;
  }
  let frac = '';
  if (j + 1 < s.length && s.charCodeAt(j) === 46 /* . */ && isDigit(s.charCodeAt(j + 1))) {
    j++;
    while (j < s.length && isDigit(s.charCodeAt(j))) frac += s[j++];
  }
  const d = decFromDigits(int, frac);
  return d ? [d, j] : null;
}

/**
 * Reads the number starting at `start` in `s` (which must be half-width), or null when there is no
 * number there or it does not fit 15 significant digits. Stops at the first character that is not
 * part of the number, so `5千元以上` yields 5000 with `end` at `元`.
 */
export function readNumeral(s: string, start: number): NumeralToken | null {
  let total: Dec = ZERO;
  let section: Dec = ZERO;
  let num: Dec | null = null;
  let arabic = false;
  let arabicUnit = '';
  let afterArabic = false;
  let i = start;
  let any = false;
  while (i < s.length) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (num !== null) break; // "2024 3" or "1千5": a second number, not part of this one
      const a = readArabic(s, i);
      if (!a) return null;
      num = a[0];
      i = a[1];
      arabic = true;
      afterArabic = arabicUnit === '';
      any = true;
      continue;
    }
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (d === 0) { i++; any = true; continue; } // 一百零五: 零 only marks a gap
      if (num !== null) break;
      num = { m: d, e: 0 };
      i++;
      any = true;
      afterArabic = false;
      continue;
    }
    const u = CN_UNIT[ch];
    if (u === undefined) break;
    if (!any && u !== 1) break; // 万 / 千 alone are not numbers; 十 alone is ten
    if (afterArabic) arabicUnit += ch;
    if (u < 4) {
      const n: Dec = num ?? { m: 1, e: 0 };
      const next = decAdd(section, decShift(n, u));
      if (!next) return null;
      section = next;
    } else {
      let sec = num ? decAdd(section, num) : section;
      if (!sec) return null;
      if (sec.m === 0) {
        // 1万亿: 亿 right after a closed 万 section multiplies the whole total (10^12)
        total = decShift(total, u);
      } else {
        sec = decShift(sec, u);
        const t = u === 8 ? decAdd(decShift(total, u), sec) : decAdd(total, sec);
        if (!t) return null;
        total = t;
      }
      section = ZERO;
    }
    num = null;
    any = true;
    i++;
  }
  if (!any) return null;
  let value = decAdd(total, section);
  if (value && num) value = decAdd(value, num);
  if (!value) return null;
  return { value, start, end: i, arabic, arabicUnit };
}
