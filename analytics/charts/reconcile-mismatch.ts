/**
 * 年报数据不一致: each mismatch between an agency's reported annual statistic and the figure the case
 * data gives, as the relative difference (reported − computed) / computed in percent — indicators
 * in 件 and in 元 then share one axis. Over-reporting points right, under-reporting left. A
 * difference beyond ±100 % (a 元/万元 mix-up is +999 900 %) is drawn at the axis end, its label
 * giving the true figure, so it does not flatten every other bar.
 */
import type { EChartsOption } from 'echarts';
import { baseOption, grid, round, shorten, TONE, type ChartStyle } from './theme.ts';
import { CHART_LABELS as L } from './labels.ts';

/** One mismatch. `label` names the indicator in Chinese; `note` is appended to the bar label. */
export interface MismatchInput {
  agency: string;
  label: string;
  reported: number;
  computed: number;
  note?: string;
}

const CAP = 100;

/** Diverging bars of the relative difference, largest |difference| first (top `top`, default 12). */
export function reconcileMismatchOption(rows: readonly MismatchInput[], style: ChartStyle & { top?: number } = {}): EChartsOption {
  const rel = (r: MismatchInput) => (r.computed === 0 ? (r.reported === 0 ? 0 : 1) : (r.reported - r.computed) / Math.abs(r.computed));
  const shown = [...rows]
    .sort((a, b) => Math.abs(rel(b)) - Math.abs(rel(a)) || a.agency.localeCompare(b.agency))
    .slice(0, style.top ?? 12)
    .reverse();
  const values = shown.map((r) => round(100 * rel(r), 1));
  const span = Math.min(CAP, Math.max(10, ...values.map((v) => Math.abs(v))));
  return {
    ...baseOption(style),
    grid: grid(style, { left: 16, right: 150, bottom: 24, top: 24 }),
    xAxis: { type: 'value', name: L.difference, nameLocation: 'middle', nameGap: 28, min: -span * 1.1, max: span * 1.1, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((r) => `${shorten(r.agency, 12)}·${shorten(r.label.replace(/^.*：/, ''), 6)}`), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barWidth: '60%',
        data: shown.map((r, i) => {
          const v = values[i];
          const text = `${v > 0 ? '+' : ''}${v.toLocaleString('en-US')}%${r.note ? `（${r.note}）` : ''}`;
          // A capped bar fills its side of the axis: its label goes inside, in white.
          const capped = Math.abs(v) > span;
          return {
            value: Math.max(-span, Math.min(span, v)),
            itemStyle: { color: v >= 0 ? TONE.high : TONE.low },
            label: { show: true, position: capped ? (v >= 0 ? 'insideRight' : 'insideLeft') : v >= 0 ? 'right' : 'left', formatter: text, ...(capped ? { color: '#ffffff' } : {}) },
          };
        }),
      },
    ],
  };
}
