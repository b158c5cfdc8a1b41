/**
 * 投诉热点 charts (DOMAIN §8 complaint hotspots): division × category heatmap of z-scores or counts,
 * tickets by division with the per-10 000 rate, and handling rates by category.
 */
import type { EChartsOption } from 'echarts';
import { zh } from '../i18n/zh-CN.ts';
import { formatDecimal, formatInt, formatPercent } from '../format/number.ts';
import { baseOption, COLORS, escapeHtml, num, round } from './theme.ts';

type Row = Record<string, unknown>;

/** Heatmap mode: z-scores (diverging) or observed counts. */
export type HeatmapMode = 'z' | 'count';

/** Division × category cells; divisions ordered by total, categories by total. */
export function hotspotHeatmapOption(cells: Row[], mode: HeatmapMode): EChartsOption {
  const total = (key: 'division' | 'category') => {
    const m = new Map<string, number>();
    for (const c of cells) m.set(String(c[key]), (m.get(String(c[key])) ?? 0) + num(c.observed));
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  };
  const categories = total('category');
  const divisions = total('division').reverse();
  const ci = new Map(categories.map((c, i) => [c, i]));
  const di = new Map(divisions.map((d, i) => [d, i]));
  const data = cells.map((c) => {
    const v = mode === 'z' ? round(num(c.z), 2) : num(c.observed);
    return { value: [ci.get(String(c.category)) ?? 0, di.get(String(c.division)) ?? 0, v], flagged: c.flagged === true, cell: c };
  });
  const values = data.map((d) => d.value[2] as number);
  const maxAbs = Math.max(3, ...values.map(Math.abs));
  return {
    ...baseOption(),
    grid: { left: 12, right: 16, top: 12, bottom: 64, containLabel: true },
    tooltip: {
      formatter: (p) => {
        const c = (p as unknown as { data: { cell: Row } }).data.cell;
        return `${escapeHtml(c.division)} · ${escapeHtml(c.category)}<br/>${zh.columns.observed}：${formatInt(num(c.observed))}<br/>${zh.columns.expected}：${formatDecimal(num(c.expected), 1)}<br/>${zh.columns.z}：${formatDecimal(num(c.z), 2)}`;
      },
    },
    xAxis: { type: 'category', data: categories, splitArea: { show: true }, axisLabel: { interval: 0, rotate: 35, fontSize: 11 } },
    yAxis: { type: 'category', data: divisions, splitArea: { show: true } },
    visualMap:
      mode === 'z'
        ? { min: -maxAbs, max: maxAbs, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, text: [zh.series.zScore, ''], inRange: { color: ['#3b6fb6', '#f7f7f7', '#d9363e'] } }
        : { min: 0, max: Math.max(1, ...values), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, text: [zh.series.count, ''], inRange: { color: ['#f0f5ff', '#1f5fbf'] } },
    series: [
      {
        type: 'heatmap',
        name: mode === 'z' ? zh.series.zScore : zh.series.count,
        data,
        label: { show: true, fontSize: 10, formatter: (p) => (mode === 'z' ? formatDecimal(num((p.value as number[])[2]), 1) : formatInt(num((p.value as number[])[2]))) },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: COLORS.text, borderWidth: 1 } },
      },
    ],
  };
}

/** Tickets by division (bars) and per 10 000 population (line) where population is known. */
export function ticketsByDivisionOption(byDivision: Row[]): EChartsOption {
  // Unplaced tickets (no division) are reported in the summary, not as a bar.
  const rows = byDivision.filter((r) => r.division !== null && r.division !== undefined && r.division !== '').sort((a, b) => num(b.tickets) - num(a.tickets));
  return {
    ...baseOption(),
    grid: { left: 12, right: 12, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center', itemWidth: 12, itemHeight: 8 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => String(r.division)), axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
    yAxis: [
      { type: 'value', name: zh.series.tickets, splitLine: { lineStyle: { color: COLORS.grid } } },
      { type: 'value', name: zh.series.per10k, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: zh.series.tickets, data: rows.map((r) => num(r.tickets)), itemStyle: { color: COLORS.primary }, barMaxWidth: 28 },
      {
        type: 'line',
        name: zh.series.per10k,
        yAxisIndex: 1,
        connectNulls: false,
        data: rows.map((r) => (r.per_10k === null || r.per_10k === undefined ? null : round(num(r.per_10k), 1))),
        itemStyle: { color: COLORS.warning },
      },
    ],
  };
}

/** 办结率 / 按期办结率 / 满意率 for the ten categories with most tickets. */
export function handlingRatesOption(byCategory: Row[]): EChartsOption {
  const rows = [...byCategory].sort((a, b) => num(b.tickets) - num(a.tickets)).slice(0, 10);
  const series = (name: string, key: string, color: string) => ({
    type: 'bar' as const,
    name,
    data: rows.map((r) => round(num(r[key]), 4)),
    itemStyle: { color },
    barMaxWidth: 14,
  });
  return {
    ...baseOption(),
    grid: { left: 12, right: 12, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center', itemWidth: 12, itemHeight: 8 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatPercent(num(v)) },
    xAxis: { type: 'category', data: rows.map((r) => String(r.category)), axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, 0) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [
      series(zh.series.closedRate, 'closed_rate', COLORS.primary),
      series(zh.series.onTimeRate, 'on_time_rate', '#37a2da'),
      series(zh.series.satisfiedRate, 'satisfied_rate', '#32b38a'),
    ],
  };
}

/** Tickets per month (bars) and the month's closed rate (line). */
export function ticketsMonthlyOption(byMonth: Row[]): EChartsOption {
  return {
    ...baseOption(),
    grid: { left: 12, right: 12, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center', itemWidth: 12, itemHeight: 8 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: byMonth.map((m) => zh.series.monthLabel(num(m.month_no) || Number(String(m.month).slice(5, 7)))) },
    yAxis: [
      { type: 'value', name: zh.series.tickets, splitLine: { lineStyle: { color: COLORS.grid } } },
      { type: 'value', name: zh.series.closedRate, min: 0, max: 1, splitLine: { show: false }, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } },
    ],
    series: [
      { type: 'bar', name: zh.series.tickets, data: byMonth.map((m) => num(m.tickets)), itemStyle: { color: COLORS.primary }, barMaxWidth: 28 },
      { type: 'line', name: zh.series.closedRate, yAxisIndex: 1, data: byMonth.map((m) => round(num(m.closed_rate), 4)), itemStyle: { color: COLORS.success }, tooltip: { valueFormatter: (v) => formatPercent(num(v)) } },
    ],
  };
}
