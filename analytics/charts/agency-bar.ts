/**
 * 执法机关处罚案件数: the agencies with the most decisions, horizontal bars (names are long), with
 * the fine total in 万元 beside each bar.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, shorten, thousands, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One agency. */
export interface AgencyCases {
  agency: string;
  cases: number;
  fine_total_yuan: number;
}

/** Top `top` agencies by cases (default 10), largest at the top. */
export function agencyBarOption(rows: readonly AgencyCases[], style: ChartStyle & { top?: number } = {}): EChartsOption {
  const shown = [...rows].sort((a, b) => b.cases - a.cases || a.agency.localeCompare(b.agency)).slice(0, style.top ?? 10).reverse();
  return {
    ...baseOption(style),
    grid: grid(style, { left: 16, right: 150, bottom: 24, top: 16 }),
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: shown.map((r) => shorten(r.agency, 14)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: L.cases,
        barWidth: '60%',
        itemStyle: { color: TONE.main },
        label: { show: true, position: 'right' },
        data: shown.map((r) => ({
          value: r.cases,
          label: { formatter: `${thousands(r.cases)}件 / ${round(r.fine_total_yuan / 10_000, 1).toFixed(1)}万元` },
        })),
      },
    ],
  };
}
