/**
 * 裁量基准偏离 charts (DOMAIN §8 benchmark deviation): status donut, each deviating case's fine
 * against its benchmark range, and agency deviation rates split into above / below.
 */
import type { EChartsOption } from 'echarts';
import { zh } from '../i18n/zh-CN.ts';
import { formatPercent, formatYuan } from '../format/number.ts';
import { baseOption, COLORS, escapeHtml, num, numOrNull, round, shortName } from './theme.ts';
import { donutOption, errorBarSeries, type Whisker } from './common.ts';

type Row = Record<string, unknown>;

const STATUS_ORDER = ['within', 'below', 'above', 'no_rule', 'not_assessable'] as const;
const STATUS_COLOR: Record<string, string> = { within: '#32b38a', below: COLORS.below, above: COLORS.danger, no_rule: COLORS.muted, not_assessable: '#f2a93b' };

/** Status counts as a donut, in a fixed order and colours. */
export function deviationStatusOption(counts: Record<string, unknown>): EChartsOption {
  const items = STATUS_ORDER.filter((k) => counts[k] !== undefined).map((k) => ({ name: zh.status[k], value: num(counts[k]), color: STATUS_COLOR[k] }));
  return donutOption(items, { seriesName: zh.charts.deviationStatus.title });
}

/** The power of ten below the smallest positive amount: the log axis floor (zeros are drawn there). */
export function logFloor(values: number[]): number {
  const positive = values.filter((v) => v > 0);
  return positive.length ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : 1;
}

/**
 * Deviating cases ordered by the middle of their range; each shows its range as a whisker and the
 * fine as a dot (red above, blue below). `limit` keeps the chart readable.
 */
export function deviationScatterOption(cases: Row[], limit = 200): EChartsOption {
  const deviating = cases.filter((c) => c.status === 'above' || c.status === 'below').slice(0, limit);
  const mid = (c: Row) => (num(c.min_yuan) + (numOrNull(c.max_yuan) ?? num(c.min_yuan))) / 2;
  const rows = [...deviating].sort((a, b) => mid(a) - mid(b));
  const names = rows.map((c) => String(c.decision_no ?? ''));
  const FLOOR = logFloor(rows.flatMap((c) => [num(c.fine_yuan), num(c.min_yuan), num(c.max_yuan)]));
  const whiskers: Whisker[] = rows.map((c, i) => [i, Math.max(FLOOR, num(c.min_yuan)), Math.max(FLOOR, numOrNull(c.max_yuan) ?? num(c.min_yuan))]);
  const dot = (status: string) =>
    rows.flatMap((c, i) => (c.status === status ? [{ value: [i, Math.max(FLOOR, num(c.fine_yuan))], row: c }] : []));
  const tooltip = (p: unknown) => {
    const c = (p as { data: { row?: Row } }).data.row;
    if (!c) return '';
    const range = `${formatYuan(numOrNull(c.min_yuan))} – ${c.max_yuan === null ? '' : formatYuan(numOrNull(c.max_yuan))}`;
    return `${escapeHtml(c.decision_no)}<br/>${escapeHtml(c.agency)}<br/>${escapeHtml(c.violation)}${c.tier ? '（' + escapeHtml(c.tier) + '）' : ''}<br/>${zh.series.fine}：${formatYuan(num(c.fine_yuan))}<br/>${zh.series.range}：${range}<br/>${zh.columns.deviation_ratio}：${formatPercent(num(c.deviation_ratio))}`;
  };
  return {
    ...baseOption(),
    grid: { left: 12, right: 16, top: 40, bottom: 12, containLabel: true },
    legend: { top: 0, right: 8, itemWidth: 12, itemHeight: 8, data: [zh.series.above, zh.series.below, zh.series.range] },
    tooltip: { trigger: 'item', formatter: tooltip },
    xAxis: { type: 'category', data: names, axisLabel: { show: false }, axisTick: { show: false }, name: '', splitLine: { show: false } },
    yAxis: { type: 'log', logBase: 10, name: zh.series.yuanAxis, min: FLOOR, axisLabel: { formatter: (v: number) => formatYuan(v, 0) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [
      errorBarSeries(zh.series.range, whiskers, { color: '#b4bccb', cap: 2 }),
      { type: 'scatter', name: zh.series.above, data: dot('above'), symbolSize: 7, itemStyle: { color: COLORS.danger } },
      { type: 'scatter', name: zh.series.below, data: dot('below'), symbolSize: 7, itemStyle: { color: COLORS.below } },
    ],
  };
}

/** Agencies with the highest deviation rate, stacked above / below. */
export function deviationByAgencyOption(byAgency: Row[], top = 15): EChartsOption {
  const rows = [...byAgency]
    .filter((r) => numOrNull(r.deviation_rate) !== null)
    .sort((a, b) => num(b.deviation_rate) - num(a.deviation_rate))
    .slice(0, top)
    .reverse();
  const names = rows.map((r) => String(r.agency));
  const bar = (name: string, key: string, color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'rate',
    barMaxWidth: 16,
    data: rows.map((r) => ({ value: round(num(r[key]), 4), name: String(r.agency) })),
    itemStyle: { color },
  });
  return {
    ...baseOption(),
    grid: { left: 12, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, right: 8, itemWidth: 12, itemHeight: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatPercent(num(v)) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, 0) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: names, axisLabel: { formatter: (v: string) => shortName(v, 14) }, axisTick: { show: false } },
    series: [bar(zh.series.above, 'above_rate', COLORS.danger), bar(zh.series.below, 'below_rate', COLORS.below)],
  };
}
