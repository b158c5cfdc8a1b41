/**
 * 执法检查与评查 charts (DOMAIN §8 enforcement quality): inspection mode share, penalties per 100
 * inspections, case-file review scores, and agency pairs in repeat inspections.
 */
import type { EChartsOption } from 'echarts';
import { zh } from '../i18n/zh-CN.ts';
import { formatDecimal, formatPercent } from '../format/number.ts';
import { baseOption, COLORS, escapeHtml, num, round, shortName } from './theme.ts';
import { donutOption, rankedBarOption } from './common.ts';

type Row = Record<string, unknown>;

/** Inspection counts by mode (keys are the Chinese mode names the engine uses). */
export function modeShareOption(modeCounts: Record<string, unknown>): EChartsOption {
  const items = Object.entries(modeCounts)
    .filter(([, v]) => typeof v === 'number')
    .map(([name, v]) => ({ name, value: num(v) }));
  return donutOption(items, { seriesName: zh.charts.modeShare.title });
}

/** Penalties per 100 inspections by agency (top 20). */
export function penaltiesPer100Option(byAgency: Row[]): EChartsOption {
  const items = byAgency.filter((r) => r.penalties_per_100 !== null && r.penalties_per_100 !== undefined).map((r) => ({ name: String(r.agency), value: round(num(r.penalties_per_100), 1) }));
  return rankedBarOption(items, { seriesName: zh.series.per100, kind: 'decimal', top: 20 });
}

/** Mean review score by agency (lowest first — the ones to look at) with the veto rate in the tooltip. */
export function reviewScoresOption(reviews: Row[], top = 20): EChartsOption {
  const rows = [...reviews].sort((a, b) => num(a.mean_score) - num(b.mean_score)).slice(0, top).reverse();
  return {
    ...baseOption(),
    grid: { left: 12, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps) => {
        const p = (Array.isArray(ps) ? ps[0] : ps) as { dataIndex: number };
        const r = rows[p.dataIndex];
        return `${escapeHtml(r.agency)}<br/>${zh.series.meanScore}：${formatDecimal(num(r.mean_score), 1)}<br/>${zh.series.vetoRate}：${formatPercent(num(r.veto_rate))}<br/>${zh.columns.reviews}：${num(r.reviews)}`;
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: rows.map((r) => String(r.agency)), axisLabel: { formatter: (v: string) => shortName(v, 14) }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: zh.series.meanScore,
        barMaxWidth: 16,
        data: rows.map((r) => ({
          value: round(num(r.mean_score), 1),
          name: String(r.agency),
          itemStyle: { color: num(r.mean_score) < 60 ? COLORS.danger : num(r.veto_rate) > 0 ? COLORS.warning : COLORS.primary },
        })),
        label: { show: true, position: 'right', fontSize: 11, color: COLORS.subtext, formatter: (p) => formatDecimal(num(p.value), 1) },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: COLORS.danger, type: 'dashed' }, data: [{ xAxis: 60 }], label: { formatter: '60' } },
      },
    ],
  };
}

/** Agency pairs by repeat-inspection episodes. */
export function repeatPairsOption(pairs: Row[]): EChartsOption {
  const items = pairs.map((p) => ({ name: `${shortName(String(p.agency_a), 10)} / ${shortName(String(p.agency_b), 10)}`, value: num(p.episodes) }));
  const option = rankedBarOption(items, { seriesName: zh.series.episodes, top: 12, color: COLORS.warning });
  // Pair names are already shortened per agency; do not cut them again on the axis.
  return { ...option, yAxis: { ...(option.yAxis as object), axisLabel: { fontSize: 11 } } };
}
