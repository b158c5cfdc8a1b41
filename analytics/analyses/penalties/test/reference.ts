/**
 * Plain-TypeScript reference statistics for the differential tests (shared with the hotspots
 * tests): the same definitions the SQL uses, written independently.
 */

/** DuckDB `quantile_cont`: linear interpolation between the order statistics at (n − 1)·q. */
export function quantileCont(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

/** Sum. */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Mean, null when empty. */
export function mean(values: readonly number[]): number | null {
  return values.length ? sum(values) / values.length : null;
}

/** Counts by key. */
export function countBy<T>(xs: readonly T[], key: (x: T) => string | null): Map<string | null, number> {
  const out = new Map<string | null, number>();
  for (const x of xs) out.set(key(x), (out.get(key(x)) ?? 0) + 1);
  return out;
}

/** Groups by key. */
export function groupBy<T>(xs: readonly T[], key: (x: T) => string | null): Map<string | null, T[]> {
  const out = new Map<string | null, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** Close enough for money summed in a different order (and doubles from DECIMAL). */
export function near(a: number | null, b: number | null, tol = 1e-6): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
