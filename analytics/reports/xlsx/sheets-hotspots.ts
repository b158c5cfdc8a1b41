/**
 * Workbook sheets of the complaint-hotspot analysis: divisions, categories, division × category
 * cells (hotspots marked) and surges.
 */
import type { HotspotsResult } from '../../analyses/hotspots/types.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

/** The hotspot sheets. */
export function hotspotSheets(h: HotspotsResult): AnySheet[] {
  const sheets: AnySheet[] = [
    sheet(h.by_division, (col) => ({
      name: '投诉按区县',
      description: '各区县投诉举报工单数、每万人工单数和同比',
      columns: [
        col('区县', 'text', (r) => r.division ?? '未定位', 18),
        col('工单数', 'int', (r) => r.tickets),
        col('占比', 'pct', (r) => r.share),
        col('常住人口', 'int', (r) => r.population, 12),
        col('每万人工单数', 'score', (r) => r.per_10k, 14),
        col('上年工单数', 'int', (r) => r.tickets_prior, 12),
        col('同比', 'pct', (r) => r.tickets_change),
      ],
      charts: ['division_tickets'],
    })),
    sheet(h.by_category, (col) => ({
      name: '投诉按类别',
      description: '各诉求类别工单数、办结率、按期办结率和满意率',
      columns: [
        col('类别', 'text', (r) => r.category ?? '未分类', 18),
        col('工单数', 'int', (r) => r.tickets),
        col('占比', 'pct', (r) => r.share),
        col('办结率', 'pct', (r) => r.closed_rate),
        col('按期办结率', 'pct', (r) => r.on_time_rate, 12),
        col('满意率', 'pct', (r) => r.satisfied_rate),
        col('不满意率', 'pct', (r) => r.dissatisfied_rate),
        col('同比', 'pct', (r) => r.tickets_change),
      ],
    })),
    sheet(h.cells, (col) => ({
      name: '投诉热点',
      description: '区县×类别工单数与期望值比较（z值从高到低），显著集中的组合标色',
      columns: [
        col('区县', 'text', (r) => r.division, 18),
        col('类别', 'text', (r) => r.category, 16),
        col('工单数', 'int', (r) => r.observed),
        col('期望值', 'num2', (r) => r.expected),
        col('集中度（z值）', 'num2', (r) => r.z, 14),
      ],
      charts: ['hotspot_heatmap'],
      mark: { row: (r) => (r.flagged ? 'warn' : null), legend: `橙色底纹：z≥${h.thresholds.hotspot_z}且工单数≥${h.thresholds.hotspot_min_count}，投诉举报显著集中` },
    })),
  ];
  if (h.surges.length) {
    sheets.push(
      sheet(h.surges, (col) => ({
        name: '投诉激增',
        description: '某月工单数达到前三个月均值2倍以上的区县和类别',
        columns: [col('月份', 'text', (r) => r.month, 10), col('区县', 'text', (r) => r.division, 18), col('类别', 'text', (r) => r.category, 16), col('当月工单数', 'int', (r) => r.count, 12), col('前三个月均值', 'num2', (r) => r.baseline, 14), col('倍数', 'num2', (r) => r.ratio)],
      })),
    );
  }
  return sheets;
}
