/**
 * Chart-option builders: each option is snapshotted as JSON (the builders are pure, so a change in
 * a snapshot is a change in the picture), plus properties the reports rely on: the font family is
 * set explicitly, no animation, and every option renders server-side to an SVG with its labels.
 */
import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import {
  agencyBarOption,
  agencyDeviationOption,
  categoryMixOption,
  CHART_FONT_FAMILY,
  deviationStatusOption,
  divisionTicketsOption,
  fineHistogramOption,
  hotspotHeatmapOption,
  inspectionModesOption,
  ipaQuadrantOption,
  monthlyTrendOption,
  reconcileMismatchOption,
  reviewScoresOption,
  surveyDimensionsOption,
} from '../index.ts';
import * as F from './fixtures.ts';

const OPTIONS: Record<string, () => EChartsOption> = {
  'fine-histogram': () => fineHistogramOption(F.BINS),
  'category-mix': () => categoryMixOption(F.CATEGORIES),
  'agency-bar': () => agencyBarOption(F.AGENCIES, { title: '处罚案件数居前的执法机关' }),
  'monthly-trend': () => monthlyTrendOption(F.MONTHS, { year: 2025, prior: F.MONTHS.map((m) => ({ ...m, cases: m.cases - 5 })) }),
  'division-tickets': () => divisionTicketsOption(F.DIVISIONS),
  'hotspot-heatmap': () => hotspotHeatmapOption(F.CELLS),
  'deviation-status': () => deviationStatusOption(F.STATUS, F.STATUS_LABELS),
  'agency-deviation': () => agencyDeviationOption(F.DEVIATION, { cityRate: 0.046 }),
  'inspection-modes': () => inspectionModesOption(F.MODES),
  'review-scores': () => reviewScoresOption(F.REVIEWS, { cityMean: 84.5 }),
  'survey-dimensions': () => surveyDimensionsOption(F.DIMENSIONS, { index: 72.6 }),
  'ipa-quadrant': () => ipaQuadrantOption(F.QUADRANTS),
  'reconcile-mismatch': () => reconcileMismatchOption(F.MISMATCHES),
};

function svgOf(option: EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height: 420 });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('chart option builders', () => {
  for (const [name, build] of Object.entries(OPTIONS)) {
    it(`${name}: option snapshot`, async () => {
      await expect(JSON.stringify(build(), null, 2)).toMatchFileSnapshot(`./__snapshots__/${name}.json`);
    });

    it(`${name}: CJK font set, no animation, renders to SVG`, () => {
      const option = build();
      expect((option.textStyle as { fontFamily: string }).fontFamily).toBe(CHART_FONT_FAMILY);
      expect(option.animation).toBe(false);
      const svg = svgOf(option);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('<text');
    });
  }

  it('is pure: the same input gives the same option', () => {
    for (const build of Object.values(OPTIONS)) expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('takes the font family it is given (the report passes the one it found)', () => {
    const option = fineHistogramOption(F.BINS, { fontFamily: 'Noto Sans CJK SC' });
    expect(svgOf(option)).toContain('Noto Sans CJK SC');
  });
});

describe('chart specifics', () => {
  it('hotspot heat map keeps a flagged category even when it is small', () => {
    const cells = [...F.CELLS, ...Array.from({ length: 12 }, (_, i) => ({ division: '海州区', category: `大类${i}`, observed: 100 + i, z: 0 }))];
    const option = hotspotHeatmapOption(cells, { topCategories: 5 });
    const categories = (option.xAxis as { data: string[] }).data;
    expect(categories).toContain('噪声扰民');
    expect(categories).toHaveLength(5);
  });

  it('agency deviation leaves out agencies with too few assessed cases', () => {
    const names = (agencyDeviationOption(F.DEVIATION).yAxis as { data: string[] }).data;
    expect(names).not.toContain('小机关');
  });

  it('reconcile mismatch caps a 元/万元 mix-up at the axis end and states the true figure', () => {
    const option = reconcileMismatchOption(F.MISMATCHES);
    const data = (option.series as { data: { value: number; label: { formatter: string } }[] }[])[0].data;
    const worst = data.at(-1)!;
    expect(worst.value).toBeLessThanOrEqual(100);
    expect(worst.label.formatter).toContain('999,900%');
    expect(worst.label.formatter).toContain('疑似单位错误');
  });

  it('a hostile agency name stays a label (text, never markup)', () => {
    const svg = svgOf(agencyBarOption(F.AGENCIES));
    expect(svg).toContain('=HYPERLINK');
    expect(svg).not.toContain('<script');
  });
});
