/**
 * The instrument (问卷结构) a survey analysis scores: the items answered in the year, their
 * dimensions and the dimension weights of the index (DOMAIN §6).
 *
 * - Items are those with at least one answer among the year's responses, city-wide, so that the
 *   city, an agency and a respondent group are all scored on the same items and weights. Questions of
 *   `survey_item` nobody answered (an older questionnaire) play no part.
 * - An answered item without a `survey_item` row (the items sheet was not imported) is put in the
 *   dimension 未分类 with weight 1 and is not an overall item; the result says so in `notes`.
 * - w_d = mean of the dimension's item weights; a missing (NULL) weight counts as 1, the importer's
 *   default for a blank 权重 cell. A dimension with w_d = 0 (the overall item 总体评价, weight 0)
 *   drops out of the index. If every dimension weighs 0, equal weights are used instead over the
 *   dimensions that hold at least one non-overall item (the overall item is a summary judgment, not a
 *   facet of it), and `equal_weights_fallback` is set.
 * - Items are ordered by code with numeric awareness (Q2 before Q10); dimensions in the order of
 *   their first item.
 */

/** Dimension name for answered items the items sheet does not describe. */
export const UNCLASSIFIED = '未分类';

/** One item row as the metadata query returns it. */
export interface ItemRow {
  item_code: string;
  dimension: string | null;
  text: string | null;
  weight: number | null;
  is_overall: boolean | null;
  /** Whether a `survey_item` row describes the item. */
  described: boolean;
}

/** An item of the instrument. */
export interface InstrumentItem {
  item_code: string;
  dimension: string;
  text: string | null;
  weight: number;
  is_overall: boolean;
  /** Index into `Instrument.dimensions`. */
  dim: number;
}

/** A dimension of the instrument. */
export interface InstrumentDimension {
  dimension: string;
  /** w_d actually used in the index (after the equal-weights fallback). */
  weight: number;
  /** Codes of its items, in order. */
  items: string[];
  /** True when all its items are overall items (总体评价): left out of alpha and the quadrants. */
  overall_only: boolean;
}

/** Items, dimensions and weights. */
export interface Instrument {
  items: InstrumentItem[];
  dimensions: InstrumentDimension[];
  /** Whether an overall item (总体评价) was answered: it then drives 满意率 and importance. */
  has_overall: boolean;
  equal_weights_fallback: boolean;
  /** Codes of answered items with no `survey_item` row. */
  undescribed: string[];
}

const collator = new Intl.Collator('zh', { numeric: true });

/** Builds the instrument from the metadata rows. */
export function buildInstrument(rows: readonly ItemRow[]): Instrument {
  const sorted = [...rows].sort((a, b) => collator.compare(a.item_code, b.item_code));
  const dimensions: InstrumentDimension[] = [];
  const items: InstrumentItem[] = [];
  const rawWeights: number[][] = [];
  for (const r of sorted) {
    const name = r.described && r.dimension ? r.dimension : UNCLASSIFIED;
    let dim = dimensions.findIndex((d) => d.dimension === name);
    if (dim < 0) {
      dim = dimensions.push({ dimension: name, weight: 0, items: [], overall_only: true }) - 1;
      rawWeights.push([]);
    }
    const weight = r.weight === null || !Number.isFinite(r.weight) ? 1 : r.weight;
    const isOverall = r.described && r.is_overall === true;
    items.push({ item_code: r.item_code, dimension: name, text: r.text, weight, is_overall: isOverall, dim });
    dimensions[dim].items.push(r.item_code);
    if (!isOverall) dimensions[dim].overall_only = false;
    rawWeights[dim].push(weight);
  }
  dimensions.forEach((d, i) => (d.weight = rawWeights[i].reduce((s, w) => s + w, 0) / rawWeights[i].length));
  const fallback = dimensions.length > 0 && dimensions.every((d) => d.weight === 0);
  if (fallback) for (const d of dimensions) d.weight = d.overall_only ? 0 : 1;
  return {
    items,
    dimensions,
    has_overall: items.some((i) => i.is_overall),
    equal_weights_fallback: fallback,
    undescribed: sorted.filter((r) => !r.described).map((r) => r.item_code),
  };
}
