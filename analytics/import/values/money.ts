/**
 * Money cells → 元, rounded to cents (DESIGN §3 stores DECIMAL(18,2) in 元). The unit comes from the
 * cell when it states one (`1.2万`, `3000元`), else from the column header (`罚款金额(万元)`), else 元
 * (the import report says so — DOMAIN §1).
 */
import { type Dec, decFromDigits, decShift, decToHundredths } from './decimal.ts';
import { readNumeral, isNumeralStart, type NumeralToken } from './numeral.ts';
import { REASONS, reject, type Rejected } from './reasons.ts';
import { cleanCell, toHalfWidth } from './text.ts';

/** Units a money cell or header can state. 千元/百万元/亿元 are rare but unambiguous, so accepted. */
export type MoneyUnit = '元' | '千元' | '万元' | '百万元' | '亿元';

/** Where the unit of a parsed amount came from: the cell text, the column header, or the 元 default. */
export type UnitSource = 'cell' | 'header' | 'default';

/** A parsed amount; `yuan` is rounded half up to cents on the decimal digits written. */
export interface Money {
  ok: true;
  yuan: number;
  unit: MoneyUnit;
  unitFrom: UnitSource;
}

/** A blank cell (see `cleanCell`): not an error here — whether the column is required is the caller's rule. */
export interface BlankMoney {
  ok: true;
  yuan: null;
  unit: null;
  unitFrom: null;
}

/** Result of {@link parseMoney}: an amount, a blank, or a rejection with a Chinese reason. */
export type MoneyResult = Money | BlankMoney | Rejected;

const UNIT_SHIFT: Record<MoneyUnit, number> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };
/** 10^(shift + 2): an amount in the unit times this is in 分. */
const CENT_SCALE = Object.fromEntries(
  Object.entries(UNIT_SHIFT).map(([unit, shift]) => [unit, 10 ** (shift + 2)]),
) as Record<MoneyUnit, number>;

const BLANK: BlankMoney = { ok: true, yuan: null, unit: null, unitFrom: null };

/** A unit inside brackets anywhere in the header: `罚款金额(万元)`, `金额（单位：元）`, `[万元]`. */
const HEADER_BRACKET = /[([【<{]([^)\]】>}]*?(百万|亿|万|千)?元[^)\]】>}]*)[)\]】>}]?/;
/** A bracket at the end holding only a multiplier: `罚款金额（万）`, `金额（单位：万）` mean 万元. */
const HEADER_BARE_MULTIPLIER = /[([【]\s*(?:单位:?)?\s*(百万|亿|万|千)\s*[)\]】]\s*$/;
/** A unit after a slash or colon, or glued to the end of the name: `金额/万元`, `罚没金额万元`. */
const HEADER_TAIL = /(?:[/:]\s*(?:单位[:]?)?|(?:额|款|得|值|计)\s*)(百万|亿|万|千)?元\s*$/;

function unitFromPrefix(prefix: string | undefined): MoneyUnit {
  switch (prefix) {
    case '万': return '万元';
    case '千': return '千元';
    case '百万': return '百万元';
    case '亿': return '亿元';
    default: return '元';
  }
}

/**
 * The money unit a column header states, or null when it states none. Recognises the unit in
 * half- or full-width brackets (`罚款金额(万元)`, `罚款金额（元）`, `没收违法所得、没收非法财物的金额(万元)`,
 * `金额（单位：万元）`), after a slash or colon (`金额/万元`), or glued to the name (`罚没金额万元`); a bracket
 * holding only the multiplier (`罚款金额（万）`) is the same unit.
 * A header without a unit (`罚款金额`) gives null: the caller reports the 元 default.
 */
export function unitFromHeader(header: string): MoneyUnit | null {
  const h = toHalfWidth(header);
  if (h.indexOf('元') < 0) {
    const bare = HEADER_BARE_MULTIPLIER.exec(h);
    return bare ? unitFromPrefix(bare[1]) : null;
  }
  const b = HEADER_BRACKET.exec(h);
  if (b) return unitFromPrefix(b[2]);
  const t = HEADER_TAIL.exec(h);
  return t ? unitFromPrefix(t[1]) : null;
}

