/**
 * Places a record in a division when the division column is missing (DOMAIN §3, §7): from a division
 * name in the address text, else a street (镇 / 乡 / 街道) from the division's street list, else the
 * 行政区划码 in a credit code. The same matcher also normalises a free-text division column
 * (`海州`, `连云港市海州区` → 海州区).
 */
import { creditCodeRegion } from './credit-code.ts';
import { cleanLabel } from './text.ts';

/** What the matcher needs of a division (a `SeedDivision` or a division-table row fits). */
export interface DivisionNames {
  name: string;
  streets?: readonly string[];
  /** Extra names for the division (`连云港开发区`); short forms are derived automatically. */
  aliases?: readonly string[];
  /** Parent county of a functional zone: when an address names both, the zone wins. */
  parent?: string | null;
}

/** How a division was found: its name or a long alias, a short stem (`海州`), or a street. */
export type DivisionEvidence = 'name' | 'stem' | 'street';

/** A placed text: the division, what placed it and the text matched. */
export interface DivisionMatch {
  division: string;
  via: DivisionEvidence;
  matched: string;
}

interface Entry {
  text: string;
  division: string;
  via: DivisionEvidence;
}

const ZONE_SUFFIXES: readonly [string, readonly string[]][] = [
  ['经济技术开发区', ['经济技术开发区', '经济开发区', '开发区', '经开区']],
  ['高新技术产业开发区', ['高新技术产业开发区', '高新技术开发区', '高新区']],
  ['高新区', ['高新技术产业开发区', '高新技术开发区', '高新区']],
];

/**
 * Names a division is written as. Long forms (placed without guards): the name, given aliases, and
 * for zones the zone type with and without the city prefix (`连云港经济技术开发区` → `经济技术开发区`,
 * `开发区`, `经开区`, `连云港开发区`; `高新区` → `高新技术产业开发区`). Stems (guarded, see `stemAllowed`):
 * the name without 区 / 县 / 市 (`海州`, `东海`), without 新区 (`徐圩`), or without 风景名胜区 (`云台山`).
 */
function namesOf(d: DivisionNames): { long: string[]; stems: string[] } {
  const long = [d.name, ...(d.aliases ?? [])];
  const stems: string[] = [];
  for (const [suffix, forms] of ZONE_SUFFIXES) {
    if (!d.name.endsWith(suffix)) continue;
    const prefix = d.name.slice(0, -suffix.length);
    for (const f of forms) long.push(f, prefix + f);
    return { long, stems };
  }
  if (d.name.endsWith('风景名胜区')) {
    const stem = d.name.slice(0, -5);
    long.push(stem + '风景区', stem + '景区');
    stems.push(stem);
  } else if (d.name.endsWith('新区') && d.name.length >= 4) {
    stems.push(d.name.slice(0, -2));
  } else if (/[区县市]$/.test(d.name) && d.name.length >= 3) {
    stems.push(d.name.slice(0, -1));
  }
  return { long, stems };
}

/** A stem followed by one of these is part of another word: 连云港, 海州湾, 东海路, 东海大道, 东海岸. */
const BLOCK_NEXT = new Set('港湾路街巷弄道大村桥岸公园小花广宾酒饭店商中学医院银社厂集号楼门'.split(''));
/** Characters that may stand right before a stem (`连云港东海`, `位于海州`); any other ideograph blocks it (山东海洋). */
const ALLOW_PREV = new Set('市省港县区在于往至到及和与属是'.split(''));

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** True when the stem at [i, end) stands as a place name, not inside another word. */
function stemAllowed(s: string, i: number, end: number): boolean {
  if (end < s.length && BLOCK_NEXT.has(s[end])) return false;
  return i === 0 || !isIdeograph(s.charCodeAt(i - 1)) || ALLOW_PREV.has(s[i - 1]);
}

/**
 * Builds a locator over `divisions` once; the returned function scans a text in one pass (index by
 * first character, longest candidate first). Priority: division names and long aliases (when several
 * match, a zone beats its parent county, else the leftmost wins), then a full street name, then a
 * guarded stem — a complete street name (`新海街道`) is firmer evidence than two characters (`东海`).
 * A street or alias listed under two divisions places nothing.
 */
