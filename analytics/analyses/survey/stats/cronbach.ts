/**
 * Cronbach's alpha (DOMAIN §6) from item variances and covariances with the total, so that SQL can
 * compute the moments in one pass:
 *   α = k/(k − 1) · (1 − Σ var(itemᵢ) / var(total)),  sample variances, total = Σ items;
 * alpha if item i is deleted uses the same formula over the other k − 1 items, with
 *   var(total − itemᵢ) = var(total) + var(itemᵢ) − 2 · cov(total, itemᵢ).
 */

/** One item's moments over the complete respondents. */
export interface ItemMoments {
  item_code: string;
  /** Sample variance of the item's scores. */
  variance: number;
  /** Sample covariance of the item's score with the respondent's total. */
  cov_total: number;
}

function alpha(k: number, sumItemVar: number, totalVar: number): number | null {
  if (k < 2 || !(totalVar > 0)) return null;
  return (k / (k - 1)) * (1 - sumItemVar / totalVar);
}

/** Alpha and alpha-if-deleted; nulls where k < 2 (k < 3 for if-deleted) or the total does not vary. */
export function cronbachAlpha(items: readonly ItemMoments[], totalVar: number): { alpha: number | null; if_deleted: { item_code: string; alpha: number | null }[] } {
  const k = items.length;
  const sum = items.reduce((s, it) => s + it.variance, 0);
  return {
    alpha: alpha(k, sum, totalVar),
    if_deleted: items.map((it) => ({
      item_code: it.item_code,
      alpha: alpha(k - 1, sum - it.variance, totalVar + it.variance - 2 * it.cov_total),
    })),
  };
}
