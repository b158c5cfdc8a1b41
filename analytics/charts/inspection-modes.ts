/**
 * 行政检查方式构成: inspections per mode (双随机 / 专项 / 综合查一次 / 投诉核查 / 其他) as a donut; the
 * two modes the city plan promotes are drawn in the main colours.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, PALETTE, percentLabel, thousands, TONE, type ChartStyle } from './theme.ts';

/** Donut of inspection counts by mode, in the given key order. */
export function inspectionModesOption(counts: Readonly<Record<string, number>>, style: ChartStyle = {}): EChartsOption {
  const colour = (mode: string, i: number) => (mode === '双随机' ? TONE.main : mode === '综合查一次' ? TONE.ok : [TONE.muted, TONE.warn, PALETTE[4], PALETTE[5]][i % 4]);
  let other = 0;
  const total = Object.values(counts).reduce((s, v) => s + v, 0) || 1;
  const data = Object.entries(counts)
    .filter(([, v]) => v > 0)
    .map(([mode, value]) => ({
      name: mode,
      value,
      itemStyle: { color: colour(mode, mode === '双随机' || mode === '综合查一次' ? 0 : other++) },
      label: { formatter: `${mode}\n${thousands(value)}次（${percentLabel(value / total)}）` },
    }));
  return {
    ...baseOption(style),
    series: [
      {
        type: 'pie',
        radius: ['36%', '62%'],
        center: ['50%', style.title ? '56%' : '52%'],
        // The labels name the slices: no legend, so they have the width they need.
        data,
      },
    ],
  };
}
