/**
 * Generic option builders several pages share: ranked horizontal bars (agencies, divisions), a donut,
 * and vertical error bars drawn with a custom series (ECharts has no built-in error bar).
 */
import type { CustomSeriesOption, EChartsOption } from 'echarts';
import { baseOption, COLORS, escapeHtml, FONT_FAMILY, num, shortName } from './theme.ts';
import { formatChineseNumber, formatPercent } from '../format/number.ts';

/** One bar of a ranked chart. */
export interface RankedItem {
  name: string;
  value: number;
  color?: string;
}

/** Value formatting for labels and tooltips. */
export type ValueKind = 'count' | 'percent' | 'decimal';

export function formatValue(v: number, kind: ValueKind): string {
  if (kind === 'percent') return formatPercent(v);
  if (kind === 'decimal') return v.toFixed(1);
  return formatChineseNumber(v);
}

/** Horizontal bars, largest on top, names truncated on the axis (full in the tooltip). */
export function rankedBarOption(items: RankedItem[], opts: { seriesName: string; kind?: ValueKind; top?: number; color?: string }): EChartsOption {
  const kind = opts.kind ?? 'count';
  const top = [...items].sort((a, b) => b.value - a.value).slice(0, opts.top ?? items.length);
  const rows = top.reverse();
  return {
    ...baseOption(),
    grid: { left: 12, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatValue(num(v), kind) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatValue(v, kind) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { formatter: (v: string) => shortName(v, 14), fontFamily: FONT_FAMILY },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: opts.seriesName,
        barMaxWidth: 18,
        data: rows.map((r) => ({ value: r.value, name: r.name, itemStyle: r.color ? { color: r.color } : undefined })),
        itemStyle: { color: opts.color ?? COLORS.primary, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', formatter: (p) => formatValue(num(p.value), kind), color: COLORS.subtext, fontSize: 11 },
      },
    ],
  };
}

/** A donut; the legend carries each slice's share so small slices need no crowded labels. */
export function donutOption(items: RankedItem[], opts: { seriesName: string }): EChartsOption {
  const total = items.reduce((s, i) => s + i.value, 0);
  const share = new Map(items.map((i) => [i.name, total > 0 ? i.value / total : 0]));
  return {
    ...baseOption(),
    tooltip: { trigger: 'item', formatter: (p) => { const q = p as { name: string; value: number; percent: number }; return `${escapeHtml(q.name)}<br/>${formatChineseNumber(q.value)}（${q.percent.toFixed(1)}%）`; } },
    legend: {
      orient: 'vertical', right: 16, top: 'middle', itemWidth: 10, itemHeight: 10, itemGap: 12, textStyle: { fontSize: 12 },
      formatter: (name: string) => `${name}  ${formatPercent(share.get(name) ?? 0)}`,
    },
    series: [
      {
        type: 'pie',
        name: opts.seriesName,
        radius: ['45%', '72%'],
        center: ['34%', '52%'],
        label: { show: false },
        labelLine: { show: false },
        data: items.map((i) => ({ name: i.name, value: i.value, itemStyle: i.color ? { color: i.color } : undefined })),
      },
    ],
  };
}

/** Whisker data: [category index or value, low, high]. */
export type Whisker = [number | string, number, number];

/**
 * Error bars as a custom series over a category axis. `horizontal` draws them along x (for charts
 * whose categories are on the y axis).
 */
export function errorBarSeries(name: string, data: Whisker[], opts: { horizontal?: boolean; color?: string; cap?: number } = {}): CustomSeriesOption {
  const horizontal = opts.horizontal ?? false;
  return {
    type: 'custom',
    name,
    data,
    z: 10,
    silent: true,
    encode: horizontal ? { y: 0, x: [1, 2] } : { x: 0, y: [1, 2] },
    renderItem: (params, api) => {
      const c = api.value(0);
      const lo = horizontal ? api.coord([api.value(1), c]) : api.coord([c, api.value(1)]);
      const hi = horizontal ? api.coord([api.value(2), c]) : api.coord([c, api.value(2)]);
      const cap = opts.cap ?? 4;
      const style = { stroke: opts.color ?? COLORS.text, lineWidth: 1.2 };
      const seg = (x1: number, y1: number, x2: number, y2: number) => ({ type: 'line' as const, shape: { x1, y1, x2, y2 }, style });
      const children = horizontal
        ? [seg(lo[0], lo[1], hi[0], hi[1]), seg(lo[0], lo[1] - cap, lo[0], lo[1] + cap), seg(hi[0], hi[1] - cap, hi[0], hi[1] + cap)]
        : [seg(lo[0], lo[1], hi[0], hi[1]), seg(lo[0] - cap, lo[1], lo[0] + cap, lo[1]), seg(hi[0] - cap, hi[1], hi[0] + cap, hi[1])];
      void params;
      return { type: 'group', children };
    },
  };
}
