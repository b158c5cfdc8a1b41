/**
 * 各区县投诉举报量: tickets per division as bars and, where the population is known, tickets per
 * 10 000 residents as a labelled line on a second axis. The axes are scaled so the bars fill the
 * lower part and the line runs above them: the two sets of labels never collide.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, niceCeil, round, shorten, thousands, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One division. */
export interface DivisionTickets {
  division: string | null;
  tickets: number;
  per_10k: number | null;
}

/** Bars of tickets per division (largest first) with the per-10k rate. */
export function divisionTicketsOption(rows: readonly DivisionTickets[], style: ChartStyle = {}): EChartsOption {
  const shown = [...rows].sort((a, b) => b.tickets - a.tickets);
  const rates = shown.map((r) => (r.per_10k === null ? null : round(r.per_10k, 1)));
  const hasRates = rates.some((r) => r !== null);
  const maxTickets = Math.max(1, ...shown.map((r) => r.tickets));
  const maxRate = Math.max(0, ...rates.map((r) => r ?? 0));
  const series: NonNullable<EChartsOption['series']> = [
    {
      type: 'bar',
      name: L.tickets,
      barWidth: '55%',
      itemStyle: { color: TONE.main },
      label: { show: true, position: 'top' },
      data: shown.map((r) => ({ value: r.tickets, label: { formatter: thousands(r.tickets) } })),
    },
  ];
  if (hasRates) {
    series.push({
      type: 'line',
      name: L.per10k,
      yAxisIndex: 1,
      symbolSize: 8,
      itemStyle: { color: TONE.high },
      label: { show: true, position: 'top', color: TONE.high },
      data: rates,
    });
  }
  return {
    ...baseOption(style),
    legend: { top: style.title ? 40 : 4 },
    grid: grid(style, { top: 48, bottom: 16 }),
    xAxis: { type: 'category', data: shown.map((r) => shorten(r.division ?? L.unplaced, 8)), axisLabel: { interval: 0, rotate: shown.length > 7 ? 30 : 0 } },
    yAxis: [
      // Head room above the bars for the rate line.
      { type: 'value', name: L.ticketsUnit, max: niceCeil(maxTickets * 1.6) },
      ...(hasRates ? [{ type: 'value' as const, name: L.per10k, min: 0, max: niceCeil(maxRate * 1.1), splitLine: { show: false } }] : []),
    ],
    series,
    tooltip: { trigger: 'axis' },
  };
}
