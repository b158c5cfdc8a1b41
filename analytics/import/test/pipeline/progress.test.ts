/**
 * Progress reports are rate-limited, but a phase's final count always gets through: a fast load that
 * ends between two reports would otherwise never show (or let a caller act on) its last rows.
 */
import { describe, expect, it } from 'vitest';
import { throttle, type ImportPhase, type ImportProgress } from '../../progress.ts';

const report = (phase: ImportPhase, rows: number): ImportProgress => ({ file: 'a.csv', sheet: null, phase, rows, rowsPerSecond: 0, fraction: null });

describe('throttle', () => {
  it('passes the first report of each phase, holds the rest within the interval, and passes a held last report before the next phase', () => {
    const seen: [ImportPhase, number][] = [];
    const progress = throttle((p) => seen.push([p.phase, p.rows]), 60_000);
    progress(report('detect', 0));
    progress(report('load', 2000));
    progress(report('load', 4000));
    progress(report('load', 6000));
    progress(report('commit', 6000));
    progress(report('done', 6000));
    expect(seen).toEqual([['detect', 0], ['load', 2000], ['load', 6000], ['commit', 6000], ['done', 6000]]);
  });

  it('passes reports spaced by the interval and nothing held twice', () => {
    const seen: number[] = [];
    const progress = throttle((p) => seen.push(p.rows), 0);
    for (const n of [1, 2, 3]) progress(report('load', n));
    progress(report('commit', 3));
    expect(seen).toEqual([1, 2, 3, 3]);
  });
});
