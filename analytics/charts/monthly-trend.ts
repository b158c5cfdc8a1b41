/**
 * 月度处罚趋势: decisions per month as bars and the month's fine total (万元) as a line on a second
 * axis; the prior year's monthly cases as a dashed line when given, so a 年底突击 shows at a glance.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One month. */
export interface MonthFigures {
  month_no: number;
  cases: number;
  fine_total_yuan: number;
}

/** Bars (cases) + line (万元) per month; `prior` adds last year's cases. */
export function monthlyTrendOption(
  rows: readonly MonthFigures[],
  style: ChartStyle & { year?: number; prior?: readonly MonthFigures[] } = {},
): EChartsOption {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const at = (list: readonly MonthFigures[], m: number) => list.find((r) => r.month_no === m);
  const current = style.year ? `${style.year}年${L.cases}` : L.cases;
  const series: NonNullable<EChartsOption['series']> = [
    { type: 'bar', name: current, barWidth: '55%', itemStyle: { color: TONE.main }, data: months.map((m) => at(rows, m)?.cases ?? 0) },
    {
      type: 'line',
      name: L.fineWan,
      yAxisIndex: 1,
      symbolSize: 6,
      itemStyle: { color: TONE.warn },
      data: months.map((m) => round((at(rows, m)?.fine_total_yuan ?? 0) / 10_000, 2)),
    },
  ];
  if (style.prior?.length) {
    const prior = style.year ? `${style.year - 1}年${L.cases}` : `上年${L.cases}`;
    series.push({ type: 'line', name: prior, symbol: 'none', lineStyle: { type: 'dashed' }, itemStyle: { color: TONE.muted }, data: months.map((m) => at(style.prior ?? [], m)?.cases ?? 0) });
  }
  return {
    ...baseOption(style),
    legend: { top: style.title ? 40 : 4 },
    grid: grid(style, { top: 48, bottom: 16 }),
    xAxis: { type: 'category', data: months.map((m) => `${m}月`) },
    yAxis: [
      { type: 'value', name: L.casesUnit },
      { type: 'value', name: L.fineWanShort, splitLine: { show: false } },
    ],
    series,
    tooltip: { trigger: 'axis' },
  };
}
