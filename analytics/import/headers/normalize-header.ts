/**
 * Header normalisation. Real exports write the same header in many ways — `罚款金额(万元)`,
 * `罚款金额 （万元）`, `*罚款金额\n（元）`, `12345工单编号` — and the dictionaries must see one form.
 * This is a header-only helper on purpose: value parsing has its own rules in `../values/`.
 */

/** A header split into the name used for matching and the unit it carries. */
export interface NormalizedHeader {
  /** The header text as given, trimmed. */
  original: string;
  /** Half-width, no whitespace or `*`, brackets unified to `()`, prefix and unit removed, lower case. */
  name: string;
  /** Unit from a trailing `(万元)` / `（单位：元）` / `/万元`, or null. */
  unit: string | null;
  /** `12345` / `12348` when the header started with that hotline prefix, else null. */
  hotlinePrefix: string | null;
}

/**
 * Units recognised inside a header. Only these are split off, so a bracket that qualifies the name
 * (`行政相对人代码_1(统一社会信用代码)`, `街道(乡镇)`) stays part of it.
 */
export const HEADER_UNITS: readonly string[] = [
  '万元', '元', '千元', '亿元', '万', '件', '次', '个', '项', '宗', '起', '份', '条', '人', '万人', '人次',
  '户', '万户', '户次', '家', '万家', '家次', '%', '‰', '分', '天', '日', '小时', '平方米', '㎡', 'm²', '吨', '公斤', '千克',
];

const UNIT_SET = new Set(HEADER_UNITS.map((u) => u.toLowerCase()));
const OPEN_BRACKETS = /[[{【〔〖]/g;
const CLOSE_BRACKETS = /[\]}】〕〗]/g;
// Whitespace of every kind, including NBSP, zero-width characters and a stray BOM.
const SPACES = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/g;
const MARKERS = /[*※★☆]/g;
const BRACKET_UNIT = /^(.*?)\((?:单位:?)?([^()]+)\)$/;
const SLASH_UNIT = /^(.+?)\/(?:单位:?)?([^/]+)$/;

/** Converts full-width ASCII (`（`, `：`, `Ｑ１`) and the ideographic space to half-width. */
export function toHalfWidthText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Half-width, unified brackets, no whitespace and no required-field markers; case is kept. */
export function cleanHeaderText(text: string): string {
  return toHalfWidthText(text)
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(SPACES, '')
    .replace(MARKERS, '')
    // A trailing colon is a form habit (`填报单位：`), not part of the name.
    .replace(/:+$/, '');
}

/** Splits a unit off the end of a cleaned header, when the suffix is a known unit. */
function splitUnit(cleaned: string): { name: string; unit: string | null } {
  for (const pattern of [BRACKET_UNIT, SLASH_UNIT]) {
    const m = pattern.exec(cleaned);
    if (m && UNIT_SET.has(m[2].toLowerCase())) return { name: m[1], unit: m[2] };
  }
  return { name: cleaned, unit: null };
}

/**
 * Normalises one header label. `罚款金额 （万元）` → name `罚款金额`, unit `万元`; `12345工单编号` →
 * name `工单编号`, prefix `12345`; `Q1 执法人员是否亮证执法` → name `q1执法人员是否亮证执法`.
 */
export function normalizeHeader(label: string): NormalizedHeader {
  const original = label.trim();
  let cleaned = cleanHeaderText(original);
  let hotlinePrefix: string | null = null;
  // Hotline exports prefix headers with the line number; a longer digit run is not that prefix.
  const prefix = /^(12345|12348)(?=\D)/.exec(cleaned);
  if (prefix) {
    hotlinePrefix = prefix[1];
    cleaned = cleaned.slice(prefix[1].length).replace(/^[-_:]/, '');
  }
  const { name, unit } = splitUnit(cleaned);
  return { original, name: name.toLowerCase(), unit, hotlinePrefix };
}

/** The matching name of a label (shorthand for dictionaries, which store names, not labels). */
export function headerName(label: string): string {
  return normalizeHeader(label).name;
}
