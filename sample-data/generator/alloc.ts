/**
 * Deterministic allocation of integer totals. Planted facts (December spike, hotspots, surges) must
 * not be blurred or imitated by sampling noise, so counts are split by largest remainder instead of
 * drawn at random.
 */

/**
 * Split `total` into integers proportional to `weights` (largest remainder). Ties go to the
 * position `offset` first, then cyclically, so callers can rotate who gets the spare units.
 */
export function allocate(total: number, weights: readonly number[], offset = 0): number[] {
  const n = weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  if (n === 0 || total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map((x) => Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x), k: (i - offset + n) % n }))
    .sort((p, q) => q.r - p.r || p.k - q.k);
  for (let j = 0; left > 0; j = (j + 1) % n, left--) out[order[j].i]++;
  return out;
}

/** Integer total with a floor: round(x), at least `min`. */
export function atLeast(x: number, min: number): number {
  return Math.max(min, Math.round(x));
}
