/**
 * 罚款金额分布: cases per fixed fine bin (DOMAIN §8 bins), bars labelled with the count and share.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, percentLabel, thousands, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One histogram bin. */
export interface FineBin {
  /** Display label, e.g. `200–1000元`. */
  label: string;
  cases: number;
}

/** Bar chart of cases per fine bin. */
export function fineHistogramOption(bins: readonly FineBin[], style: ChartStyle = {}): EChartsOption {
  const total = bins.reduce((s, b) => s + b.cases, 0);
  return {
    ...baseOption(style),
    grid: grid(style, { bottom: 24 }),
    xAxis: { type: 'category', data: bins.map((b) => b.label), axisLabel: { interval: 0, rotate: bins.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: L.casesUnit },
    series: [
      {
        type: 'bar',
        name: L.cases,
        barWidth: '60%',
        itemStyle: { color: TONE.main },
        label: { show: true, position: 'top' },
        data: bins.map((b) => ({ value: b.cases, label: { formatter: `${thousands(b.cases)}\n${percentLabel(b.cases / Math.max(total, 1))}` } })),
      },
    ],
    tooltip: { trigger: 'axis' },
  };
}
