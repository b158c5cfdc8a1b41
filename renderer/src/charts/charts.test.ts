/**
 * Option builders: snapshot of each option (functions show as [Function]) plus the facts a reader
 * relies on — order, colours of flagged items, what is left out.
 */
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import * as f from './test-fixtures/fixtures.ts';
import { BUILDERS } from './test-fixtures/builders.ts';
import { fineHistogramOption, penaltyMonthlyOption } from './penalties.ts';
import { hotspotHeatmapOption, ticketsByDivisionOption } from './hotspots.ts';
import { deviationByAgencyOption, deviationScatterOption, logFloor } from './deviation.ts';
import { modeShareOption, penaltiesPer100Option, repeatPairsOption, reviewScoresOption } from './quality.ts';
import { surveyAgenciesOption, surveyDimensionsOption, surveyQuadrantOption } from './survey.ts';
import { reconcileOption, relativeDifference } from './reconcile.ts';
import { rankedBarOption } from './common.ts';
import { COLORS } from './theme.ts';

type AnyObj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- option trees are loosely typed
const series = (o: EChartsOption, i = 0) => (o.series as AnyObj[])[i];
const axis = (o: EChartsOption, k: 'xAxis' | 'yAxis') => o[k] as AnyObj;


describe('chart option snapshots', () => {
  for (const [name, build] of Object.entries(BUILDERS)) {
    it(name, () => expect(build()).toMatchSnapshot());
  }
});

describe('chart semantics', () => {
  it('keeps the engine bin order and labels in the histogram', () => {
    const o = fineHistogramOption(f.histogram);
    expect(axis(o, 'xAxis').data).toEqual(['无罚款', '0–200元', '200–1000元', '超过100万元']);
    expect(series(o).data).toEqual([1389, 2079, 951, 2]);
  });
  it('ranks bars largest on top (ECharts draws the first category at the bottom)', () => {
    const o = rankedBarOption([{ name: 'a', value: 1 }, { name: 'b', value: 3 }, { name: 'c', value: 2 }], { seriesName: 's', top: 2 });
    expect(axis(o, 'yAxis').data).toEqual(['c', 'b']);
  });
  it('shows fines in 万元 on the monthly line', () => {
    expect(series(penaltyMonthlyOption(f.byMonth), 1).data).toEqual([5113.4, 3600, 6200]);
  });
  it('orders the heatmap by totals and carries z or counts', () => {
    const z = hotspotHeatmapOption(f.cells, 'z');
    expect(axis(z, 'xAxis').data).toEqual(['占道经营', '重复检查']);
    // Largest division on top: ECharts draws the first category at the bottom.
    expect(axis(z, 'yAxis').data).toEqual(['海州区', '东海县']);
    const flagged = series(z).data.find((d: AnyObj) => d.flagged);
    expect(flagged.value).toEqual([1, 1, 5.1]);
    expect(series(hotspotHeatmapOption(f.cells, 'count')).data[0].value[2]).toBe(89);
  });
  it('leaves unplaced tickets out of the division chart', () => {
    expect(axis(ticketsByDivisionOption(f.ticketsByDivision), 'xAxis').data).toEqual(['赣榆区', '东海县']);
  });
  it('draws only deviating cases, above red and below blue, on a log axis floored below the smallest amount', () => {
    const o = deviationScatterOption(f.deviationCases);
    expect(axis(o, 'xAxis').data).toHaveLength(3);
    expect(series(o, 1).itemStyle.color).toBe(COLORS.danger);
    expect(series(o, 1).data).toHaveLength(2);
    expect(series(o, 2).data).toHaveLength(1);
    expect(axis(o, 'yAxis').min).toBe(100);
    expect(logFloor([0, 250, 1200])).toBe(100);
    expect(logFloor([])).toBe(1);
  });
  it('ranks agencies by deviation rate and skips those without one', () => {
    expect(axis(deviationByAgencyOption(f.deviationByAgency), 'yAxis').data).toEqual(['海州区应急管理局', '赣榆区市场监督管理局']);
  });
  it('marks failing review scores red', () => {
    const bars = series(reviewScoresOption(f.reviews)).data as AnyObj[];
    expect(bars.find((b) => b.name === '连云区应急管理局')?.itemStyle.color).toBe(COLORS.danger);
  });
  it('puts the lowest survey agency on top and colours below-city agencies red', () => {
    const o = surveyAgenciesOption(f.surveyAgencies, 72.6);
    expect(axis(o, 'yAxis').data).toEqual(['连云港市市场监督管理局', '连云区城市管理局']);
    expect(series(o, 1).data[1].itemStyle.color).toBe(COLORS.danger);
    expect(series(o, 1).markLine.data).toEqual([{ xAxis: 72.6 }]);
  });
  it('skips error bars without a confidence interval', () => {
    expect(series(surveyDimensionsOption(f.dimensions), 1).data).toHaveLength(2);
  });
  it('compares reconciliation mismatches as relative differences, leaving 元/万元 mix-ups to the table', () => {
    expect(relativeDifference(f.mismatches[0])).toBeCloseTo(84 / 1096);
    expect(relativeDifference(f.mismatches[2])).toBeNull();
    const o = reconcileOption(f.mismatches);
    expect(axis(o, 'yAxis').data).toEqual(['连云港市市场监督管… · 行政处罚总数', '海州区市场监督管理局 · inspection_total']);
  });
  it('gives the donut legend each share', () => {
    const legend = modeShareOption(f.modeCounts).legend as AnyObj;
    expect(legend.formatter('双随机')).toBe('双随机  45.3%');
  });
  it('renders per-100 with one decimal and drops agencies without inspections', () => {
    expect(series(penaltiesPer100Option(f.qualityByAgency)).data.map((d: AnyObj) => d.value)).toEqual([133.8, 222.8]);
  });
  it('quadrant and pairs keep every point', () => {
    const quad = surveyQuadrantOption(f.quadrants).series as AnyObj[];
    expect(quad.map((x) => x.name)).toEqual(['优势区', '改进区', '维持区', '机会区']);
    expect(quad.flatMap((x) => x.data)).toHaveLength(3);
    expect(axis(repeatPairsOption(f.pairs), 'yAxis').data).toHaveLength(2);
  });
});
