/**
 * Summary statistics of a sample as SQL returns them (count, mean, sample variance), and how to take
 * one sample out of a larger one — used to get "the rest of the city" from the city and an agency
 * without a second pass over the respondents.
 */

/** n, mean and sample variance (n − 1 denominator; null for n < 2). */
export interface Summary {
  n: number;
  mean: number | null;
  variance: number | null;
}

/** Sum of squared deviations about the mean, (n − 1) · s². */
function m2(s: Summary): number {
  return s.n > 1 && s.variance !== null ? (s.n - 1) * s.variance : 0;
}

/**
 * The summary of `whole` without the observations of `part` (part ⊂ whole). Uses the exact
 * decomposition M2_whole = M2_part + M2_rest + n_part·n_rest/n_whole · (mean_part − mean_rest)²
 * (Chan, Golub & LeVeque's pairwise update run backwards); a tiny negative M2 from rounding is
 * clamped to 0.
 */
export function subtractSummary(whole: Summary, part: Summary): Summary {
  const n = whole.n - part.n;
  if (n <= 0 || whole.mean === null) return { n: Math.max(0, n), mean: null, variance: null };
  if (part.n === 0 || part.mean === null) return whole;
  const mean = (whole.n * whole.mean - part.n * part.mean) / n;
  const delta = part.mean - mean;
  const rest = m2(whole) - m2(part) - ((part.n * n) / whole.n) * delta * delta;
  return { n, mean, variance: n > 1 ? Math.max(0, rest) / (n - 1) : null };
}
