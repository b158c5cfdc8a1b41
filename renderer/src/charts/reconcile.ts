/**
 * 年报核对 chart (DOMAIN §8 reconciliation): each mismatch's relative difference between the reported
 * annual statistic and the value computed from case data. Indicators mix counts and 元, so the chart
 * compares ratios; the table beside it shows both numbers.
 */
import type { EChartsOption } from 'echarts';
import { zh } from '../i18n/zh-CN.ts';
import { formatChineseNumber, formatPercent } from '../format/number.ts';
import { baseOption, COLORS, escapeHtml, num, round, shortName } from './theme.ts';

type Row = Record<string, unknown>;

/** (reported − computed) / computed; null when computed is 0. */
export function relativeDifference(r: Row): number | null {
  const c = num(r.computed);
  return c === 0 ? null : (num(r.reported) - c) / c;
}

/** Label of one mismatch: agency · indicator (the engine's Chinese label when it sends one). */
export function mismatchLabel(r: Row): string {
  return `${shortName(String(r.agency ?? ''), 10)} · ${String(r.indicator_label ?? r.label ?? r.indicator ?? '')}`;
}

/**
 * The largest relative differences as horizontal diverging bars. Suspected 元/万元 mix-ups (about
 * 10 000×) would flatten every other bar, so they are left to the table.
 */
export function reconcileOption(mismatches: Row[], top = 15): EChartsOption {
  const rows = mismatches
    .filter((r) => r.suspected_unit_error !== true)
    .map((r) => ({ r, d: relativeDifference(r) }))
    .filter((x): x is { r: Row; d: number } => x.d !== null)
    .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))
    .slice(0, top)
    .reverse();
  return {
    ...baseOption(),
    grid: { left: 12, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const { r, d } = rows[(Array.isArray(ps) ? ps[0] : ps).dataIndex as number];
        return `${escapeHtml(r.agency)}<br/>${escapeHtml(r.indicator_label ?? r.indicator)}<br/>${zh.series.reported}：${formatChineseNumber(num(r.reported))}<br/>${zh.series.computed}：${formatChineseNumber(num(r.computed))}<br/>${formatPercent(d)}`;
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, 0) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: rows.map((x) => mismatchLabel(x.r)), axisTick: { show: false }, axisLabel: { fontSize: 11 } },
    series: [
      {
        type: 'bar',
        name: zh.charts.reconcileBars.title,
        barMaxWidth: 16,
        data: rows.map((x) => ({ value: round(x.d, 4), itemStyle: { color: x.d > 0 ? COLORS.danger : COLORS.below } })),
        label: { show: true, position: 'right', fontSize: 11, color: COLORS.subtext, formatter: (p) => formatPercent(num(p.value)) },
      },
    ],
  };
}
