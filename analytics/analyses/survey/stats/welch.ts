/**
 * Welch's unequal-variances t-test of two independent samples from their summaries:
 *   t = (m₁ − m₂) / √(s₁²/n₁ + s₂²/n₂),
 *   ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))   (Welch–Satterthwaite),
 *   p = P(|T_ν| ≥ |t|)   (two-sided).
 */
import { studentTTwoSidedP } from './student-t.ts';
import type { Summary } from './summary.ts';

/** A Welch test result. */
export interface WelchResult {
  t: number;
  df: number;
  p: number;
}

/**
 * Tests sample `a` against sample `b`. Null when either has fewer than 2 observations or both have
 * zero variance (the standard error is 0: no test is possible, however different the means).
 */
export function welchTest(a: Summary, b: Summary): WelchResult | null {
  if (a.n < 2 || b.n < 2 || a.mean === null || b.mean === null || a.variance === null || b.variance === null) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const t = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, p: studentTTwoSidedP(t, df) };
}
