/**
 * Number formats of the survey findings: scores with one decimal, shares as percentages with one
 * decimal, p-values as "p<0.001" or "p=0.012", correlations with two decimals.
 */

/** 82.4 */
export function score1(x: number): string {
  return x.toFixed(1);
}

/** 76.5% */
export function percent1(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** p<0.001 / p=0.012 */
export function pText(p: number): string {
  return p < 0.001 ? 'p<0.001' : `p=${p.toFixed(3)}`;
}

/** r=0.62 */
export function rText(r: number): string {
  return `r=${r.toFixed(2)}`;
}

/** 1,986 */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Rounds for the findings' `numbers` (null stays null). */
export function round(x: number | null, digits = 4): number | null {
  return x === null ? null : Number(x.toFixed(digits));
}
