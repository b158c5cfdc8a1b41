/**
 * Welch, Holm, Cronbach, the t-interval and summary subtraction on small hand-checkable samples.
 * Expected values: [scipy] = scipy 1.17 `ttest_ind(equal_var=False)`; the others are written out by
 * hand from the textbook formulas, step by step, next to the assertion.
 */
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../stats/cronbach.ts';
import { holmAdjust } from '../stats/holm.ts';
import { subtractSummary, type Summary } from '../stats/summary.ts';
import { tInterval } from '../stats/t-interval.ts';
import { welchTest } from '../stats/welch.ts';

/** Plain two-pass summary of a sample. */
function summarize(xs: number[]): Summary {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : null;
  return { n, mean, variance };
}

describe('Welch t-test', () => {
  it('matches scipy on a textbook pair', () => {
    const w = welchTest(summarize([3, 5, 8, 9, 12]), summarize([10, 11, 15, 14, 18, 20, 16]));
    // by hand: means 7.4 and 14.857…, variances 12.3 and 11.809…, se² = 2.46 + 1.687…
    expect(w?.t).toBeCloseTo(-3.600371044276557, 12); // [scipy]
    expect(w?.df).toBeCloseTo(8.886258213850462, 10); // [scipy]
    expect(w?.p).toBeCloseTo(0.005865808314938376, 12); // [scipy]
  });

  it('declines when a sample is too small or nothing varies', () => {
    expect(welchTest(summarize([1]), summarize([1, 2, 3]))).toBeNull();
    expect(welchTest(summarize([2, 2]), summarize([5, 5, 5]))).toBeNull();
  });
});

describe('Holm adjustment', () => {
  it('multiplies the i-th smallest p by m − i + 1 and keeps the order monotone', () => {
    // sorted 0.01, 0.02, 0.03, 0.5 → 0.04, 0.06, 0.06 (max with 0.06), 0.5
    expect(holmAdjust([0.03, 0.01, 0.5, 0.02])).toEqual([0.06, 0.04, 0.5, 0.06].map((x) => expect.closeTo(x, 15)));
    expect(holmAdjust([0.4, null, 0.9])).toEqual([0.8, null, 0.9].map((x) => (x === null ? null : expect.closeTo(x, 15))));
    expect(holmAdjust([0.7, 0.8])).toEqual([1, 1]);
  });
});

describe('Cronbach alpha', () => {
  it('follows α = k/(k−1)·(1 − Σvar/var(total)) and the if-deleted variant', () => {
    // 4 respondents × 3 items: rows (1,2,2), (2,2,3), (3,4,3), (4,4,5)
    const rows = [[1, 2, 2], [2, 2, 3], [3, 4, 3], [4, 4, 5]];
    const col = (j: number) => rows.map((r) => r[j]);
    const total = rows.map((r) => r[0] + r[1] + r[2]); // 5, 7, 10, 13: mean 8.75, var = (14.0625+3.0625+1.5625+18.0625)/3 = 12.25
    const cov = (xs: number[], ys: number[]) => {
      const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
      const my = ys.reduce((s, y) => s + y, 0) / ys.length;
      return xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / (xs.length - 1);
    };
    // item variances: (1,2,3,4) 5/3; (2,2,4,4) 4/3; (2,3,3,5) mean 3.25, squares 1.5625+0.0625+0.0625+3.0625 → 4.75/3
    // Σ = 13.75/3; α = 1.5·(1 − (13.75/3)/12.25) = 0.9387755…
    const res = cronbachAlpha([0, 1, 2].map((j) => ({ item_code: `Q${j + 1}`, variance: cov(col(j), col(j)), cov_total: cov(col(j), total) })), cov(total, total));
    expect(res.alpha).toBeCloseTo(1.5 * (1 - 13.75 / 3 / 12.25), 14);
    // without Q1: variances 4/3 and 4.75/3; total (4,5,7,9), mean 6.25, squares 5.0625+1.5625+0.5625+7.5625 → 14.75/3
    // α = 2·(1 − 8.75/14.75) = 0.8135593…
    expect(res.if_deleted[0]).toEqual({ item_code: 'Q1', alpha: expect.closeTo(2 * (1 - 8.75 / 14.75), 13) });
    expect(cronbachAlpha([{ item_code: 'Q1', variance: 1, cov_total: 1 }], 1).alpha).toBeNull();
  });
});

describe('t-interval and summaries', () => {
  it('is mean ± t(0.975, n−1)·s/√n', () => {
    // 10 values 1..10: mean 5.5, s² = 9.1666…, t(0.975, 9) = 2.262157 → half-width 2.262157·√(0.91666…) = 2.165851
    const ci = tInterval(10, 5.5, 55 / 6);
    expect(ci.low).toBeCloseTo(5.5 - 2.262157162798205 * Math.sqrt(55 / 60), 10);
    expect(ci.high).toBeCloseTo(7.665851, 5);
    expect(tInterval(1, 5, null)).toEqual({ low: null, high: null });
  });

  it('takes one sample out of another exactly', () => {
    const a = [3, 5, 8, 9, 12];
    const b = [10, 11, 15, 14, 18, 20, 16];
    const rest = subtractSummary(summarize([...a, ...b]), summarize(a));
    const direct = summarize(b);
    expect(rest.n).toBe(7);
    expect(rest.mean).toBeCloseTo(direct.mean as number, 12);
    expect(rest.variance).toBeCloseTo(direct.variance as number, 10);
    expect(subtractSummary(summarize(a), summarize(a))).toEqual({ n: 0, mean: null, variance: null });
  });
});
