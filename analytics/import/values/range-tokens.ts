/**
 * Tokenizer for discretion-benchmark range text (处罚裁量标准, DOMAIN §2): finds each amount, multiple
 * or percentage with its qualifier (以上 / 以下 / 不超过 …), whether it is joined to the next one by a
 * range dash (`1-3万元`, `1万元至3万元`), and, for multiples, the base written before it (违法所得,
 * 货值金额 …). Condition clauses (`没有违法所得的，`) are dropped here: their amounts describe the case,
 * not the fine.
 */
import type { Dec } from './decimal.ts';
import { isNumeralStart, readNumeral } from './numeral.ts';

/** What a number in range text measures. `bare` has no unit: it borrows one from its range partner or means 元. */
export type RangeTokenKind = 'money' | 'multiple' | 'percent' | 'permille' | 'bare';

/** One number of a range text. */
export interface RangeToken {
  kind: RangeTokenKind;
  /** For money: 元 (万/千 already applied). Otherwise the number as written. */
  value: Dec;
  /** Power of ten written at the end of the number (`3万` → 4); a bare partner borrows it (`1-3万元`). */
  shift: number;
  /** `min` for 以上 / 不低于 / 超过…, `max` for 以下 / 以内 / 不超过 / 不足…, else null. */
  qual: 'min' | 'max' | null;
  /** Joined to the next token by a range separator (`-`, `~`, `至`, `到`). */
  linkNext: boolean;
  /** For multiples and percentages: the base named before the number, normalised; null when none. */
  base: string | null;
}

const POWER: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Qualifiers after a number; 以上/以下/以内 include the bound (刑法第九十九条), so bounds are closed. */
const POST_QUAL: readonly [string, 'min' | 'max'][] = [
  ['及以上', 'min'], ['或以上', 'min'], ['以上', 'min'], ['之上', 'min'],
  ['及以下', 'max'], ['或以下', 'max'], ['以下', 'max'], ['以内', 'max'], ['之下', 'max'], ['之内', 'max'],
];
/**
 * Qualifiers before a number. The strict ones (不足, 低于, 超过, 高于) are open bounds in law; a range
 * type with closed bounds only cannot say so, and a fine exactly at such a bound is vanishingly rare,
 * so they are read as closed.
 */
const PRE_QUAL: readonly [string, 'min' | 'max'][] = [
  ['不超过', 'max'], ['不高于', 'max'], ['不多于', 'max'], ['最高', 'max'], ['最多', 'max'], ['至多', 'max'],
  ['低于', 'max'], ['不足', 'max'], ['少于', 'max'], ['小于', 'max'], ['未满', 'max'],
  ['不低于', 'min'], ['不少于', 'min'], ['最低', 'min'], ['至少', 'min'], ['超过', 'min'], ['高于', 'min'],
  ['多于', 'min'], ['大于', 'min'],
].sort((a, b) => b[0].length - a[0].length) as [string, 'min' | 'max'][]; // 不低于 before 低于
const RANGE_SEP = /^(?:-|~|至|到|—|–|〜|~至|—至)$/;
/** `(含本数)`, `（含）`, `(不含本数)`: notes on the bound, not numbers. */
const BOUND_NOTE = /\((?:不)?含[^)]*\)/g;
/** Thousands separators, removed before clauses are split on commas. */
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
// Brackets end a clause too: tables write the no-gain case as `…3倍以下（无违法所得的，处…）`, and
// without the split the main range would share a clause with that condition and be skipped with it.
const CLAUSE_SPLIT = /[;。,\n:()]/;
/** `…的处` (no comma): the text before is the condition of the clause that follows (`…的处罚` is not). */
const CONDITION_END = /的(?=(?:处(?!罚)|并处|可处|可以处|对|给予|予以|责令))/;
/** Words between the previous number (or 处) and a base: `以上`, `至`, `并处`, `按`, `处以` … */
const NOISE_BEFORE_BASE = /^(?:以上|以下|以内|之上|之下|之内|或者|或|至|到|-|~|以其|以|按照|按|为|对|给予|予以|罚款|罚|并|可以|可|处)+/;

/**
 * The base of a multiple: the text between the previous number (or the last 处) and this one,
 * without connecting words (`处违法所得` → 违法所得, `货值金额` → 货值金额, `处工程合同价款` → 工程合同价款).
 */
