/**
 * 重要性—表现分析（IPA）: each dimension placed by importance (correlation with overall
 * satisfaction) and performance (its score), split at the means into the four quadrants, with the
 * quadrant names in the corners. 改进区 (important, below average) is what to fix first.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One dimension in the grid. */
export interface QuadrantPoint {
  dimension: string;
  importance: number;
  performance: number;
  quadrant: string;
}

const QUADRANT_COLOURS: Record<string, string> = { 优势区: TONE.ok, 维持区: TONE.low, 改进区: TONE.high, 机会区: TONE.muted };

/** Scatter with mean lines; axes padded around the points. */
export function ipaQuadrantOption(points: readonly QuadrantPoint[], style: ChartStyle = {}): EChartsOption {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const mi = mean(points.map((p) => p.importance));
  const mp = mean(points.map((p) => p.performance));
  const span = (xs: number[], c: number, min: number) => Math.max(min, ...xs.map((x) => Math.abs(x - c))) * 1.35;
  const si = span(points.map((p) => p.importance), mi, 0.02);
  const sp = span(points.map((p) => p.performance), mp, 2);
  const corner = (text: string, x: 'left' | 'right', y: 'top' | 'bottom') => ({ type: 'text' as const, [x]: x === 'left' ? 90 : 40, [y]: y === 'top' ? 24 + (style.title ? 36 : 0) : 70, style: { text, fill: '#8c8c8c', fontSize: 14 } });
  return {
    ...baseOption(style),
    grid: grid(style, { left: 24, right: 40, top: 24, bottom: 40 }),
    xAxis: { type: 'value', name: L.performance, nameLocation: 'middle', nameGap: 28, min: round(mp - sp, 1), max: round(mp + sp, 1), splitLine: { show: false } },
    yAxis: { type: 'value', name: L.importance, nameLocation: 'middle', nameGap: 44, min: round(mi - si, 2), max: round(mi + si, 2), splitLine: { show: false } },
    // x = performance, y = importance: important but weak (top left) is 改进区.
    graphic: [corner('改进区', 'left', 'top'), corner('优势区', 'right', 'top'), corner('机会区', 'left', 'bottom'), corner('维持区', 'right', 'bottom')],
    series: [
      {
        type: 'scatter',
        symbolSize: 16,
        label: { show: true, position: 'right', formatter: '{@[2]}', fontSize: 14 },
        data: points.map((p) => ({ value: [round(p.performance, 1), round(p.importance, 3), p.dimension], itemStyle: { color: QUADRANT_COLOURS[p.quadrant] ?? TONE.main } })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
          label: { show: false },
          data: [{ xAxis: round(mp, 1) }, { yAxis: round(mi, 3) }],
        },
      },
    ],
  };
}
