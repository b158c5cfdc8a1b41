/**
 * The incomplete beta and Student t functions against textbook table values (t_{0.975, ν} from any
 * statistics table) and against scipy 1.17 (`scipy.special.betainc`, `scipy.stats.t`), values
 * marked [scipy] — an independent implementation (Cephes).
 */
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedBeta } from '../stats/incomplete-beta.ts';
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from '../stats/student-t.ts';

describe('incomplete beta', () => {
  it('matches closed forms', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    for (const x of [0.1, 0.37, 0.9]) {
      expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 13); // uniform
      expect(regularizedBeta(x, 3, 1)).toBeCloseTo(x ** 3, 13);
    }
    expect(regularizedBeta(0.5, 10, 10)).toBeCloseTo(0.5, 13); // symmetry
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(1.5, 2, 3)).toBeNaN();
  });

  it('matches scipy.special.betainc', () => {
    expect(regularizedBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 13); // 1 − (0.6⁴ + 4·0.4·0.6³) by hand, too
    expect(regularizedBeta(0.1, 0.5, 5)).toBeCloseTo(0.6833570849799877, 12); // [scipy]
    expect(regularizedBeta(0.99999, 50000, 0.5)).toBeCloseTo(0.3173105078579662, 9); // [scipy] large a
  });
});

describe('Student t', () => {
  it('quantiles match the t table', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.303, 3);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262, 3);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.045, 3);
    expect(studentTQuantile(0.975, 120)).toBeCloseTo(1.980, 3);
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.960, 3);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.95996, 5);
    expect(studentTQuantile(0.995, 20)).toBeCloseTo(2.845, 3);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.812, 3);
  });

  it('quantiles match scipy to many digits, including fractional ν and the lower tail', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 9); // [scipy]
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 11); // [scipy]
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.045229642132703, 11); // [scipy]
    expect(studentTQuantile(0.975, 4.5)).toBeCloseTo(2.6589123472044034, 10); // [scipy]
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.2621571627982053, 11); // [scipy]
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(1, 3)).toBeNaN();
  });

  it('CDF and two-sided p match the table and scipy', () => {
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4); // table: t_{0.975,10} = 2.228
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.9749941140914443, 12); // [scipy]
    expect(studentTCdf(-1.5, 4.5)).toBeCloseTo(0.10010954282807676, 12); // [scipy]
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 14);
    expect(studentTTwoSidedP(3.0, 7.3)).toBeCloseTo(0.018980551023133497, 12); // [scipy]
    expect(studentTTwoSidedP(-3.0, 7.3)).toBeCloseTo(0.018980551023133497, 12);
    expect(studentTTwoSidedP(8.398, 120) / 1.0591280538746205e-13).toBeCloseTo(1, 8); // [scipy] tiny p, relative
    expect(studentTTwoSidedP(1.96, 1e6)).toBeCloseTo(0.04999606758526985, 7); // [scipy] ≈ normal
    expect(studentTTwoSidedP(Infinity, 5)).toBe(0);
    expect(studentTCdf(1, 0)).toBeNaN();
  });
});
