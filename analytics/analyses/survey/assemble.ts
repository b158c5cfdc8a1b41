/**
 * The item, dimension and reliability parts of the result, from the query rows.
 */
import type { Instrument } from './instrument.ts';
import type { ItemScores } from './groups.ts';
import type { DimensionStatsRow, ReliabilityRow } from './stats-scope.ts';
import { placeQuadrants } from './quadrants.ts';
import { cronbachAlpha } from './stats/cronbach.ts';
import { tInterval } from './stats/t-interval.ts';
import type { SurveyDimensionResult, SurveyItemResult, SurveyQuadrant, SurveyReliability } from './types.ts';

/** Item rows: scope-level answers, score and its t-interval; `responses` = responses in scope. */
export function itemResults(inst: Instrument, scores: ItemScores, responses: number): SurveyItemResult[] {
  return inst.items.map((it) => {
    const row = scores.overallRow(it.item_code);
    const answered = row?.answered ?? 0;
    const ci = tInterval(answered, row?.mean ?? null, row?.variance ?? null);
    return {
      item_code: it.item_code, dimension: it.dimension, text: it.text, weight: it.weight, is_overall: it.is_overall,
      answered, blank: Math.max(0, responses - answered), score: row?.mean ?? null, ci_low: ci.low, ci_high: ci.high,
    };
  });
}

/** Dimension rows with importance and quadrant, and the quadrant list. */
export function dimensionResults(inst: Instrument, scores: readonly (number | null)[], stats: readonly DimensionStatsRow[]): { dimensions: SurveyDimensionResult[]; quadrants: SurveyQuadrant[] } {
  const dims = inst.dimensions.map((d, i): SurveyDimensionResult => {
    const s = stats.find((r) => r.dim === i);
    const ci = tInterval(s?.n ?? 0, s?.mean ?? null, s?.variance ?? null);
    const r = d.overall_only || s?.r === null || s?.r === undefined || !Number.isFinite(s.r) ? null : s.r;
    return {
      dimension: d.dimension, weight: d.weight, score: scores[i] ?? null, respondents: s?.n ?? 0,
      ci_low: ci.low, ci_high: ci.high, items: [...d.items], importance: r, quadrant: null,
    };
  });
  const placed = placeQuadrants(dims.filter((d, i) => d.weight > 0 && !inst.dimensions[i].overall_only).map((d) => ({ dimension: d.dimension, importance: d.importance, performance: d.score })));
  for (const q of placed) {
    const d = dims.find((x) => x.dimension === q.dimension);
    if (d) d.quadrant = q.quadrant;
  }
  return { dimensions: dims, quadrants: placed };
}

/**
 * Cronbach's alpha over the complete respondents; k counts the non-overall items answered in scope,
 * and the complete respondents are those with k non-overall answers (the rows with tc = k).
 */
export function reliabilityResult(inst: Instrument, items: readonly SurveyItemResult[], rows: readonly ReliabilityRow[]): SurveyReliability {
  const k = items.filter((i) => !i.is_overall && i.answered > 0).length;
  const sorted = rows.filter((r) => r.tc === k).sort((a, b) => a.item - b.item);
  const n = sorted[0]?.n ?? 0;
  if (sorted.length !== k || n < 2) {
    return { alpha: null, k, n, alpha_if_deleted: items.filter((i) => !i.is_overall && i.answered > 0).map((i) => ({ item_code: i.item_code, alpha: null })) };
  }
  const res = cronbachAlpha(sorted.map((r) => ({ item_code: inst.items[r.item].item_code, variance: r.variance ?? 0, cov_total: r.cov_total ?? 0 })), sorted[0].total_variance ?? 0);
  return { alpha: res.alpha, k, n, alpha_if_deleted: res.if_deleted };
}
