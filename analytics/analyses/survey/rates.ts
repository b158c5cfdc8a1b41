/**
 * 满意率 and 差评率 thresholds (DOMAIN §6). Answers are stored as scores (the label mapped through the
 * workspace's label map at import), so the rates compare scores with the map's own levels; synonyms
 * (比较满意, 很满意, 5分 …) then count as the level they were read as:
 *   satisfied: score ≥ the map's 满意 score (≥ its 基本满意 score when `survey_satisfied_includes_basic`);
 *   negative (差评): score < the map's 基本满意 score, i.e. 不满意 or 非常不满意.
 * With the default map 100/80/60/30/0 that is ≥ 80 and < 60 — the same as the bands of DOMAIN §6
 * (满意 ≥ 80, 基本满意 60–79, 不满意 < 60), which are used when the map lacks those labels and when the
 * instrument has no overall item, where the respondent's own index is rated instead.
 *
 * The rate's denominator is the respondents who have a rating: those who answered the overall item
 * (or, without one, who have an index). A skipped overall question is not a 差评.
 */
import { labelMap } from '../../import/load/kinds/survey.ts';

/** Score thresholds of the two rates. */
export interface RateThresholds {
  /** Rated ≥ this → satisfied. */
  satisfied: number;
  /** Rated < this → negative. */
  negative_below: number;
  /** Where the thresholds come from, for the result's notes. */
  basis: 'label_map' | 'bands';
}

/** The bands of DOMAIN §6. */
export const BANDS = { satisfied: 80, basic: 60 } as const;

/**
 * Thresholds for a label-map setting (preset name or {label: score}), whether 基本满意 counts as
 * satisfied, and whether ratings are overall-item scores (`labels`) or indexes (`bands`).
 */
export function rateThresholds(mapSetting: unknown, includesBasic: boolean, rating: 'labels' | 'bands'): RateThresholds {
  const map = labelMap(mapSetting);
  const satisfied = map['满意'];
  const basic = map['基本满意'];
  if (rating === 'labels' && Number.isFinite(satisfied) && Number.isFinite(basic)) {
    return { satisfied: includesBasic ? basic : satisfied, negative_below: basic, basis: 'label_map' };
  }
  return { satisfied: includesBasic ? BANDS.basic : BANDS.satisfied, negative_below: BANDS.basic, basis: 'bands' };
}
