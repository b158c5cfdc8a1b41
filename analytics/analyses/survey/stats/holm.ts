/**
 * Holm's step-down adjustment of p-values (Holm 1979): sort the m p-values ascending,
 * p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1) · p₍ⱼ₎). Rejecting where p̃ < α keeps the family-wise error
 * rate at α — uniformly more powerful than Bonferroni and valid under any dependence. The survey
 * uses it because each agency is tested against the rest of the city: with 40 agencies and no real
 * difference, unadjusted p < 0.05 would flag about two of them by chance.
 */

/** Holm-adjusted p-values in the input order; null inputs stay null and do not count in m. */
export function holmAdjust(ps: readonly (number | null)[]): (number | null)[] {
  const idx = ps.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null && !Number.isNaN(x.p));
  idx.sort((x, y) => x.p - y.p);
  const m = idx.length;
  const out: (number | null)[] = ps.map(() => null);
  let running = 0;
  idx.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}
