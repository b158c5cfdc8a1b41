/**
 * 处罚种类构成: cases per penalty category (the annual-statistics view counts each case once under
 * its heaviest category), largest first, as horizontal bars labelled with the share.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, percentLabel, thousands, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One category. */
export interface CategoryCount {
  category: string | null;
  cases: number;
}

/** Horizontal bars of cases per category; the smallest categories beyond `top` are merged. */
export function categoryMixOption(rows: readonly CategoryCount[], style: ChartStyle & { top?: number } = {}): EChartsOption {
  const sorted = [...rows].sort((a, b) => b.cases - a.cases);
  const top = style.top ?? 8;
  const shown = sorted.slice(0, top).map((r) => ({ name: r.category ?? L.noCategory, value: r.cases }));
  const rest = sorted.slice(top).reduce((s, r) => s + r.cases, 0);
  if (rest > 0) shown.push({ name: '其他种类', value: rest });
  const total = shown.reduce((s, r) => s + r.value, 0) || 1;
  const ordered = [...shown].reverse();
  return {
    ...baseOption(style),
    grid: grid(style, { left: 16, right: 120, bottom: 24, top: 16 }),
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: L.cases,
        barWidth: '60%',
        label: { show: true, position: 'right' },
        // Each bar carries its own label text: the count with the share of all cases.
        data: ordered.map((r) => ({ value: r.value, label: { formatter: `${thousands(r.value)}件（${percentLabel(r.value / total)}）` } })),
      },
    ],
  };
}