export function makeDivisionLocator(divisions: readonly DivisionNames[]): (text: unknown) => DivisionMatch | null {
  // Every written form once; a form two divisions share is ambiguous and dropped, except that a
  // division's name or long alias outranks another's stem or street of the same text.
  const forms = new Map<string, Entry | null>();
  const add = (text: string, division: string, via: DivisionEvidence): void => {
    if (text.length === 0) return;
    const prev = forms.get(text);
    if (prev === undefined) forms.set(text, { text, division, via });
    else if (prev !== null && prev.division !== division && !(prev.via === 'name' && via !== 'name')) {
      forms.set(text, null);
    }
  };
  for (const d of divisions) {
    const { long, stems } = namesOf(d);
    for (const n of long) add(n, d.name, 'name');
    for (const n of stems) add(n, d.name, 'stem');
  }
  for (const d of divisions) for (const st of d.streets ?? []) add(st, d.name, 'street');
  const byFirst = new Map<string, Entry[]>();
  for (const e of forms.values()) {
    if (e === null) continue;
    const list = byFirst.get(e.text[0]);
    if (list) list.push(e);
    else byFirst.set(e.text[0], [e]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  const parentOf = new Map(divisions.map((d) => [d.name, d.parent ?? null]));

  return (raw: unknown): DivisionMatch | null => {
    const s = cleanLabel(raw);
    if (s === null) return null;
    const names: Entry[] = [];
    let street: Entry | null = null;
    let stem: Entry | null = null;
    for (let i = 0; i < s.length; i++) {
      const list = byFirst.get(s[i]);
      if (!list) continue;
      for (const e of list) {
        if (!s.startsWith(e.text, i)) continue;
        if (e.via === 'stem' && !stemAllowed(s, i, i + e.text.length)) continue;
        if (e.via === 'name') names.push(e);
        else if (e.via === 'street') street ??= e;
        else stem ??= e;
        i += e.text.length - 1;
        break;
      }
    }
    let best: Entry | null = names[0] ?? null;
    if (names.length > 1) {
      const found = new Set(names.map((e) => e.division));
      best = names.find((e) => found.has(parentOf.get(e.division) ?? '')) ?? best;
    }
    best ??= street ?? stem;
    return best ? { division: best.division, via: best.via, matched: best.text } : null;
  };
}

/** {@link makeDivisionLocator} returning only the division name (null when the text places nothing). */
export function makeDivisionMatcher(divisions: readonly DivisionNames[]): (text: unknown) => string | null {
  const locate = makeDivisionLocator(divisions);
  return (text) => locate(text)?.division ?? null;
}

const matcherCache = new WeakMap<readonly DivisionNames[], (text: unknown) => string | null>();

/**
 * One-off form of {@link makeDivisionMatcher}: the matcher is built once per `divisions` array (cached
 * by identity), so calling this per row is fine as long as the same array is passed.
 */
export function inferDivision(text: unknown, divisions: readonly DivisionNames[]): string | null {
  let m = matcherCache.get(divisions);
  if (!m) {
    m = makeDivisionMatcher(divisions);
    matcherCache.set(divisions, m);
  }
  return m(text);
}

/** What credit-code placement needs of a division. */
export interface DivisionRegions {
  name: string;
  regionCodes: readonly string[];
}

const regionCache = new WeakMap<readonly DivisionRegions[], Map<string, string | null>>();

/**
 * The division whose 行政区划码 list holds the region of a 统一社会信用代码 (characters 3–8), or null
 * when the code is malformed, its region is in no list, or in two lists (ambiguous). Cached per array.
 */
export function divisionFromCreditCode(code: unknown, divisions: readonly DivisionRegions[]): string | null {
  const c = cleanLabel(code);
  if (c === null) return null;
  const region = creditCodeRegion(c);
  if (region === null) return null;
  let index = regionCache.get(divisions);
  if (!index) {
    index = new Map();
    for (const d of divisions) {
      for (const r of d.regionCodes) {
        const owner = index.get(r);
        index.set(r, owner === undefined || owner === d.name ? d.name : null);
      }
    }
    regionCache.set(divisions, index);
  }
  return index.get(region) ?? null;
}
