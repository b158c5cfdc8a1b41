/**
 * Importance–performance analysis (issue 5 item 5), as analysts draw it:
 *   importance  = Pearson r of the dimension's per-respondent score with the overall item's score
 *                 (with the respondent's index when the instrument has no overall item);
 *   performance = the dimension score (DOMAIN §6).
 * The grid is split at the arithmetic mean importance and the mean performance of the dimensions
 * placed (the usual "data-centred" split; a fixed split would put every dimension of a well-rated
 * survey in one quadrant). A value equal to the mean counts as high. Quadrants:
 *   high importance + high performance 优势区 (keep it up), low + high 维持区 (maintain),
 *   high importance + low performance 改进区 (improve first), low + low 机会区 (opportunity).
 * Dimensions placed: those in the index (w_d > 0) that are not overall-only and have both numbers;
 * fewer than two → no grid.
 */
import type { SurveyQuadrant, SurveyQuadrantName } from './types.ts';

/** A dimension's two coordinates (null where unknown). */
export interface QuadrantInput {
  dimension: string;
  importance: number | null;
  performance: number | null;
}

/** The quadrant of a point given the split. */
export function quadrantOf(importance: number, performance: number, split: { importance: number; performance: number }): SurveyQuadrantName {
  const hi = importance >= split.importance;
  const hp = performance >= split.performance;
  return hi ? (hp ? '优势区' : '改进区') : hp ? '维持区' : '机会区';
}

/** Places the dimensions; empty when fewer than two have both coordinates. */
export function placeQuadrants(dims: readonly QuadrantInput[]): SurveyQuadrant[] {
  const pts = dims.filter((d): d is QuadrantInput & { importance: number; performance: number } => d.importance !== null && d.performance !== null && Number.isFinite(d.importance));
  if (pts.length < 2) return [];
  const split = {
    importance: pts.reduce((s, d) => s + d.importance, 0) / pts.length,
    performance: pts.reduce((s, d) => s + d.performance, 0) / pts.length,
  };
  return pts.map((d) => ({ dimension: d.dimension, importance: d.importance, performance: d.performance, quadrant: quadrantOf(d.importance, d.performance, split) }));
}
