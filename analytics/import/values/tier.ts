/**
 * Discretion tiers (裁量阶次 / 违法情节, DOMAIN §2). Benchmarks use two vocabularies (不予处罚 / 减轻 /
 * 从轻 / 一般 / 从重, and 轻微 / 一般 / 较重 / 严重 / 特别严重); both map onto one rank so a case's tier can
 * be compared with a rule's.
 */
import { cleanLabel } from './text.ts';

/** Normalised tier names, index = rank. */
export const TIER_NAMES = ['不予处罚', '减轻', '从轻', '一般', '较重', '从重', '特别严重'] as const;

/** A normalised tier name. */
export type TierName = (typeof TIER_NAMES)[number];

/** A recognised tier: its normalised name, rank 0–6 and the label as written (trimmed, half-width, single-spaced). */
export interface Tier {
  tier: TierName;
  rank: number;
  raw: string;
}

/**
 * Keyword → rank, checked in this order (the first hit wins), so longer or more specific words come
 * before the words they contain: 特别严重 before 严重, 较严重 before 严重, 不予 before anything.
 * - 轻微 and 较轻 → 2 (从轻): DOMAIN §2 puts 轻微 at 从轻's rank; 较轻 is the same degree in other tables.
 * - 严重 → 5 (从重) and 较严重 → 4 (较重), per DOMAIN's second vocabulary.
 * - 首违不罚 / 免予 / 不罚 → 0.
 * - 中等 → 3 (一般), the middle band some tables use.
 */
const RULES: readonly [RegExp, number][] = [
  [/不予|免予|免于|不罚|免罚/, 0],
  [/特别严重|特别重大|极其严重/, 6],
  [/减轻/, 1],
  [/从轻|轻微|较轻/, 2],
  [/较严重|较重/, 4],
  [/从重|严重/, 5],
  [/一般|中等/, 3],
];

/**
 * Normalises a tier label, or null when it names no tier (blank, numbered quantity bands such as
 * `第一档`, letters). Variants: `减轻处罚`, `从轻处罚`, `情节轻微`, `违法情节较轻`, `一般情节`, `情节一般`,
 * `情节较重`, `情节严重`, `情节特别严重`, `从重处罚`, `不予行政处罚`, `首违不罚`.
 */
export function normalizeTier(raw: unknown): Tier | null {
  const s = cleanLabel(raw);
  if (s === null) return null;
  for (const [re, rank] of RULES) {
    if (re.test(s)) return { tier: TIER_NAMES[rank], rank, raw: s };
  }
  return null;
}
