/**
 * The Student t distribution: CDF, two-sided p-value and quantile, for any real degrees of freedom
 * ν > 0 (Welch–Satterthwaite gives fractional ν).
 *
 * CDF: with x = ν / (ν + t²), P(T ≤ −|t|) = ½ · I_x(ν/2, ½) (Abramowitz & Stegun 26.7.1 via the
 * incomplete beta of `incomplete-beta.ts`). ν above 10⁷ is evaluated at 10⁷: the distribution is then
 * the normal one to about 10⁻⁷ (t_{0.975} = 1.9599642 against 1.9599640), and the continued fraction stays short.
 *
 * Quantile: the CDF is monotone in t, so it is inverted by bisection on a bracket that doubles until
 * it holds the answer, to the last representable digit (about 60 steps, each one incomplete-beta
 * evaluation; results are cached per (p, ν) since every group's interval asks for t_{0.975, n−1}).
 * Checked against table values: t_{0.975,1} = 12.706, t_{0.975,9} = 2.262, t_{0.975,29} = 2.045,
 * t_{0.975,∞} → 1.960.
 */
import { regularizedBeta } from './incomplete-beta.ts';

const MAX_DF = 1e7;

/** ½ · I_{ν/(ν+t²)}(ν/2, ½): the one-sided tail P(T ≥ |t|). */
function tail(t: number, df: number): number {
  const v = Math.min(df, MAX_DF);
  return 0.5 * regularizedBeta(v / (v + t * t), v / 2, 0.5);
}

/** P(T ≤ t) for T ~ Student t with `df` degrees of freedom (NaN for df ≤ 0 or NaN input). */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const q = tail(t, df);
  return t > 0 ? 1 - q : q;
}

/** Two-sided p-value P(|T| ≥ |t|), computed from the tail directly (no 1 − (1 − p) cancellation). */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, 2 * tail(t, df));
}

const cache = new Map<string, number>();

/** The p-quantile of Student t with `df` degrees of freedom (0 < p < 1), e.g. p = 0.975 for a 95 % interval. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const key = `${p}|${df}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const target = 1 - p;
  let lo = 0;
  let hi = 1;
  while (tail(hi, df) > target) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (tail(mid, df) > target) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  if (cache.size > 10_000) cache.clear();
  cache.set(key, t);
  return t;
}
