/**
 * Fine amounts. Within a tier the amount is log-normal around the middle of the range and mostly
 * lands on round legal amounts (200, 500, 1000, 2000, 5000 …), as decisions do. The spread is
 * capped so that a violation × tier group stays consistent (CV ≤ 0.5) unless planted otherwise.
 */

import type { Tier } from './catalog/types.ts';
import type { Rng } from './rng.ts';

const ROUND = [
  20, 30, 50, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000, 10000, 12000,
  15000, 20000, 25000, 30000, 40000, 50000, 60000, 80000, 100000, 120000, 150000, 200000, 250000, 300000, 400000,
  500000, 600000, 800000, 1000000, 1200000, 1500000, 2000000,
];

/** The band a within-range amount is drawn from: open ends are closed at a plausible value. */
function band(t: Tier): [number, number] {
  // Decisions sit in the upper half of wide ranges, which keeps a group's spread realistic and
  // an amount just over the top from looking like an outlier of another group.
  const hi = t.max ?? t.min * 1.6;
  return [Math.max(t.min, hi / 2), hi];
}

/** Round to a step that suits the size of the amount. */
function tidy(x: number): number {
  const step = x >= 10000 ? 1000 : x >= 1000 ? 100 : x >= 100 ? 10 : 1;
  return Math.round(x / step) * step;
}

/** Nearest round legal amount inside [lo, hi], most of the time; otherwise a tidy amount. */
export function snap(rng: Rng, x: number, lo: number, hi: number): number {
  if (rng.chance(0.8)) {
    let best: number | null = null;
    for (const r of ROUND) if (r >= lo && r <= hi && (best === null || Math.abs(r - x) < Math.abs(best - x))) best = r;
    if (best !== null && Math.abs(best - x) / x < 0.35) return best;
  }
  return Math.min(hi, Math.max(lo, tidy(x)));
}

/** Log-normal draw around the geometric middle of [lo, hi], clipped to it. */
function logNormalIn(rng: Rng, lo: number, hi: number, maxSigma = 0.18): number {
  const sigma = Math.min(Math.log(hi / lo) / 6, maxSigma);
  const x = Math.sqrt(lo * hi) * Math.exp(sigma * rng.normal());
  return Math.min(hi, Math.max(lo, x));
}

/** A multiple kept clear of the bounds (a fine on a computed bound would be a rounding lottery). */
function innerMultiple(rng: Rng, [a, b]: [number, number]): number {
  const span = b - a;
  const m = Math.sqrt(a * b) * Math.exp(0.12 * rng.normal());
  return Math.min(b - 0.1 * span, Math.max(a + 0.1 * span, m));
}

/** An amount within the tier (for multiples, `gain` is the base). */
export function fineWithin(rng: Rng, t: Tier, gain: number): number {
  if (t.kind === 'zero') return 0;
  if (t.kind === 'multiple') return Math.round(innerMultiple(rng, t.mult!) * gain);
  const [lo, hi] = band(t);
  return snap(rng, logNormalIn(rng, lo, hi), lo, hi);
}

/** An amount clearly above the tier's upper bound, or null when the tier has none. */
export function fineAbove(rng: Rng, t: Tier, gain: number): number | null {
  if (t.kind === 'zero') return null;
  if (t.kind === 'multiple') return Math.round(t.mult![1] * gain * rng.uniform(1.08, 1.25));
  if (t.max === null) return null;
  const x = snap(rng, t.max * rng.uniform(1.08, 1.25), t.max * 1.05, t.max * 1.3);
  return x > t.max ? x : Math.ceil(t.max * 1.1);
}

/** An amount clearly below the tier's lower bound, or null when the bound is 0 or far under the
 * range's usual amounts (there an undercut would be an outlier, not a lenient decision). */
export function fineBelow(rng: Rng, t: Tier, gain: number): number | null {
  if (t.kind === 'zero') return null;
  if (t.kind === 'multiple') {
    const [a, b] = t.mult!;
    return a >= b / 2.5 ? Math.round(a * gain * rng.uniform(0.7, 0.9)) : null;
  }
  if (t.min <= 0 || (t.max !== null && t.min < t.max / 2.5)) return null;
  const x = snap(rng, t.min * rng.uniform(0.7, 0.9), t.min * 0.6, t.min * 0.93);
  return x < t.min ? x : Math.floor(t.min * 0.85);
}

/** 违法所得 / 货值 around a violation's typical amount (narrow, so multiple-based fines stay consistent). */
export function gainAmount(rng: Rng, median: number): number {
  return Math.max(100, Math.round((median * Math.exp(0.15 * rng.normal())) / 10) * 10);
}

/** Widely dispersed amounts for the planted inconsistent group: two near the bottom for one near the top. */
export function dispersedFine(rng: Rng, t: Tier, i: number): number {
  const hi = t.max ?? t.min * 5;
  const lo = t.min;
  const x = i % 3 !== 2 ? lo * rng.uniform(1.0, 1.15) : hi * rng.uniform(0.85, 1.0);
  return Math.min(hi, Math.max(lo, Math.round(x / 1000) * 1000));
}
