/**
 * 裁量基准对照结果构成: the cases by status against their benchmark (基准内 / 低于 / 高于 / 无匹配 /
 * 无法评估) as a donut with counts and shares.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, percentLabel, thousands, TONE, type ChartStyle } from './theme.ts';

/** Status counts, keyed as in the deviation result. */
export type StatusCountsInput = Record<'within' | 'below' | 'above' | 'no_rule' | 'not_assessable', number>;

const ORDER = ['within', 'above', 'below', 'no_rule', 'not_assessable'] as const;
const COLOURS = { within: TONE.ok, above: TONE.high, below: TONE.low, no_rule: TONE.muted, not_assessable: '#d9d9d9' };

/** Donut of the statuses; `labels` gives their Chinese names. */
export function deviationStatusOption(counts: StatusCountsInput, labels: Record<keyof StatusCountsInput, string>, style: ChartStyle = {}): EChartsOption {
  const total = ORDER.reduce((s, k) => s + counts[k], 0) || 1;
  const data = ORDER.filter((k) => counts[k] > 0).map((k) => ({
    name: labels[k],
    value: counts[k],
    itemStyle: { color: COLOURS[k] },
    label: { formatter: `${labels[k]}\n${thousands(counts[k])}件（${percentLabel(counts[k] / total)}）` },
  }));
  return {
    ...baseOption(style),
    series: [
      {
        type: 'pie',
        radius: ['36%', '62%'],
        center: ['50%', style.title ? '56%' : '52%'],
        // The labels name the slices: no legend, so they have the width they need.
        avoidLabelOverlap: true,
        data,
      },
    ],
  };
}
