/**
 * The fixed fine histogram of DOMAIN §8, in 元: 0 · (0,200] · (200,1 000] · (1 000,3 000] ·
 * (3 000,10 000] · (10 000,50 000] · (50 000,100 000] · (100 000,1 000 000] · > 1 000 000.
 * Bins are left-open, right-closed, so a fine equal to a bound falls in the lower bin (a 200 元 fine
 * is in 0–200), matching the inclusive reading of 以下 (DOMAIN §2).
 *
 * The 0 bin is "no fine": a fine of 0 and a blank fine (NULL: a warning-only decision whose export
 * leaves the amount empty) both count there, so the bins always add up to the case count. The
 * summary's `fine_missing` says how many of them were blank.
 */
import { join, sql, type Fragment } from '../../sql/fragment.ts';

/** One histogram bin. */
export interface FineBin {
  /** Stable key, e.g. `0`, `0–200`, `200–1000`, `>1000000`. */
  bin: string;
  /** Chinese label for charts and reports, e.g. `3000元–1万元`. */
  label: string;
  /** Exclusive lower bound in 元 (null for the 0 bin). */
  lower_yuan: number | null;
  /** Inclusive upper bound in 元 (null for the open top bin). */
  upper_yuan: number | null;
}

/** The nine bins, in order. */
export const FINE_BINS: readonly FineBin[] = [
  { bin: '0', label: '无罚款', lower_yuan: null, upper_yuan: 0 },
  { bin: '0–200', label: '0–200元', lower_yuan: 0, upper_yuan: 200 },
  { bin: '200–1000', label: '200–1000元', lower_yuan: 200, upper_yuan: 1000 },
  { bin: '1000–3000', label: '1000–3000元', lower_yuan: 1000, upper_yuan: 3000 },
  { bin: '3000–10000', label: '3000元–1万元', lower_yuan: 3000, upper_yuan: 10_000 },
  { bin: '10000–50000', label: '1万–5万元', lower_yuan: 10_000, upper_yuan: 50_000 },
  { bin: '50000–100000', label: '5万–10万元', lower_yuan: 50_000, upper_yuan: 100_000 },
  { bin: '100000–1000000', label: '10万–100万元', lower_yuan: 100_000, upper_yuan: 1_000_000 },
  { bin: '>1000000', label: '超过100万元', lower_yuan: 1_000_000, upper_yuan: null },
];

/** Index of the bin a fine falls in (the TypeScript twin of {@link binIndexExpr}, for tests). */
export function binIndex(fine: number | null): number {
  if (fine === null || fine <= 0) return 0;
  const i = FINE_BINS.findIndex((b) => b.upper_yuan !== null && b.lower_yuan !== null && fine <= b.upper_yuan);
  return i < 0 ? FINE_BINS.length - 1 : i;
}

/** SQL: the 0-based bin index of the fine `fine` (blank and ≤ 0 → bin 0). */
export function binIndexExpr(fine: Fragment = sql`p.fine_yuan`): Fragment {
  const whens = FINE_BINS.slice(1, -1).map((b, i) => sql`WHEN ${fine} <= ${b.upper_yuan} THEN ${i + 1}::INTEGER`);
  return sql`CASE WHEN ${fine} IS NULL OR ${fine} <= 0 THEN 0 ${join(whens, ' ')} ELSE ${FINE_BINS.length - 1}::INTEGER END`;
}

/** SQL: the bins as a relation `(ord, bin)`, so empty bins still appear. */
export function binsRelation(): Fragment {
  const rows = FINE_BINS.map((b, i) => sql`(${i}::INTEGER, ${b.bin}::VARCHAR)`);
  return sql`(VALUES ${join(rows, ', ')}) AS b(ord, bin)`;
}
