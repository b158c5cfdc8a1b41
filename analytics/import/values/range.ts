/**
 * Discretion-benchmark range text (处罚裁量标准, DOMAIN §2) → fine bounds in 元, or multiples of a base
 * (违法所得 / 货值金额 …) kept as multiples, or "no fine". All bounds are closed: 以上 / 以下 / 以内
 * include the number itself (刑法第九十九条), and `X元以下` starts at 0.
 */
import { type Dec, decShift, decToHundredths, decToNumber } from './decimal.ts';
import { type RangeToken, rangeTokens } from './range-tokens.ts';
import { REASONS, reject, type Rejected } from './reasons.ts';
import { cleanCell, toHalfWidth } from './text.ts';

/** A fine between two amounts in 元; `maxYuan` null = no upper bound (`10万元以上`). */
export interface FixedRange {
  kind: 'fixed';
  minYuan: number;
  maxYuan: number | null;
}

/**
 * A fine as multiples of a base amount: `违法所得1倍以上3倍以下` → base 违法所得, 1–3;
 * `违法所得30%至50%` → 0.3–0.5. `base` is 违法所得 or 货值金额 when the text names those (货值 → 货值金额,
 * 非法所得 → 违法所得), else the phrase as written (`工程合同价款`), or null when the text names none
 * (`2倍以下`, where the base is in another column).
 */
export interface MultipleRange {
  kind: 'multiple';
  base: string | null;
  min: number;
  max: number | null;
}

/** No fine: `不予罚款`, `免予处罚`, `不予处罚`, or a standard with only non-monetary penalties (`警告`). Fine bounds 0–0. */
export interface NoFine {
  kind: 'none';
}

/** What a range text prescribes. */
export type BenchmarkRange = FixedRange | MultipleRange | NoFine;

/**
 * Result of {@link parseRange}. `fallback` is the fixed range for cases without the multiple's base
 * (`…；没有违法所得的，处25万元以上50万元以下罚款`); present only with a multiple. A blank cell gives
 * `value: null`.
 */
export type RangeResult =
  | { ok: true; value: BenchmarkRange; fallback?: FixedRange }
  | { ok: true; value: null }
  | Rejected;

/** Texts that say no fine is imposed. */
const NO_PENALTY = /不予(?:行政)?(?:处罚|罚款)|免予(?:行政)?(?:处罚|罚款)|免于(?:行政)?(?:处罚|罚款)|免罚|不罚|不处罚|首违不罚/;
/** Penalties other than a fine: a standard naming only these prescribes no fine. */
const OTHER_PENALTY = /警告|通报批评|没收|吊销|暂扣|责令停产停业|责令停业|责令关闭|拘留|降低资质|限制从业|限制开展|责令改正/;
const WHITESPACE = /\s+/g;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

interface Interval {
  kind: 'fixed' | 'multiple';
  min: number;
  max: number | null;
  base: string | null;
}

function isMultiple(t: RangeToken): boolean {
  return t.kind === 'multiple' || t.kind === 'percent' || t.kind === 'permille';
}

/** A token's bound: 元 for money, the multiple itself (percent ÷ 100) otherwise. Null on overflow. */
function bound(t: RangeToken): number | null {
  switch (t.kind) {
    case 'multiple': return decToNumber(t.value);
    case 'percent': return decToNumber(decShift(t.value, -2));
    case 'permille': return decToNumber(decShift(t.value, -3));
    default: return decToHundredths(t.value);
  }
}

/**
 * Gives a unit-less number the unit of its range partner: `1-3万元` → 1万; `30-50%` → 30%. A number
 * borrows the partner's 万/千 only if that keeps it at or below the partner (`5000-1万元` is 5000 元).
 */
function borrow(a: RangeToken, b: RangeToken): RangeToken {
  if (a.kind !== 'bare' || b.kind === 'bare') return a;
  if (b.kind !== 'money' || b.shift === 0) return { ...a, kind: b.kind, base: a.base ?? b.base };
  const shifted: Dec = decShift(a.value, b.shift);
  return decToNumber(shifted) <= decToNumber(b.value) ? { ...a, kind: 'money', value: shifted } : { ...a, kind: 'money' };
}

function asInterval(lo: RangeToken | null, hi: RangeToken | null): Interval | null {
  const ref = (lo ?? hi) as RangeToken;
  const kind = isMultiple(ref) ? 'multiple' : 'fixed';
  const min = lo ? bound(lo) : 0;
  const max = hi ? bound(hi) : null;
  if (min === null || (hi && max === null)) return null;
  // The base is written before the first number of a pair (`违法所得1倍以上3倍以下`).
  return { kind, min, max, base: kind === 'multiple' ? (lo ? lo.base : (hi as RangeToken).base) : null };
}

