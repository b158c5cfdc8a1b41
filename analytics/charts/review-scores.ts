/**
 * 案卷评查平均分: the agencies with the lowest mean review score, horizontal bars with the city
 * mean as a reference line; agencies with a veto item are marked in red.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, shorten, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One agency's review figures. */
export interface ReviewScore {
  agency: string;
  reviews: number;
  mean_score: number | null;
  vetoes: number;
}

/** Lowest `top` (default 10) agencies by mean score; `cityMean` draws the line. */
export function reviewScoresOption(rows: readonly ReviewScore[], style: ChartStyle & { top?: number; cityMean?: number | null } = {}): EChartsOption {
  const shown = rows
    .filter((r): r is ReviewScore & { mean_score: number } => r.mean_score !== null)
    .sort((a, b) => a.mean_score - b.mean_score || a.agency.localeCompare(b.agency))
    .slice(0, style.top ?? 10)
    .reverse();
  const low = Math.max(0, Math.floor((Math.min(100, ...shown.map((r) => r.mean_score)) - 10) / 10) * 10);
  return {
    ...baseOption(style),
    legend: { bottom: 0 },
    grid: grid(style, { left: 16, right: 56, bottom: 36, top: 28 }),
    xAxis: { type: 'value', min: low, max: 100 },
    yAxis: { type: 'category', data: shown.map((r) => shorten(r.agency, 14)), axisTick: { show: false } },
    // Two stacked series (one of them 0 per row) so the legend explains the red bars.
    series: [
      {
        type: 'bar',
        name: L.noVeto,
        stack: 'score',
        barWidth: '60%',
        itemStyle: { color: TONE.main },
        label: { show: true, position: 'right' },
        data: shown.map((r) => (r.vetoes > 0 ? null : round(r.mean_score, 1))),
        ...(style.cityMean != null
          ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#595959' }, label: { position: 'end', formatter: `${L.cityMean} ${round(style.cityMean, 1)}` }, data: [{ xAxis: round(style.cityMean, 1) }] } }
          : {}),
      },
      {
        type: 'bar',
        name: L.withVeto,
        stack: 'score',
        itemStyle: { color: TONE.high },
        label: { show: true, position: 'right' },
        data: shown.map((r) => (r.vetoes > 0 ? round(r.mean_score, 1) : null)),
      },
    ],
  };
}