function baseBefore(prefix: string): string | null {
  const at = prefix.lastIndexOf('处');
  let p = at >= 0 ? prefix.slice(at + 1) : prefix;
  p = p.replace(NOISE_BEFORE_BASE, '');
  while (p.endsWith('的')) p = p.slice(0, -1);
  if (p.includes('违法所得') || p.includes('非法所得')) return '违法所得';
  if (p.includes('货值')) return '货值金额';
  return p.length >= 2 && p.length <= 16 ? p : null;
}

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function trailingShift(text: string): number {
  let shift = 0;
  for (let k = text.length - 1; k >= 0; k--) {
    const p = POWER[text[k]];
    if (p === undefined) break;
    shift += p;
  }
  return shift;
}

function qualBefore(clause: string, start: number): 'min' | 'max' | null {
  const before = clause.slice(Math.max(0, start - 3), start);
  for (const [q, side] of PRE_QUAL) if (before.endsWith(q)) return side;
  return null;
}

function tokensOfClause(clause: string, out: RangeToken[]): void {
  let prevEnd = -1;
  let prev: RangeToken | null = null;
  let lastNumberEnd = 0; // where the text a base can come from starts
  for (let i = 0; i < clause.length; i++) {
    let kind: RangeTokenKind | null = null;
    let numStart = i;
    if (clause.startsWith('百分之', i)) { kind = 'percent'; numStart = i + 3; }
    else if (!isNumeralStart(clause, i)) continue;
    const t = readNumeral(clause, numStart);
    if (!t) { i = numStart; continue; }
    let j = t.end;
    const shift = trailingShift(clause.slice(numStart, t.end));
    const ch = clause[j];
    if (kind === null) {
      if (ch === '元') { kind = 'money'; j++; }
      else if (ch === '倍') { kind = 'multiple'; j++; }
      else if (ch === '%') { kind = 'percent'; j++; }
      else if (ch === '‰') { kind = 'permille'; j++; }
      else if (shift >= 3) kind = 'money'; // `1-3万`, `罚款一万`: 万/千 at the end states the unit
      else kind = 'bare';
    }
    let qual: 'min' | 'max' | null = null;
    for (const [q, side] of POST_QUAL) {
      if (clause.startsWith(q, j)) { qual = side; j += q.length; break; }
    }
    // `超过100平方米`: a number followed by another unit is a quantity, whatever stands before it.
    const otherUnit = kind === 'bare' && qual === null && isIdeograph(clause.charCodeAt(j)) && !RANGE_SEP.test(clause[j]);
    if (otherUnit) { prev = null; prevEnd = -1; lastNumberEnd = j; i = j - 1; continue; }
    qual ??= qualBefore(clause, i);
    if (prev && prevEnd >= 0 && RANGE_SEP.test(clause.slice(prevEnd, i))) prev.linkNext = true;
    const token: RangeToken = {
      kind, value: t.value, shift, qual, linkNext: false,
      base: kind === 'money' || (kind === 'bare' && qual !== null) ? null : baseBefore(clause.slice(lastNumberEnd, i)),
    };
    lastNumberEnd = j;
    // A bare number with neither a qualifier nor a range partner is an article number, an area…: not a bound.
    if (kind !== 'bare' || qual !== null || (prev && prev.linkNext) || RANGE_SEP.test(clause.slice(j, j + 1))) {
      out.push(token);
      prev = token;
      prevEnd = j;
    } else {
      prev = null;
      prevEnd = -1;
    }
    i = j - 1;
  }
}

/**
 * The tokens of a range text, in reading order, skipping condition clauses. `text` must already be
 * half-width with whitespace removed.
 */
export function rangeTokens(text: string): RangeToken[] {
  const s = text.replace(BOUND_NOTE, '').replace(THOUSANDS, '$1');
  const out: RangeToken[] = [];
  for (const clause of s.split(CLAUSE_SPLIT)) {
    if (clause.length === 0 || clause.endsWith('的')) continue; // `没有违法所得的` is a condition
    const parts = clause.split(CONDITION_END);
    tokensOfClause(parts[parts.length - 1], out);
  }
  return out;
}