/** The cell unit a multiplier written after digits states (`1.2万` → 万元, `5千` → 千元). */
function unitFromMultiplier(mult: string): MoneyUnit {
  if (mult === '万' || mult === '萬') return '万元';
  if (mult === '千' || mult === '仟') return '千元';
  if (mult === '百万') return '百万元';
  if (mult === '亿' || mult === '億') return '亿元';
  return '元'; // 百 or a compound such as 万千: the value already includes it
}

/** Cells that mean "no money" in a money column. Conservative: only whole-cell matches. */
const ZERO_WORDS: ReadonlySet<string> = new Set([
  '无', '暂无', '没有', '零', '无罚款', '未罚款', '不罚款', '无违法所得', '无没收', '不予罚款', '免予罚款',
  '免于罚款', '免罚', '不予处罚', '免予处罚', '免于处罚',
]);

/** Characters that, right after a bare number, show it is not an amount (`2024年`, `第3条`, `15日`). */
const NOT_MONEY_AFTER: ReadonlySet<string> = new Set([
  '年', '月', '日', '号', '条', '款', '项', '次', '倍', '%', '个', '天', '人', '时', '分', '秒', '岁',
  '层', '室', '栋', '米', '吨', '件', '辆', '台', '家', '起', '/', ':',
]);

const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const SCIENTIFIC = /^[+]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
const SPACES = /\s+/g;

/** `value` in `unit` → Money. A cell-stated unit is already inside the value (`1.2万` read as 12000). */
function amount(value: Dec, unit: MoneyUnit, unitFrom: UnitSource): Money | Rejected {
  const yuan = decToHundredths(unitFrom === 'cell' ? value : decShift(value, UNIT_SHIFT[unit]));
  if (yuan === null) return reject(REASONS.moneyTooLarge);
  return { ok: true, yuan, unit, unitFrom };
}

/** A bare amount (no unit in the cell) in the column's unit: the header's, else 元 by default. */
function inColumnUnit(value: Dec, headerUnit: MoneyUnit | null): Money | Rejected {
  return amount(value, headerUnit ?? '元', headerUnit ? 'header' : 'default');
}

function fromNumber(n: number, headerUnit: MoneyUnit | null): MoneyResult {
  if (!Number.isFinite(n)) return reject(REASONS.moneyNotNumber);
  if (n < 0) return reject(REASONS.moneyNegative);
  const unit = headerUnit ?? '元';
  const from: UnitSource = headerUnit ? 'header' : 'default';
  // Fast path: whole 元 amounts, the bulk of Excel numeric cells.
  if (Number.isInteger(n) && unit === '元') {
    return n <= 9e13 ? { ok: true, yuan: n + 0, unit, unitFrom: from } : reject(REASONS.moneyTooLarge);
  }
  // Fast path: an amount with at most two decimals in 元 once shifted to the column's unit (0.12 万元).
  // When k / scale gives back n exactly and k has at most 15 digits, k × 10^-(shift+2) is the only
  // decimal of ≤ 15 digits that rounds to n, so it is the value String(n) writes: the text path below
  // would compute the same k cents. Checked against it on random amounts (money.test.ts).
  const scale = CENT_SCALE[unit];
  const k = Math.round(n * scale);
  if (k <= 1e15 && k / scale === n) return { ok: true, yuan: k / 100 + 0, unit, unitFrom: from };
  // String(n) is the shortest text that round-trips, i.e. what Excel showed (0.29, not 0.28999…).
  const text = String(n);
  if (text.indexOf('e') >= 0) {
    const yuan = Math.round(n * 10 ** UNIT_SHIFT[unit] * 100) / 100;
    return yuan <= 9e13 ? { ok: true, yuan, unit, unitFrom: from } : reject(REASONS.moneyTooLarge);
  }
  const dot = text.indexOf('.');
  const d = dot < 0 ? decFromDigits(text, '') : decFromDigits(text.slice(0, dot), text.slice(dot + 1));
  return d ? inColumnUnit(d, headerUnit) : reject(REASONS.moneyTooLarge);
}

