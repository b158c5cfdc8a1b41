/**
 * Shared text helpers for cell values. Every value parser calls these on every cell, so each one
 * first checks whether there is anything to do and returns its input untouched when not.
 */

/** Any character `toHalfWidth` rewrites: full-width ASCII block, ideographic space, full-width ¥. */
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000\uFFE5]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000\uFFE5]/g;

function halfWidthChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x3000) return ' ';
  if (c === 0xffe5) return '\u00a5';
  return String.fromCharCode(c - 0xfee0);
}

/**
 * Full-width forms → ASCII: digits, Latin letters and punctuation U+FF01–U+FF5E (so （）［］：，．－＋％～
 * become ()[]:,.-+%~), the ideographic space U+3000 → ' ', and ￥ → ¥.
 *
 * Only the full-width *compatibility* block is touched: Chinese punctuation with no ASCII twin
 * (、。「」《》—) is left alone, because callers use it as a separator or as part of a name
 * (`没收违法所得、没收非法财物`).
 */
export function toHalfWidth(s: string): string {
  if (!HAS_FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, halfWidthChar);
}

/** Whitespace runs, including NBSP, ideographic space and zero-width characters Excel leaves behind. */
// The zero-width joiner U+200D sits outside the classes: inside one it reads as a joined sequence.
const SPACE_RUN = /(?:[\s\u00a0\u3000\u200b\u200c\u2060\ufeff]|\u200d)+/g;
const HAS_ODD_SPACE = /\s\s|[\t\n\r\f\v\u00a0\u3000\u200b\u200c\u2060\ufeff]|\u200d/;

/**
 * Collapses every whitespace run (tabs, line breaks from Alt+Enter in Excel, NBSP, ideographic and
 * zero-width spaces, BOM) into one ASCII space and trims both ends.
 */
export function normalizeSpace(s: string): string {
  if (!HAS_ODD_SPACE.test(s)) return s.trim();
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Zero-width characters `String.prototype.trim` keeps (they are format characters, not spaces). */
const ZERO_WIDTH_EDGES = /^(?:[\u200b\u200c\u2060]|\u200d)+|(?:[\u200b\u200c\u2060]|\u200d)+$/g;

/**
 * Cell texts that mean "no value" in exported tables. Deliberately short: `-`, `—`, `/` and `NULL`
 * are placeholders systems and clerks write into empty cells. `无` and `0` are NOT blank — in a
 * 没收金额 or 是否 column `无` is an answer (zero / no), so each parser decides what it means.
 * Compared after trimming and upper-casing.
 */
export const BLANK_MARKERS: ReadonlySet<string> = new Set([
  '-', '--', '－', '—', '——', '–', '/', '／', '\\', 'NULL', '(NULL)', '<NULL>', 'N/A',
]);

/**
 * Whether a text starting with this character could be one of {@link BLANK_MARKERS}: every cell of
 * an import passes here, and most short cells (法人, 罚款, 2025-01-01) can be told apart by their
 * first character without upper-casing them for the set lookup.
 */
function mayBeMarker(c: number): boolean {
  return c === 0x2d || c === 0x2f || c === 0x5c || c === 0x28 || c === 0x3c || c === 0x4e || c === 0x6e || // - / \ ( < N n
    c === 0xff0d || c === 0xff0f || c === 0x2014 || c === 0x2013; // － ／ — –
}

/**
 * A cell as trimmed text, or null when it is blank.
 *
 * - null / undefined, empty or all-whitespace strings and {@link BLANK_MARKERS} → null;
 * - text kept as text for Excel — `="0123"` (CSV) or an apostrophe before a code (`'320706…`) → the text inside;
 * - finite numbers → `String(n)` (NaN and ±Infinity → null: they are reader artefacts, not data);
 * - valid `Date`s → ISO text (invalid → null); booleans → `'TRUE'` / `'FALSE'` like Excel shows them.
 *
 * The text keeps its inner spacing and full-width characters: names and document numbers are stored
 * as the agency wrote them; parsers normalise their own copy.
 */
export function cleanCell(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') {
    let s = raw.trim();
    if (s.length === 0) return null;
    const first = s.charCodeAt(0);
    const last = s.charCodeAt(s.length - 1);
    if ((first >= 0x200b && first <= 0x2060) || (last >= 0x200b && last <= 0x2060)) {
      s = s.replace(ZERO_WIDTH_EDGES, '').trim();
      if (s.length === 0) return null;
    }
    // The first character after the edges were cleaned: a zero-width mark may have stood before it.
    const c0 = s.charCodeAt(0);
    if (s.length <= 6 && mayBeMarker(c0) && BLANK_MARKERS.has(s.toUpperCase())) return null;
    if (c0 === 0x3d || c0 === 0x27) return unwrapTextGuard(s);
    return s;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (typeof raw === 'bigint') return raw.toString();
  return cleanCell(String(raw));
}

// `="0123"`: the formula systems write into CSV so Excel keeps leading zeros and long codes as text.
const FORMULA_TEXT = /^="([^"]*)"$/;
// `'0123` / `'320706…`: an apostrophe typed (or exported) to keep a code as text; in a CSV it stays in the cell.
const QUOTED_CODE = /^'([0-9A-Za-z][0-9A-Za-z-]*)$/;

/** The text inside `="…"` or after a code's leading apostrophe; `s` itself otherwise (null when nothing is inside). */
function unwrapTextGuard(s: string): string | null {
  const m = FORMULA_TEXT.exec(s) ?? QUOTED_CODE.exec(s);
  if (!m) return s;
  return cleanCell(m[1]);
}

/** `cleanCell`, then half-width and single-spaced: the form label matchers compare against. */
export function cleanLabel(raw: unknown): string | null {
  const s = cleanCell(raw);
  return s === null ? null : normalizeSpace(toHalfWidth(s));
}
