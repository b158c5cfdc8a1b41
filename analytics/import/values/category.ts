/**
 * 处罚类别 (penalty categories): the 2021 code list, the heaviest-category rule and the annual-statistics
 * grouping (DOMAIN §1, §4), plus the splitter that turns a multi-valued cell in any era's wording into
 * 2021 names.
 */
import { cleanCell, toHalfWidth } from './text.ts';

/** The 14 categories of the 2021 行政处罚法 code list, by code. */
export const CATEGORY_CODES = {
  '01': '警告', '02': '罚款', '03': '没收违法所得', '04': '责令停产停业', '05': '吊销许可证', '06': '行政拘留',
  '07': '其他', '08': '通报批评', '09': '没收非法财物', '10': '降低资质等级', '11': '暂扣许可证',
  '12': '限制开展经营活动', '13': '限制从业', '14': '责令关闭',
} as const;

/** A 2021 category name. */
export type PenaltyCategory = (typeof CATEGORY_CODES)[keyof typeof CATEGORY_CODES];

/**
 * Heaviest first, for counting a combined decision once (DOMAIN §1). Not confirmed against the
 * Jiangsu template, hence data: 没收违法所得 and 没收非法财物 share a rank in DOMAIN, listed here in
 * code order (they also share an annual group, so the order between them changes no count).
 */
export const HEAVIEST_ORDER: readonly PenaltyCategory[] = [
  '行政拘留', '责令关闭', '吊销许可证', '限制从业', '责令停产停业', '限制开展经营活动', '降低资质等级',
  '暂扣许可证', '没收违法所得', '没收非法财物', '罚款', '通报批评', '警告', '其他',
];

const RANK = new Map<string, number>(HEAVIEST_ORDER.map((c, i) => [c, i]));

/** The heaviest of `categories` by {@link HEAVIEST_ORDER}, or null when none is a 2021 category. */
export function heaviestCategory(categories: readonly string[]): PenaltyCategory | null {
  let best = -1;
  for (const c of categories) {
    const r = RANK.get(c);
    if (r !== undefined && (best < 0 || r < best)) best = r;
  }
  return best < 0 ? null : HEAVIEST_ORDER[best];
}

/** Annual-statistics indicator codes of the penalty table (DOMAIN §4). */
export type AnnualPenaltyIndicator =
  | 'penalty_warning' | 'penalty_fine' | 'penalty_confiscation' | 'penalty_suspend_license'
  | 'penalty_revoke_license' | 'penalty_restrict' | 'penalty_stop_close' | 'penalty_detention' | 'penalty_other';

/** The annual-statistics column each category is counted in (警告、通报批评 · 罚款 · 没收 · 暂扣/降级 · …). */
export const ANNUAL_GROUP: Readonly<Record<PenaltyCategory, AnnualPenaltyIndicator>> = {
  警告: 'penalty_warning',
  通报批评: 'penalty_warning',
  罚款: 'penalty_fine',
  没收违法所得: 'penalty_confiscation',
  没收非法财物: 'penalty_confiscation',
  暂扣许可证: 'penalty_suspend_license',
  降低资质等级: 'penalty_suspend_license',
  吊销许可证: 'penalty_revoke_license',
  限制开展经营活动: 'penalty_restrict',
  责令停产停业: 'penalty_stop_close',
  责令关闭: 'penalty_stop_close',
  限制从业: 'penalty_stop_close',
  行政拘留: 'penalty_detention',
  其他: 'penalty_other',
};

/**
 * The pre-2021 code 暂扣或者吊销许可证、暂扣或者吊销执照 and its shortenings: one name for two categories.
 * It becomes 吊销许可证 (the heavier reading, so a combined decision is not under-counted) unless the
 * decision's content mentions 暂扣 and not 吊销.
 */
const SUSPEND_OR_REVOKE = /暂扣或(?:者)?吊销(?:许可证|执照|证照)?(?:[、,和及]暂扣或(?:者)?吊销(?:许可证|执照|证照))?/g;
/**
 * The pre-2021 code 没收违法所得、没收非法财物 (also written 没收违法所得、非法财物 / 和 / 及). It reads the
 * same as a 2021 cell listing both, so both readings give 没收违法所得 alone: the two share a rank and
 * an annual group, so only the category mix (one count instead of two) depends on this choice.
 */
const CONFISCATE_PAIR = /没收违法所得(?:、|和|及|,)(?:没收)?非法财物/g;
const SEPARATORS = /[;,、/|\s]+|并处|以及|和|及|与|并/;
const PARENS = /\([^)]*\)|【[^】]*】|\[[^\]]*\]/g;
const CODE_ONLY = /^0?([1-9]|1[0-4])$/;

/**
 * Keywords → 2021 category, longest first so `没收违法所得` wins over `没收` and `责令关闭` over `关闭`.
 * Each mapping: 吊销营业执照 / 吊销执照 / 吊销证照 → 吊销许可证 (licences and business licences share code 05);
 * 暂扣执照 → 暂扣许可证; 责令停业整顿 / 停产整顿 / 责令停产 / 责令停业 → 责令停产停业; 拘留 → 行政拘留;
 * 降级 → 降低资质等级; 禁止从业 → 限制从业; 限制生产经营 → 限制开展经营活动; 没收非法所得 → 没收违法所得;
 * 没收财物 / 没收工具 and a bare 没收 → 没收非法财物 / 没收违法所得 (bare: the first code of the pair);
 * 其它 → 其他.
 */
