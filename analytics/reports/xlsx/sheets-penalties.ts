/**
 * Workbook sheets of the penalty analysis: the summary, fine bins, categories, agencies, divisions
 * and months.
 */
import type { PenaltiesResult } from '../../analyses/penalties/types.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

type Pair = { label: string; value: number | null; format: 'int' | 'yuan' | 'pct' };

/** The penalty sheets. */
export function penaltySheets(p: PenaltiesResult): AnySheet[] {
  const s = p.summary;
  const f = p.flags;
  const pairs: Pair[] = [
    { label: '行政处罚案件数（件）', value: s.cases, format: 'int' },
    { label: '罚没金额（元）', value: s.penalty_total_yuan, format: 'yuan' },
    { label: '罚款金额（元）', value: s.fine_total_yuan, format: 'yuan' },
    { label: '没收金额（元）', value: s.confiscation_total_yuan, format: 'yuan' },
    { label: '有罚款案件数（件）', value: s.fined_cases, format: 'int' },
    { label: '罚款平均数（元）', value: s.fine_mean_yuan, format: 'yuan' },
    { label: '罚款中位数（元）', value: s.fine_median_yuan, format: 'yuan' },
    { label: '罚款第90百分位数（元）', value: s.fine_p90_yuan, format: 'yuan' },
    { label: '最高罚款（元）', value: s.fine_max_yuan, format: 'yuan' },
    { label: '简易程序案件数（件）', value: s.simple_procedure_cases, format: 'int' },
    { label: '简易程序超限额案件（件）', value: f.simple_procedure_over_cap, format: 'int' },
    { label: '12月案件占比', value: f.december_share, format: 'pct' },
    { label: '罚款前1%案件占罚款总额比例', value: f.top1pct_fine_share, format: 'pct' },
    { label: '上年案件数（件）', value: p.yoy?.cases_prior ?? null, format: 'int' },
    { label: '案件数同比', value: p.yoy?.cases_change ?? null, format: 'pct' },
    { label: '上年罚没金额（元）', value: p.yoy?.penalty_total_prior_yuan ?? null, format: 'yuan' },
    { label: '罚没金额同比', value: p.yoy?.penalty_total_change ?? null, format: 'pct' },
  ];
  // One value column per format, so each number keeps its own number format.
  const byFormat = (fmt: Pair['format']) => (r: Pair) => (r.format === fmt ? r.value : null);
  return [
    sheet(pairs, (col) => ({
      name: '处罚概况',
      description: '行政处罚案件数、罚没金额、罚款分布统计量和预警指标',
      columns: [col('指标', 'text', (r) => r.label, 30), col('件数', 'int', byFormat('int')), col('金额（元）', 'yuan', byFormat('yuan')), col('比例', 'pct', byFormat('pct'))],
      charts: ['monthly_trend'],
    })),
    sheet(p.histogram, (col) => ({
      name: '处罚金额分布',
      description: '按罚款金额区间统计的案件数和罚款金额',
      columns: [col('金额区间', 'text', (r) => r.label, 16), col('案件数', 'int', (r) => r.cases), col('占比', 'pct', (r) => r.share), col('罚款金额（万元）', 'wan', (r) => r.fine_total_yuan)],
      charts: ['fine_histogram'],
    })),
    sheet(p.by_heaviest_category, (col) => ({
      name: '处罚种类',
      description: '按最重处罚种类统计（年报口径，每案计一次）',
      columns: [col('处罚种类', 'text', (r) => r.category ?? '未登记', 20), col('案件数', 'int', (r) => r.cases), col('占比', 'pct', (r) => r.share), col('罚款金额（万元）', 'wan', (r) => r.fine_total_yuan)],
      charts: ['category_mix'],
    })),
    sheet(p.by_agency, (col) => ({
      name: '处罚按机关',
      description: '各执法机关处罚案件数、金额、12月占比和简易程序超限额情况',
      columns: [
        col('执法机关', 'text', (r) => r.agency, 30),
        col('执法领域', 'text', (r) => r.sector, 12),
        col('区县', 'text', (r) => r.division, 14),
        col('案件数', 'int', (r) => r.cases),
        col('罚款金额（元）', 'yuan', (r) => r.fine_total_yuan),
        col('罚款金额（万元）', 'wan', (r) => r.fine_total_yuan),
        col('没收金额（元）', 'yuan', (r) => r.confiscation_total_yuan),
        col('罚款中位数（元）', 'yuan', (r) => r.fine_median_yuan),
        col('12月占比', 'pct', (r) => r.december_share),
        col('简易程序超限额', 'int', (r) => r.simple_over_cap),
      ],
      charts: ['agency_cases'],
      mark: {
        row: (r) => (r.simple_over_cap > 0 || (r.cases >= f.december_min_cases && r.december_share > f.december_threshold) ? 'warn' : null),
        legend: `橙色底纹：12月案件占比超过${(100 * f.december_threshold).toFixed(1)}%（案件${f.december_min_cases}件以上）或有简易程序超限额案件的执法机关`,
      },
    })),
    sheet(p.by_division, (col) => ({
      name: '处罚按区县',
      description: '各区县处罚案件数和金额',
      columns: [col('区县', 'text', (r) => r.division ?? '未定位', 18), col('案件数', 'int', (r) => r.cases), col('罚款金额（万元）', 'wan', (r) => r.fine_total_yuan), col('没收金额（万元）', 'wan', (r) => r.confiscation_total_yuan), col('罚款中位数（元）', 'yuan', (r) => r.fine_median_yuan)],
    })),
    sheet(p.by_month, (col) => ({
      name: '处罚按月份',
      description: '各月处罚案件数和罚款金额',
      columns: [col('月份', 'text', (r) => r.month, 10), col('案件数', 'int', (r) => r.cases), col('罚款金额（万元）', 'wan', (r) => r.fine_total_yuan)],
    })),
  ];
}
