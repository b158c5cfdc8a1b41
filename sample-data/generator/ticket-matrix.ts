/**
 * Counts of complaint-scope tickets by division × category × month. Background counts follow the
 * product of division and category shares exactly (rounded), spread over months by deterministic
 * allocation, so noise can neither create nor hide a hotspot or a surge. Then one hotspot cell gets
 * an excess (z ≥ 5) and one other cell a one-month burst (≥ 2 × the previous three months' mean).
 */

import { allocate } from './alloc.ts';

/** Counts [row][col][month]. */
export type Cube = number[][][];

/** Seasonal weights of hotline volume by month. */
export const TICKET_MONTH_WEIGHTS = [0.85, 0.7, 0.95, 1.0, 1.05, 1.1, 1.15, 1.15, 1.05, 1.0, 0.95, 0.9];

/** Prior-year weights: the same season on a rising line (hotline use grew), so January of the
 * current year does not look like a surge against the previous October–December. */
export const PRIOR_MONTH_WEIGHTS = TICKET_MONTH_WEIGHTS.map((w, m) => w * (0.6 + (0.8 * m) / 11));

/** round(total · p_i · q_j). */
export function productMatrix(total: number, rowW: readonly number[], colW: readonly number[]): number[][] {
  const rs = rowW.reduce((s, x) => s + x, 0);
  const cs = colW.reduce((s, x) => s + x, 0);
  return rowW.map((r) => colW.map((c) => Math.round((total * r * c) / (rs * cs))));
}

/** z = (obs − exp) / √exp for every cell, exp = row × col / grand. */
export function zScores(m: number[][]): number[][] {
  const rows = m.map((r) => r.reduce((s, x) => s + x, 0));
  const cols = m[0].map((_, j) => m.reduce((s, r) => s + r[j], 0));
  const g = rows.reduce((s, x) => s + x, 0);
  return m.map((r, i) => r.map((o, j) => {
    const e = (rows[i] * cols[j]) / g;
    return e > 0 ? (o - e) / Math.sqrt(e) : 0;
  }));
}

/** Expected count of a cell. */
export function expected(m: number[][], i: number, j: number): number {
  const row = m[i].reduce((s, x) => s + x, 0);
  const col = m.reduce((s, r) => s + r[j], 0);
  const g = m.reduce((s, r) => s + r.reduce((a, x) => a + x, 0), 0);
  return (row * col) / g;
}

/** Spread each cell over months; the rotating offset keeps spare units from piling on one month. */
export function toCube(m: number[][], weights: readonly number[]): Cube {
  let k = 0;
  return m.map((r) => r.map((n) => allocate(n, weights, k++ % 12)));
}

/** Yearly totals of a cube. */
export function yearly(c: Cube): number[][] {
  return c.map((r) => r.map((ms) => ms.reduce((s, x) => s + x, 0)));
}

/** Smallest excess that lifts cell (i, j) to z ≥ minZ and at least minObs tickets. */
export function hotspotExcess(m: number[][], i: number, j: number, minZ: number, minObs: number): number {
  for (let e = 1; e < 100_000; e++) {
    const t = m.map((r) => [...r]);
    t[i][j] += e;
    if (t[i][j] >= minObs && zScores(t)[i][j] >= minZ) return e;
  }
  throw new Error('no hotspot excess found');
}

/** Every (row, col, month) where count ≥ 2 × mean(previous three) and ≥ 10; `prior` supplies the
 * months before January. Months without three previous months of data are skipped. */
export function findSurges(cur: Cube, prior: Cube | null): { i: number; j: number; month: number; count: number; baseline: number }[] {
  const out: { i: number; j: number; month: number; count: number; baseline: number }[] = [];
  cur.forEach((r, i) => r.forEach((ms, j) => {
    const series = prior ? [...prior[i][j], ...ms] : ms;
    const start = prior ? 12 : 0;
    for (let t = Math.max(3, start); t < series.length; t++) {
      const baseline = (series[t - 1] + series[t - 2] + series[t - 3]) / 3;
      if (series[t] >= 10 && series[t] >= 2 * baseline) out.push({ i, j, month: t - start + 1, count: series[t], baseline });
    }
  }));
  return out;
}

/** Every cell with z ≥ minZ and observed ≥ minObs. */
export function findHotspots(m: number[][], minZ = 3, minObs = 10): { i: number; j: number; z: number }[] {
  const z = zScores(m);
  const out: { i: number; j: number; z: number }[] = [];
  m.forEach((r, i) => r.forEach((o, j) => { if (o >= minObs && z[i][j] >= minZ) out.push({ i, j, z: z[i][j] }); }));
  return out;
}
