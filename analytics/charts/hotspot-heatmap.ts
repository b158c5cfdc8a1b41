/**
 * 投诉举报热点热力图: division × category cells coloured by the concentration score z (observed
 * against the count expected from the row and column totals), labelled with the ticket count. Only
 * the categories with the most tickets are shown so the labels stay legible.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, shorten, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One division × category cell. */
export interface HeatCell {
  division: string;
  category: string;
  observed: number;
  z: number;
  /** Flagged as a hotspot (default: z ≥ 3). */
  flagged?: boolean;
}

/**
 * Heat map of z over `topCategories` categories (default 10): those with a flagged cell
 * first, then the largest — a hotspot in a small category must not fall off the picture.
 */
export function hotspotHeatmapOption(cells: readonly HeatCell[], style: ChartStyle & { topCategories?: number } = {}): EChartsOption {
  const sum = (key: 'division' | 'category') => {
    const m = new Map<string, number>();
    for (const c of cells) m.set(c[key], (m.get(c[key]) ?? 0) + c.observed);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  };
  const limit = style.topCategories ?? 10;
  const hot = [...new Set([...cells].sort((a, b) => b.z - a.z).filter((c) => c.flagged ?? c.z >= 3).map((c) => c.category))];
  const categories = [...new Set([...hot, ...sum('category')])].slice(0, limit);
  const divisions = sum('division').reverse();
  const data = cells
    .filter((c) => categories.includes(c.category))
    .map((c) => [categories.indexOf(c.category), divisions.indexOf(c.division), round(c.z, 1), c.observed]);
  const maxZ = Math.max(3, ...data.map((d) => Math.abs(d[2])));
  return {
    ...baseOption(style),
    grid: grid(style, { left: 16, right: 24, bottom: 44, top: 16 }),
    xAxis: { type: 'category', data: categories.map((c) => shorten(c, 6)), axisLabel: { interval: 0, rotate: 30 }, axisTick: { show: false } },
    yAxis: { type: 'category', data: divisions.map((d) => shorten(d, 9)), axisTick: { show: false } },
    visualMap: {
      type: 'continuous',
      dimension: 2,
      min: -maxZ,
      max: maxZ,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      itemHeight: 160,
      text: [`${L.zScore} 高`, '低'],
      inRange: { color: [TONE.low, '#f2f2f2', TONE.high] },
    },
    series: [
      {
        type: 'heatmap',
        name: L.observed,
        data,
        label: { show: true, fontSize: 11, formatter: '{@[3]}' },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
}
