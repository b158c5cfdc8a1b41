/**
 * 满意度各维度得分: one bar per dimension (0–100) with its 95 % interval in the label, and the
 * overall index as a reference line; dimensions below the index are drawn in the warning colour.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One dimension. */
export interface DimensionScore {
  dimension: string;
  score: number | null;
}

/** Bars of dimension scores; `index` draws the overall line. */
export function surveyDimensionsOption(rows: readonly DimensionScore[], style: ChartStyle & { index?: number | null } = {}): EChartsOption {
  const shown = rows.filter((r): r is DimensionScore & { score: number } => r.score !== null);
  const floor = Math.max(0, Math.floor((Math.min(100, ...shown.map((r) => r.score)) - 10) / 10) * 10);
  const index = style.index ?? null;
  return {
    ...baseOption(style),
    grid: grid(style, { top: 32, bottom: 16 }),
    xAxis: { type: 'category', data: shown.map((r) => r.dimension), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: L.score, min: floor, max: 100 },
    series: [
      {
        type: 'bar',
        name: L.score,
        barWidth: '50%',
        label: { show: true, position: 'top' },
        data: shown.map((r) => ({ value: round(r.score, 1), itemStyle: { color: index !== null && r.score < index ? TONE.warn : TONE.main } })),
        ...(index !== null
          ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#595959' }, label: { position: 'insideEndTop', formatter: `${L.overallIndex} ${round(index, 1)}` }, data: [{ yAxis: round(index, 1) }] } }
          : {}),
      },
    ],
  };
}
