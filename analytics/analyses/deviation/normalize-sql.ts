/**
 * Text normalization done in SQL, so rules and cases (and inspection targets) compare the way an
 * analyst reads them, not byte for byte. The translation tables reach DuckDB as bound parameters;
 * the regular expressions are constant text of this file.
 */
import { sql, type Fragment } from '../../sql/fragment.ts';

function charRange(from: number, to: number): string {
  let out = '';
  for (let c = from; c <= to; c++) out += String.fromCharCode(c);
  return out;
}

/** Full-width ASCII forms U+FF01–U+FF5E and the ideographic space U+3000. */
export const FULL_WIDTH = charRange(0xff01, 0xff5e) + '\u3000';
/** Their half-width twins, position for position. */
export const HALF_WIDTH = charRange(0x21, 0x7e) + ' ';

/**
 * `expr` with full-width letters, digits, punctuation and spaces turned half-width. `translate`
 * costs microseconds per call (it rebuilds its map each time), so it only runs on text that holds a
 * full-width character. Callers still normalize distinct values or a few hundred keys, never every row.
 */
export function halfWidth(expr: Fragment): Fragment {
  return sql`CASE WHEN regexp_matches(${expr}, '[\\x{FF01}-\\x{FF5E}\\x{3000}]') THEN translate(${expr}, ${FULL_WIDTH}, ${HALF_WIDTH}) ELSE ${expr} END`;
}

/**
 * Normalized violation name (or 处罚依据, or target name): half-width, lower-case, with every
 * whitespace and Unicode space separator (NBSP …), Unicode punctuation (brackets of every kind （）【】〔〕《》「」, quotes, 、，。；：—·) and
 * format character (zero-width spaces) removed; null when nothing is left. Bracket *contents* are
 * kept — `无照经营（个体）` and `无照经营` stay different, since a bracket often names a distinct
 * variant of the violation. `生产、销售不合格产品` and `生产销售不合格产品` become equal.
 */
export function normName(expr: Fragment): Fragment {
  return sql`nullif(lower(regexp_replace(${halfWidth(expr)}, '[\\s\\p{Z}\\p{P}\\p{Cf}<>]', '', 'g')), '')`;
}

/**
 * Normalized code (违法行为代码, 统一社会信用代码): half-width, upper-case, whitespace and Unicode spaces removed; null when
 * blank. Hyphens and other characters stay: codes are identifiers.
 */
export function normCode(expr: Fragment): Fragment {
  return sql`nullif(upper(regexp_replace(${halfWidth(expr)}, '[\\s\\p{Z}]', '', 'g')), '')`;
}
