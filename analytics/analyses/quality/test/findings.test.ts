/** The quality findings as sentences, from hand-made figures (pure functions). */
import { describe, expect, it } from 'vitest';
import { qualityFindings, type QualityFindingInput } from '../findings.ts';
import { modeFigures } from '../build-result.ts';
import { DEFAULT_GRADE_BANDS } from '../review-sql.ts';

const base = (counts: Record<string, number>): QualityFindingInput => ({
  filter: { year: 2025 },
  repeat: { episodes: 0, targets: 0, inspections_involved: 0, agencies_involved: 0 },
  pairs: [],
  modes: modeFigures(Object.entries(counts).map(([mode, inspections]) => ({ mode: mode as never, inspections, share: null }))).share,
  byAgency: [],
  reviews: [],
  reviewSummary: { reviews: 0, mean_score: null, vetoes: 0, veto_rate: null, grades: {} },
  bands: DEFAULT_GRADE_BANDS,
});

describe('quality findings', () => {
  it('warns "仅" below the 双随机 + 综合查一次 target, states it plainly above', () => {
    const low = qualityFindings(base({ 双随机: 300, 综合查一次: 132, 专项: 568 }));
    expect(low.find((f) => f.id === 'quality.mode_share')).toMatchObject({ level: 'warn', text: '全市行政检查1,000次，双随机和综合查一次占比仅43.2%' });
    const high = qualityFindings(base({ 双随机: 700, 综合查一次: 100, 专项: 200 }));
    expect(high.find((f) => f.id === 'quality.mode_share')).toMatchObject({ level: 'info', text: '全市行政检查1,000次，双随机和综合查一次占比80.0%' });
  });

  it('reports no repeat inspections plainly, and nothing at all without inspections', () => {
    expect(qualityFindings(base({ 双随机: 10 }))[0]).toMatchObject({ level: 'info', text: '未发现同一对象30日内被2个以上部门重复检查的情况' });
    expect(qualityFindings(base({}))).toEqual([]);
  });
});
