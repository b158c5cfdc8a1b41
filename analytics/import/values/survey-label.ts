/**
 * Survey answers → scores on 0–100 through a label map (DOMAIN §6). The map is data: analysts pick a
 * preset or enter their own; it is stored with the survey so scores can be recomputed.
 */
import { REASONS, reject, type Rejected } from './reasons.ts';
import { cleanCell, cleanLabel } from './text.ts';

/** Label → score on 0–100. */
export type SurveyLabelMap = Readonly<Record<string, number>>;

/** The five-level 好差评 scale, best first; the last two are 差评 (DOMAIN §6). */
export const FIVE_LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;

/** Points 5 → 1 as used in questionnaires, converted to 0–100 as (p − 1) / 4 · 100. */
function pointsMap(): SurveyLabelMap {
  const map: Record<string, number> = {};
  FIVE_LEVELS.forEach((label, i) => { map[label] = ((5 - i - 1) / 4) * 100; });
  return map;
}

/**
 * Label maps in use (DOMAIN §6):
 * - `default` 100 / 80 / 60 / 30 / 0 — the usual 好差评 weighting, 差评 well below 基本满意;
 * - `linear` 100 / 75 / 50 / 25 / 0 — equal steps;
 * - `points` 5 / 4 / 3 / 2 / 1 points rescaled by (p − 1) / 4 · 100. On 0–100 this equals `linear`;
 *   it is kept as its own preset because reports name the scale the survey used.
 */
export const SURVEY_LABEL_PRESETS = {
  default: { 非常满意: 100, 满意: 80, 基本满意: 60, 不满意: 30, 非常不满意: 0 },
  linear: { 非常满意: 100, 满意: 75, 基本满意: 50, 不满意: 25, 非常不满意: 0 },
  points: pointsMap(),
} as const satisfies Record<string, SurveyLabelMap>;

/** Result of {@link mapSurveyLabel}; a blank or "no opinion" answer has `score: null`. */
export type SurveyScoreResult = { ok: true; score: number | null } | Rejected;

/**
 * Common wordings of the five levels. 比较满意 is level 2 where five-level scales use it
 * (非常满意 / 比较满意 / 一般 / 不太满意 / 非常不满意), so it maps to 满意 and 一般 to 基本满意.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  很满意: '非常满意', 十分满意: '非常满意', 特别满意: '非常满意',
  比较满意: '满意', 较满意: '满意',
  一般: '基本满意', 基本: '基本满意',
  不太满意: '不满意', 较不满意: '不满意', 比较不满意: '不满意',
  很不满意: '非常不满意', 十分不满意: '非常不满意', 极不满意: '非常不满意',
};

/**
 * "No opinion" answers: counted as blank (not in the item mean), not as a low score. `(空)` and
 * `(跳过)` are what survey platforms (问卷星) write for an unanswered and a skipped question.
 */
const NO_OPINION: ReadonlySet<string> = new Set([
  '不了解', '不清楚', '不知道', '说不清', '说不清楚', '不适用', '无法评价', '未作答', '未回答', '未填',
  '(空)', '(跳过)', '空', '跳过',
]);

/** `A.`, `A、`, `(A)`, `①`, `5.` before the label. */
const OPTION_PREFIX = /^(?:\(?[A-Ea-e]\)|[A-Ea-e][.、:]|[①-⑤]|[1-5][.、:])\s*/;
/** `(4分)`, `4分`, `（5分）` after the label. */
const POINTS_SUFFIX = /\s*\(?\d+(?:\.\d+)?分\)?$/;
/** A bare 1–5, optionally `5分` / `5.0`: points on the five-level scale. */
const POINTS_ONLY = /^\(?([1-5])(?:\.0+)?分?\)?$/;
const SPACES = /\s+/g;

const normalizedMaps = new WeakMap<object, Map<string, number>>();

/** The map with its keys in the same normal form as answers (half-width, no spaces); cached per map. */
function normalized(map: SurveyLabelMap): Map<string, number> {
  let m = normalizedMaps.get(map);
  if (!m) {
    m = new Map();
    for (const [k, v] of Object.entries(map)) {
      const key = cleanLabel(k);
      if (key !== null) m.set(key.replace(SPACES, ''), v);
    }
    normalizedMaps.set(map, m);
  }
  return m;
}

/**
 * Maps one answer through `map`. Tries, in order: the answer as written (so a map may give `1` or
 * `A` its own meaning), the answer without an option prefix or points suffix (`A.非常满意`,
 * `满意（4分）`), common synonyms (`很满意`, `比较满意`, `一般`), then a bare 1–5 (`5`, `5分`) as points (5 = 非常满意).
 * Blank cells and "no opinion" answers (`不了解`, `不适用`) → score null. Anything else →
 * `无法识别的答案`.
 */
export function mapSurveyLabel(raw: unknown, map: SurveyLabelMap): SurveyScoreResult {
  if (cleanCell(raw) === null) return { ok: true, score: null };
  const m = normalized(map);
  const s = (cleanLabel(raw) as string).replace(SPACES, '');
  const direct = m.get(s);
  if (direct !== undefined) return { ok: true, score: direct };
  const bare = s.replace(OPTION_PREFIX, '').replace(POINTS_SUFFIX, '');
  if (bare.length > 0) {
    const v = m.get(bare) ?? m.get(SYNONYMS[bare] ?? '');
    if (v !== undefined) return { ok: true, score: v };
    if (NO_OPINION.has(bare)) return { ok: true, score: null };
  }
  const points = POINTS_ONLY.exec(s);
  if (points) {
    const v = m.get(FIVE_LEVELS[5 - Number(points[1])]);
    if (v !== undefined) return { ok: true, score: v };
  }
  return reject(REASONS.surveyUnknown);
}
