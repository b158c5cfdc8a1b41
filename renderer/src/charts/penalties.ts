/**
 * 处罚分布 charts (DOMAIN §8 penalty distribution): fine histogram, category mix, monthly trend.
 * Pure: result rows in, ECharts option out — the report engine can render the same options via SSR.
 */
import type { EChartsOption } from 'echarts';
import { zh } from '../i18n/zh-CN.ts';
import { formatChineseNumber, formatInt, formatPercent } from '../format/number.ts';
import { baseOption, COLORS, escapeHtml, num, round } from './theme.ts';

type Row = Record<string, unknown>;

/** Cases per fixed fine bin, in the engine's bin order. */
export function fineHistogramOption(histogram: Row[]): EChartsOption {
  const labels = histogram.map((h) => String(h.label ?? h.bin ?? ''));
  return {
    ...baseOption(),
    grid: { left: 12, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const p = (Array.isArray(ps) ? ps[0] : ps) as { dataIndex: number };
        const h = histogram[p.dataIndex];
        return `${escapeHtml(labels[p.dataIndex])}<br/>${zh.series.cases}：${formatInt(num(h.cases))}` + (h.share !== undefined ? `（${formatPercent(num(h.share))}）` : '');
      },
    },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30, fontSize: 11 }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: zh.series.cases, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatChineseNumber(v) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [
      {
        type: 'bar',
        name: zh.series.cases,
        barCategoryGap: '12%',
        data: histogram.map((h) => num(h.cases)),
        itemStyle: { color: COLORS.primary },
        label: { show: true, position: 'top', fontSize: 11, color: COLORS.subtext, formatter: (p) => formatChineseNumber(num(p.value)) },
      },
    ],
  };
}

/** Category mix as horizontal bars (a case counts once in each of its categories). */
export function categoryMixOption(byCategory: Row[]): EChartsOption {
  const rows = [...byCategory].sort((a, b) => num(a.cases) - num(b.cases));
  return {
    ...baseOption(),
    grid: { left: 12, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatInt(num(v)) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatChineseNumber(v) }, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: rows.map((r) => String(r.category)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: zh.series.cases,
        barMaxWidth: 16,
        data: rows.map((r) => num(r.cases)),
        itemStyle: { color: '#37a2da', borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', fontSize: 11, color: COLORS.subtext, formatter: (p) => formatChineseNumber(num(p.value)) },
      },
    ],
  };
}

/** Cases per month (bars) and the fine total in 万元 (line, second axis). */
export function penaltyMonthlyOption(byMonth: Row[]): EChartsOption {
  const months = byMonth.map((m) => zh.series.monthLabel(num(m.month_no) || Number(String(m.month).slice(5, 7))));
  return {
    ...baseOption(),
    grid: { left: 12, right: 12, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center', itemWidth: 12, itemHeight: 8 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months, axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: zh.series.cases, axisLabel: { formatter: (v: number) => formatChineseNumber(v) }, splitLine: { lineStyle: { color: COLORS.grid } } },
      { type: 'value', name: zh.series.fineWan, splitLine: { show: false }, axisLabel: { formatter: (v: number) => formatChineseNumber(v) } },
    ],
    series: [
      { type: 'bar', name: zh.series.cases, data: byMonth.map((m) => num(m.cases)), itemStyle: { color: COLORS.primary }, barMaxWidth: 28 },
      {
        type: 'line',
        name: zh.series.fineWan,
        yAxisIndex: 1,
        smooth: false,
        symbolSize: 6,
        data: byMonth.map((m) => round(num(m.fine_total_yuan) / 1e4, 1)),
        itemStyle: { color: COLORS.warning },
        tooltip: { valueFormatter: (v) => formatChineseNumber(num(v)) },
      },
    ],
  };
}
