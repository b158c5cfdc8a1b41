/**
 * The 95 % t-interval of a mean from summary statistics: mean ± t_{0.975, n−1} · s / √n, with s the
 * sample standard deviation (n − 1 denominator). The survey applies it to per-respondent indexes
 * (and per-respondent dimension scores, and an item's answers).
 */
import { studentTQuantile } from './student-t.ts';

/** A confidence interval; both ends null when it cannot be computed. */
export interface Interval {
  low: number | null;
  high: number | null;
}

/**
 * The interval around `mean` for `n` observations of sample variance `variance`. Needs n ≥ 2 and a
 * finite variance; otherwise both ends are null (one answer says nothing about its spread). A zero
 * variance gives the degenerate interval [mean, mean].
 */
export function tInterval(n: number, mean: number | null, variance: number | null, level = 0.95): Interval {
  if (n < 2 || mean === null || variance === null || !Number.isFinite(variance) || variance < 0) return { low: null, high: null };
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { low: mean - half, high: mean + half };
}
