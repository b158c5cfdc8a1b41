/**
 * Workbook sheets of the quality analysis: inspections by agency, repeat inspections and the
 * case-file review scores.
 */
import type { QualityResult } from '../../analyses/quality/types.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

/** The quality sheets. */
export function qualitySheets(q: QualityResult): AnySheet[] {
  const mean = q.review_summary.mean_score;
  return [
    sheet(q.by_agency, (col) => ({
      name: '检查按机关',
      description: '各执法机关行政检查次数、处罚件数和每百次检查处罚件数',
      columns: [col('执法机关', 'text', (r) => r.agency, 30), col('检查次数', 'int', (r) => r.inspections), col('处罚件数', 'int', (r) => r.penalties), col('每百次检查处罚', 'score', (r) => r.penalties_per_100, 16), col('发现问题比例', 'pct', (r) => r.found_problem_rate, 14)],
      charts: ['inspection_modes'],
    })),
    sheet(q.repeat_inspections.examples, (col) => ({
      name: '重复检查',
      description: `同一对象${q.repeat_inspections.window_days}日内被两个以上部门检查的情形（多头检查）`,
      columns: [
        col('检查对象', 'text', (r) => r.target_name, 32),
        col('统一社会信用代码', 'text', (r) => r.target_credit_code, 22),
        col('首次检查', 'text', (r) => r.first_date, 12),
        col('末次检查', 'text', (r) => r.last_date, 12),
        col('间隔天数', 'int', (r) => r.days),
        col('检查次数', 'int', (r) => r.inspections),
        col('涉及部门数', 'int', (r) => r.agency_count, 12),
        col('涉及部门', 'text', (r) => r.agencies, 60),
      ],
    })),
    sheet(q.reviews, (col) => ({
      name: '案卷评查',
      description: '各执法机关案卷评查平均分、否决项和等次分布',
      columns: [
        col('执法机关', 'text', (r) => r.agency, 30),
        col('评查案卷', 'int', (r) => r.reviews),
        col('平均分', 'score', (r) => r.mean_score),
        col('否决件数', 'int', (r) => r.vetoes),
        col('否决率', 'pct', (r) => r.veto_rate),
        ...[...new Set(q.reviews.flatMap((r) => Object.keys(r.grades)))].map((g) => col(g, 'int', (r) => r.grades[g] ?? 0)),
      ],
      charts: ['review_scores'],
      mark: { row: (r) => (r.vetoes > 0 ? 'warn' : null), legend: `橙色底纹：存在否决项的执法机关（全市平均分${mean === null ? '—' : mean.toFixed(1)}）` },
    })),
  ];
}