const KEYWORDS: readonly [string, PenaltyCategory][] = ([
  ['行政拘留', '行政拘留'], ['拘留', '行政拘留'],
  ['责令关闭', '责令关闭'], ['关闭', '责令关闭'],
  ['吊销', '吊销许可证'],
  ['暂扣', '暂扣许可证'],
  ['降低资质等级', '降低资质等级'], ['降低资质', '降低资质等级'], ['降级', '降低资质等级'],
  ['限制从业', '限制从业'], ['禁止从业', '限制从业'],
  ['限制开展生产经营活动', '限制开展经营活动'], ['限制开展经营活动', '限制开展经营活动'],
  ['限制生产经营', '限制开展经营活动'], ['限制经营', '限制开展经营活动'],
  ['责令停产停业', '责令停产停业'], ['停产停业', '责令停产停业'], ['责令停业整顿', '责令停产停业'],
  ['停业整顿', '责令停产停业'], ['停产整顿', '责令停产停业'], ['责令停产', '责令停产停业'], ['责令停业', '责令停产停业'],
  ['没收违法所得', '没收违法所得'], ['没收非法所得', '没收违法所得'],
  ['没收非法财物', '没收非法财物'], ['没收财物', '没收非法财物'], ['没收工具', '没收非法财物'],
  ['没收', '没收违法所得'],
  ['通报批评', '通报批评'], ['警告', '警告'], ['罚款', '罚款'],
  ['其他', '其他'], ['其它', '其他'],
] as [string, PenaltyCategory][]).sort((a, b) => b[0].length - a[0].length);

const KEYWORD_RE = new RegExp(KEYWORDS.map(([k]) => k).join('|'), 'g');
const KEYWORD_MAP = new Map<string, PenaltyCategory>(KEYWORDS);

/** Result of {@link splitCategories}. */
export interface CategorySplit {
  /** 2021 names, deduplicated, in the order the cell gives them. */
  categories: PenaltyCategory[];
  /** Parts naming no category (`责令改正`, `行政处罚`), as written: shown in the import report. */
  unknown: string[];
}

/**
 * Splits and normalises a 处罚类别 cell: `罚款；没收违法所得`, `警告,罚款`, `02`, `02罚款`, `罚款（2000元）`,
 * `吊销营业执照`, `警告并处罚款`, pre-2021 names. Separators: ；;，,、/| and whitespace, 和 / 及 / 与 / 并处 / 并
 * (none of them occurs inside a 2021 name). A part may hold several keywords without separators
 * (`警告罚款`). Bare codes 1–14 (with or without the leading 0) are 2021 codes.
 *
 * `content` (处罚内容, optional) only resolves the pre-2021 暂扣或者吊销… name (see SUSPEND_OR_REVOKE).
 */
export function splitCategories(raw: unknown, content?: string | null): CategorySplit {
  const cell = cleanCell(raw);
  if (cell === null) return { categories: [], unknown: [] };
  // A column holds a few dozen distinct texts; only 暂扣或吊销 also depends on the content.
  const byCellAlone = !cell.includes('暂扣或');
  const known = byCellAlone ? SPLITS.get(cell) : undefined;
  if (known) return { categories: known.categories.slice(), unknown: known.unknown.slice() };
  const split = splitCell(cell, content);
  if (byCellAlone) {
    if (SPLITS.size >= MAX_SPLITS) SPLITS.clear();
    SPLITS.set(cell, { categories: split.categories.slice(), unknown: split.unknown.slice() });
  }
  return split;
}

/** Splits already worked out, by cell text (cleared when full: free-text columns have no repeats). */
const SPLITS = new Map<string, CategorySplit>();
const MAX_SPLITS = 4096;

function splitCell(cell: string, content?: string | null): CategorySplit {
  const categories: PenaltyCategory[] = [];
  const unknown: string[] = [];
  let s = toHalfWidth(cell);
  if (s.includes('暂扣或')) {
    const onlySuspend = !!content && content.includes('暂扣') && !content.includes('吊销');
    s = s.replace(SUSPEND_OR_REVOKE, onlySuspend ? '暂扣许可证' : '吊销许可证');
  }
  if (s.includes('没收违法所得')) s = s.replace(CONFISCATE_PAIR, '没收违法所得');
  s = s.replace(PARENS, ' ');
  for (const part of s.split(SEPARATORS)) {
    if (part.length === 0) continue;
    let found = false;
    KEYWORD_RE.lastIndex = 0;
    for (let m = KEYWORD_RE.exec(part); m !== null; m = KEYWORD_RE.exec(part)) {
      const c = KEYWORD_MAP.get(m[0]) as PenaltyCategory;
      if (!categories.includes(c)) categories.push(c);
      found = true;
    }
    if (found) continue;
    const code = CODE_ONLY.exec(part);
    if (code) {
      const c = CATEGORY_CODES[code[1].padStart(2, '0') as keyof typeof CATEGORY_CODES];
      if (!categories.includes(c)) categories.push(c);
    } else if (!unknown.includes(part)) {
      unknown.push(part);
    }
  }
  return { categories, unknown };
}
