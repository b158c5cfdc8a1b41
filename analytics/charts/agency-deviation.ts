/**
 * 执法机关偏离基准率: the agencies whose assessed cases most often fall outside the benchmark,
 * stacked above-rate and below-rate bars in percent, with the city rate as a reference line.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, shorten, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One agency's deviation figures (rates in 0–1). */
export interface AgencyDeviationInput {
  agency: string;
  assessed: number;
  above_rate: number | null;
  below_rate: number | null;
}

/**
 * Top `top` agencies (default 10) by above + below rate among those with at least `minAssessed`
 * assessed cases (default 20: a rate over three cases says little). `cityRate` draws the line.
 */
export function agencyDeviationOption(
  rows: readonly AgencyDeviationInput[],
  style: ChartStyle & { top?: number; minAssessed?: number; cityRate?: number | null } = {},
): EChartsOption {
  const rate = (r: AgencyDeviationInput) => (r.above_rate ?? 0) + (r.below_rate ?? 0);
  const shown = rows
    .filter((r) => r.assessed >= (style.minAssessed ?? 20))
    .sort((a, b) => rate(b) - rate(a) || a.agency.localeCompare(b.agency))
    .slice(0, style.top ?? 10)
    .reverse();
  const pct = (v: number | null) => round(100 * (v ?? 0), 1);
  return {
    ...baseOption(style),
    legend: { bottom: 0 },
    grid: grid(style, { left: 16, right: 56, bottom: 36, top: 28 }),
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((r) => shorten(r.agency, 14)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: L.aboveRate,
        stack: 'rate',
        barWidth: '60%',
        itemStyle: { color: TONE.high },
        data: shown.map((r) => pct(r.above_rate)),
        ...(style.cityRate != null
          ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#595959' }, label: { position: 'end', formatter: `${L.cityMean} ${pct(style.cityRate).toFixed(1)}%` }, data: [{ xAxis: pct(style.cityRate) }] } }
          : {}),
      },
      {
        type: 'bar',
        name: L.belowRate,
        stack: 'rate',
        itemStyle: { color: TONE.low },
        // The label at the end of the stack states the total deviation rate.
        data: shown.map((r) => ({ value: pct(r.below_rate), label: { show: true, position: 'right', formatter: `${pct(rate(r)).toFixed(1)}%` } })),
      },
    ],
  };
}
