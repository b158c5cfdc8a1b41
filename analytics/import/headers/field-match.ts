/**
 * Matching one header name against one field: an exact synonym (or the canonical English field
 * name, as in our own exports and Parquet files) beats a header that merely contains a synonym.
 */

import type { FieldSpec } from './header-types.ts';

/** The result of matching a header name to a field. */
export interface FieldMatch {
  /** 1 for an exact match; 0.5–0.9 for containment, higher when the synonym covers more of the header. */
  quality: number;
  match: 'exact' | 'contains';
  synonym: string;
}

// Two-character synonyms (街道, 状态, 名称) appear inside too many unrelated headers to match by containment.
const MIN_CONTAINED_LENGTH = 3;

/** Matches a normalised header name (see `normalizeHeader`) to a field; null when it does not match. */
export function matchField(spec: FieldSpec, name: string): FieldMatch | null {
  if (name === '') return null;
  if (name === spec.field) return { quality: 1, match: 'exact', synonym: spec.field };
  let best: FieldMatch | null = null;
  for (const synonym of spec.synonyms) {
    if (name === synonym) return { quality: 1, match: 'exact', synonym };
    if (synonym.length < MIN_CONTAINED_LENGTH || !name.includes(synonym)) continue;
    if (spec.notContaining.some((word) => name.includes(word))) continue;
    const quality = 0.5 + (0.4 * synonym.length) / name.length;
    if (!best || quality > best.quality) best = { quality, match: 'contains', synonym };
  }
  return best;
}
