/**
 * 满意度调查 charts (DOMAIN §8 survey): dimension scores and agency indices with 95% CI whiskers,
 * the importance–performance quadrant, and comment keywords.
 */
import type { EChartsOption } from 'echarts';
import { zh } from '../i18n/zh-CN.ts';
import { formatDecimal } from '../format/number.ts';
import { baseOption, COLORS, escapeHtml, num, numOrNull, round, shortName } from './theme.ts';
import { errorBarSeries, rankedBarOption, type Whisker } from './common.ts';

type Row = Record<string, unknown>;

function axisMin(lows: number[]): number {
  return Math.max(0, Math.floor((Math.min(100, ...lows) - 5) / 5) * 5);
}

/** Dimension scores (bars) with CI whiskers. */
export function surveyDimensionsOption(dimensions: Row[]): EChartsOption {
  const whiskers: Whisker[] = dimensions.flatMap((d, i) => (numOrNull(d.ci_low) === null ? [] : [[i, num(d.ci_low), num(d.ci_high)] as Whisker]));
  return {
    ...baseOption(),
    grid: { left: 12, right: 12, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const d = dimensions[(Array.isArray(ps) ? ps[0] : ps).dataIndex as number];
        return `${escapeHtml(d.dimension)}<br/>${zh.series.score}：${formatDecimal(num(d.score), 1)}<br/>${zh.columns.ci}：${formatDecimal(numOrNull(d.ci_low), 1)} – ${formatDecimal(numOrNull(d.ci_high), 1)}`;
      },
    },
    xAxis: { type: 'category', data: dimensions.map((d) => String(d.dimension)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: axisMin(dimensions.map((d) => num(d.ci_low ?? d.score))), max: 100, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [
      {
        type: 'bar',
        name: zh.series.score,
        barMaxWidth: 36,
        data: dimensions.map((d) => round(num(d.score), 1)),
        itemStyle: { color: COLORS.primary },
        label: { show: true, position: 'insideTop', color: '#fff', fontSize: 11, formatter: (p) => formatDecimal(num(p.value), 1) },
      },
      errorBarSeries(zh.columns.ci, whiskers),
    ],
  };
}

/** Agency indices with CI whiskers, lowest on top; agencies significantly below the city in red. */
export function surveyAgenciesOption(byAgency: Row[], cityIndex: number | null): EChartsOption {
  const rows = [...byAgency].filter((r) => numOrNull(r.index) !== null).sort((a, b) => num(b.index) - num(a.index));
  const whiskers: Whisker[] = rows.flatMap((r, i) => (numOrNull(r.ci_low) === null ? [] : [[i, num(r.ci_low), num(r.ci_high)] as Whisker]));
  return {
    ...baseOption(),
    grid: { left: 12, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, right: 8, itemWidth: 12, itemHeight: 8, data: [zh.series.index, zh.series.belowCity] },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const r = rows[(p as { dataIndex: number }).dataIndex];
        if (!r) return '';
        return `${escapeHtml(r.agency)}<br/>${zh.series.index}：${formatDecimal(num(r.index), 1)}<br/>${zh.columns.ci}：${formatDecimal(numOrNull(r.ci_low), 1)} – ${formatDecimal(numOrNull(r.ci_high), 1)}<br/>${zh.columns.responses}：${num(r.responses)}`;
      },
    },
    xAxis: { type: 'value', min: axisMin(rows.map((r) => num(r.ci_low ?? r.index))), max: 100, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: rows.map((r) => String(r.agency)), axisLabel: { formatter: (v: string) => shortName(v, 14), fontSize: 11 }, axisTick: { show: false } },
    series: [
      errorBarSeries(zh.columns.ci, whiskers, { horizontal: true, color: '#8c96a8' }),
      {
        type: 'scatter',
        name: zh.series.index,
        symbolSize: 8,
        data: rows.map((r, i) => ({ value: [round(num(r.index), 2), i], name: String(r.agency), itemStyle: { color: r.below_city === true ? COLORS.danger : COLORS.primary } })),
        markLine:
          cityIndex === null
            ? undefined
            : { silent: true, symbol: 'none', lineStyle: { color: COLORS.subtext, type: 'dashed' }, label: { formatter: `${zh.series.cityIndex} ${formatDecimal(cityIndex, 1)}`, position: 'end' }, data: [{ xAxis: round(cityIndex, 2) }] },
      },
      // A legend-only series so the red colour is explained.
      { type: 'scatter', name: zh.series.belowCity, data: [], itemStyle: { color: COLORS.danger } },
    ],
  };
}

const QUADRANT_COLOR: Record<string, string> = { 优势区: '#32b38a', 维持区: '#37a2da', 改进区: COLORS.danger, 机会区: '#f2a93b' };
const QUADRANTS = ['优势区', '改进区', '维持区', '机会区'];

/** Importance (x) against performance (y); dashed lines at the means split the quadrants. */
export function surveyQuadrantOption(quadrants: Row[]): EChartsOption {
  const xs = quadrants.map((q) => num(q.importance));
  const ys = quadrants.map((q) => num(q.performance));
  const mean = (a: number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : 0);
  return {
    ...baseOption(),
    grid: { left: 12, right: 32, top: 36, bottom: 28, containLabel: true },
    tooltip: {
      formatter: (p) => {
        const q = (p as unknown as { data: { row: Row } }).data.row;
        return `${escapeHtml(q.dimension)}（${escapeHtml(q.quadrant)}）<br/>${zh.series.importance}：${formatDecimal(num(q.importance), 2)}<br/>${zh.series.performance}：${formatDecimal(num(q.performance), 1)}`;
      },
    },
    // scale + boundaryGap: ECharts picks round bounds around the points, so labels never collide.
    xAxis: { type: 'value', name: zh.series.importance, nameLocation: 'middle', nameGap: 26, scale: true, boundaryGap: ['15%', '15%'], splitLine: { show: false } },
    yAxis: { type: 'value', name: zh.series.performance, scale: true, boundaryGap: ['15%', '15%'], splitLine: { show: false } },
    legend: { top: 0, right: 8, itemWidth: 10, itemHeight: 10 },
    // One series per quadrant so the legend names them; the mean lines ride on the first series.
    series: QUADRANTS.map((name, i) => ({
      type: 'scatter' as const,
      name,
      symbolSize: 14,
      itemStyle: { color: QUADRANT_COLOR[name] },
      data: quadrants
        .filter((q) => String(q.quadrant) === name)
        .map((q) => ({ value: [round(num(q.importance), 3), round(num(q.performance), 1)], name: String(q.dimension), row: q })),
      label: { show: true, position: 'right' as const, formatter: (p: { name: string }) => p.name, fontSize: 12 },
      markLine:
        i === 0
          ? { silent: true, symbol: 'none', lineStyle: { color: COLORS.muted, type: 'dashed' as const }, label: { show: false }, data: [{ xAxis: round(mean(xs), 3) }, { yAxis: round(mean(ys), 1) }] }
          : undefined,
    })),
  };
}

/** Top keywords of the free comments. */
export function surveyKeywordsOption(keywords: Row[]): EChartsOption {
  return rankedBarOption(keywords.map((k) => ({ name: String(k.word), value: num(k.count) })), { seriesName: zh.series.mentions, top: 15, color: '#8d6bc9' });
}