function sameFamily(a: RangeToken, b: RangeToken): boolean {
  return isMultiple(a) === isMultiple(b);
}

/** Pairs tokens into intervals: linked pairs, 以上…以下 pairs, then single bounds. */
function intervals(tokens: RangeToken[]): Interval[] | null {
  const out: Interval[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    const next = tokens[i + 1];
    let iv: Interval | null;
    if (next && (t.linkNext || (t.qual === 'min' && next.qual === 'max')) && sameFamily(borrow(t, next), borrow(next, t))) {
      iv = asInterval(borrow(t, next), borrow(next, t));
      i++;
    } else {
      if (t.kind === 'bare') t = { ...t, kind: 'money' }; // `5000以下`: a bare bound is in 元
      if (t.qual === 'max') iv = asInterval(null, t);
      else if (t.qual === 'min') iv = asInterval(t, null);
      else iv = asInterval(t, t); // `处1000元罚款`: a fixed amount
    }
    if (!iv) return null;
    out.push(iv);
  }
  return out;
}

/** Smallest interval containing all of `list` (the standard allows any of them). */
function hull(list: Interval[]): { min: number; max: number | null } {
  let min = Infinity;
  let max: number | null = -Infinity;
  for (const iv of list) {
    if (iv.min < min) min = iv.min;
    if (max !== null) max = iv.max === null ? null : Math.max(max, iv.max);
  }
  return { min, max };
}

/**
 * Parses a range text. Every pattern of DOMAIN §2: `处5000元以上1万元以下罚款`, `5000元以上10000元以下`,
 * `1-3万元`, `1～3万元`, `1万元至3万元`, `3000元以下` (0–3000), `10万元以上` (no maximum), `不予罚款` /
 * `免予处罚` (none), `违法所得1倍以上3倍以下`, `货值金额2倍以上5倍以下`, `违法所得30%至50%` (0.3–0.5),
 * `2倍以下`, `警告，可并处500元以下罚款`, full-width digits, Chinese numerals (`五千元以上一万元以下`, `两倍`,
 * `百分之三十`) and 千/万/百万/亿 units.
 *
 * Several clauses: condition clauses (`没有违法所得的，`) are skipped; when the text has both multiples
 * and amounts, the multiples are the value and the amounts the `fallback`; several ranges of one kind
 * (`对个人处200元以下罚款；对单位处1000元以上5000元以下罚款`) give their hull (0–5000), the bounds any of
 * them allows. Multiples of different bases keep the first base's ranges only.
 *
 * A plain number (`5000`, a numeric cell) is the fixed amount 5000–5000 元.
 *
 * Rejected: text with no bounds that is not a no-fine text (`无法解析裁量标准`); a minimum above the
 * maximum (`裁量标准下限大于上限`).
 */
export function parseRange(raw: unknown): RangeResult {
  const cell = cleanCell(raw);
  if (cell === null) return { ok: true, value: null };
  const text = toHalfWidth(cell).replace(WHITESPACE, '');
  // A plain number (a numeric cell) is a fixed amount in 元; inside text a bare number needs a qualifier.
  const list = PLAIN_NUMBER.test(text) ? intervals(rangeTokens(text + '元')) : intervals(rangeTokens(text));
  if (list === null) return reject(REASONS.rangeUnparsed);
  if (list.length === 0) {
    if (NO_PENALTY.test(text) || (!text.includes('罚款') && OTHER_PENALTY.test(text))) {
      return { ok: true, value: { kind: 'none' } };
    }
    return reject(REASONS.rangeUnparsed);
  }
  for (const iv of list) if (iv.max !== null && iv.min > iv.max) return reject(REASONS.rangeInverted);
  const fixed = list.filter((iv) => iv.kind === 'fixed');
  const multiples = list.filter((iv) => iv.kind === 'multiple');
  const fixedValue = (): FixedRange => {
    const h = hull(fixed);
    return { kind: 'fixed', minYuan: h.min, maxYuan: h.max };
  };
  if (multiples.length === 0) return { ok: true, value: fixedValue() };
  const base = multiples[0].base;
  const h = hull(multiples.filter((iv) => iv.base === base));
  const value: MultipleRange = { kind: 'multiple', base, min: h.min, max: h.max };
  return fixed.length > 0 ? { ok: true, value, fallback: fixedValue() } : { ok: true, value };
}