/** The amount a token in a text cell stands for, or null when the token is not money. */
function tokenAmount(s: string, t: NumeralToken): { value: Dec; unit: MoneyUnit | null } | null {
  const next = s[t.end] ?? '';
  if (next === '元') return { value: t.value, unit: t.arabicUnit ? unitFromMultiplier(t.arabicUnit) : '元' };
  if (t.arabic) {
    if (t.arabicUnit) return { value: t.value, unit: unitFromMultiplier(t.arabicUnit) };
    return NOT_MONEY_AFTER.has(next) ? null : { value: t.value, unit: null };
  }
  // Chinese numerals only count with 元 after them or a 万/千/亿 ending (`罚款一万`): `一般`, `三次` are words.
  const last = s[t.end - 1];
  return last === '万' || last === '千' || last === '仟' || last === '亿' || last === '萬'
    ? { value: t.value, unit: '元' }
    : null;
}

function isNegativeAt(s: string, start: number): boolean {
  const k = start - 1;
  const c = s[k];
  if (c === '负') return true;
  if (c !== '-' && c !== '\u2212') return false;
  const before = s.charCodeAt(k - 1);
  return !(before >= 48 && before <= 57); // "1-3万" is a range, not minus three
}

function fromText(raw: string, headerUnit: MoneyUnit | null): MoneyResult {
  // Spaces carry no meaning in an amount and would separate `1.2 万` from its unit.
  let s = toHalfWidth(raw);
  if (s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) s = s.replace(SPACES, '');
  if (ZERO_WORDS.has(s)) return inColumnUnit({ m: 0, e: 0 }, headerUnit);
  if (SCIENTIFIC.test(s)) return fromNumber(Number(s), headerUnit);
  let found: Money | null = null;
  let negative = false;
  for (let i = 0; i < s.length; i++) {
    if (!isNumeralStart(s, i)) continue;
    const t = readNumeral(s, i);
    if (!t) return reject(REASONS.moneyTooLarge);
    i = t.end - 1;
    const a = tokenAmount(s, t);
    if (!a) continue;
    const r = a.unit ? amount(a.value, a.unit, 'cell') : inColumnUnit(a.value, headerUnit);
    if (!r.ok) return r;
    if (found === null) {
      found = r;
      negative = isNegativeAt(s, t.start);
    } else if (r.yuan !== found.yuan) {
      return reject(REASONS.moneyAmbiguous); // "罚款2000元，没收500元": which one is this column's?
    }
  }
  if (found === null) return reject(REASONS.moneyNotNumber);
  return negative && found.yuan !== 0 ? reject(REASONS.moneyNegative) : found;
}

/**
 * Parses one money cell into 元.
 *
 * - JS numbers (Excel numeric cells) are in the header's unit, else 元; non-integers go through their
 *   shortest decimal text so `0.29` under 万元 is exactly 2900 元.
 * - Text: full-width digits, thousands separators (`1,200`), `¥`, `人民币`, `整` and other words are
 *   tolerated (`罚款2000元`, `2000元整`, `¥2,000`, `１２００`). A unit in the cell (`1.2万`, `1.2万元`, `5千元`,
 *   `3000元`) overrides the header's; a bare number takes the header's unit, else 元.
 * - Chinese and financial numerals count when followed by 元 or ending in 万/千/亿 (`五千元`, `贰仟元整`).
 * - Numbers followed by 年/月/日/条/次/倍/% … are not amounts (`2024年罚款2000元` → 2000).
 * - Several different amounts in one cell → `包含多个金额`; the same amount twice (`2000元（贰仟元）`) is fine.
 * - `无`, `0`, `不予罚款` and similar whole-cell words → 0 元; blank cells → {@link BlankMoney}.
 * - Rejected: negative amounts (`金额为负数`), text with no amount (`无法识别的金额`), amounts past
 *   9×10^13 元 (`金额超出范围`).
 */
export function parseMoney(raw: unknown, headerUnit: MoneyUnit | null): MoneyResult {
  if (typeof raw === 'number') return fromNumber(raw, headerUnit);
  if (raw instanceof Date || typeof raw === 'boolean') return reject(REASONS.moneyNotNumber);
  const s = cleanCell(raw);
  if (s === null) return BLANK;
  const plain = PLAIN.exec(s);
  if (plain) {
    const d = decFromDigits(plain[1], plain[2] ?? '');
    return d ? inColumnUnit(d, headerUnit) : reject(REASONS.moneyTooLarge);
  }
  return fromText(s, headerUnit);
}
