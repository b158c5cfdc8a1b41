/**
 * Exact decimal arithmetic for the few operations money parsing needs. A value is `m × 10^e` with
 * `m` a safe integer, so `0.29 万元` is `29 × 10^-2 × 10^4` = 2900 元 exactly, where binary floating
 * point gives 2900.0000000000005.
 */

/** `m × 10^e`; `m` is a non-negative safe integer. */
export interface Dec {
  m: number;
  e: number;
}

const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(10 ** i);

/**
 * The decimal written as digits `int` `.` `frac` (both digit-only strings). 15 significant digits
 * always fit a safe integer: a longer integer part is an ID or a typo, not an amount (→ null); a
 * longer fraction (`1234.5600000000001`, a float printed by some exporter) is rounded half up to fit.
 */
export function decFromDigits(int: string, frac: string): Dec | null {
  if (int.length + frac.length <= 15) return { m: Number(int + frac), e: -frac.length };
  let i = 0;
  while (i < int.length - 1 && int.charCodeAt(i) === 48) i++;
  const intPart = int.slice(i);
  if (intPart.length > 15) return null;
  const keep = 15 - intPart.length;
  if (frac.length <= keep) return { m: Number(intPart + frac), e: -frac.length };
  const up = frac.charCodeAt(keep) >= 53; // next digit ≥ '5'
  const m = Number(intPart + frac.slice(0, keep)) + (up ? 1 : 0);
  return { m, e: -keep };
}

/** `a × 10^k`. */
export function decShift(a: Dec, k: number): Dec {
  return { m: a.m, e: a.e + k };
}

/** `a + b`, or null when the aligned sum leaves the safe-integer range. */
export function decAdd(a: Dec, b: Dec): Dec | null {
  if (a.m === 0) return b;
  if (b.m === 0) return a;
  const e = Math.min(a.e, b.e);
  const ma = a.m * (POW10[a.e - e] ?? 10 ** (a.e - e));
  const mb = b.m * (POW10[b.e - e] ?? 10 ** (b.e - e));
  const m = ma + mb;
  return Number.isSafeInteger(m) ? { m, e } : null;
}

/**
 * Rounds to hundredths (half up, on the decimal digits) and returns the value as a number, e.g.
 * yuan rounded to cents. Null when the result does not fit a safe integer count of hundredths.
 * The final `cents / 100` is one correctly rounded division, so the number is the double nearest
 * to the decimal the user wrote.
 */
export function decToHundredths(a: Dec): number | null {
  const k = a.e + 2;
  let cents: number;
  if (k >= 0) {
    cents = a.m * (POW10[k] ?? 10 ** k);
  } else if (-k > 22) {
    cents = 0;
  } else {
    const div = POW10[-k];
    const q = Math.floor(a.m / div);
    const r = a.m - q * div;
    cents = 2 * r >= div ? q + 1 : q;
  }
  return Number.isSafeInteger(cents) ? cents / 100 : null;
}

/** The decimal as a plain number (one correctly rounded multiplication or division). */
export function decToNumber(a: Dec): number {
  if (a.e >= 0) return a.m * (POW10[a.e] ?? 10 ** a.e);
  return a.m / (POW10[-a.e] ?? 10 ** -a.e);
}
