/**
 * Workbook sheets of the benchmark-deviation analysis: agencies (deviating ones marked), the
 * 同案不同罚 groups (flagged ones marked) and the deviating cases.
 */
import { STATUS_LABELS } from '../../analyses/deviation/types.ts';
import type { DeviationResult } from '../../analyses/deviation/types.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

/** An agency is marked when its deviation rate is at least twice the city's, over enough cases. */
const MARK_FACTOR = 2;
const MARK_MIN_ASSESSED = 20;

/** The deviation sheets. */
export function deviationSheets(d: DeviationResult): AnySheet[] {
  const city = d.summary.deviation_rate ?? 0;
  return [
    sheet(d.by_agency, (col) => ({
      name: '裁量偏离机关',
      description: '各执法机关对照裁量基准的评估案件数、高于/低于基准件数和偏离率',
      columns: [
        col('执法机关', 'text', (r) => r.agency, 30),
        col('案件数', 'int', (r) => r.cases),
        col('匹配基准', 'int', (r) => r.matched),
        col('可评估', 'int', (r) => r.assessed),
        col('基准内', 'int', (r) => r.within),
        col('高于基准', 'int', (r) => r.above),
        col('低于基准', 'int', (r) => r.below),
        col('无匹配基准', 'int', (r) => r.no_rule, 12),
        col('偏离率', 'pct', (r) => r.deviation_rate),
        col('基准覆盖率', 'pct', (r) => r.coverage, 12),
      ],
      charts: ['agency_deviation', 'deviation_status'],
      mark: {
        row: (r) => (r.assessed >= MARK_MIN_ASSESSED && (r.deviation_rate ?? 0) >= MARK_FACTOR * city && city > 0 ? 'warn' : null),
        legend: `橙色底纹：偏离率达到全市平均（${(100 * city).toFixed(1)}%）${MARK_FACTOR}倍以上且评估案件${MARK_MIN_ASSESSED}件以上的执法机关`,
      },
    })),
    sheet(d.inconsistent_groups, (col) => ({
      name: '同案不同罚',
      description: '同一违法行为、同一裁量阶次的罚款离散程度（变异系数、P90/P10）',
      columns: [
        col('违法行为', 'text', (r) => r.violation, 36),
        col('违法行为编码', 'text', (r) => r.violation_code, 14),
        col('裁量阶次', 'text', (r) => r.tier ?? '未载明'),
        col('案件数', 'int', (r) => r.cases),
        col('平均数（元）', 'yuan', (r) => r.mean),
        col('中位数（元）', 'yuan', (r) => r.median),
        col('变异系数', 'num2', (r) => r.cv),
        col('P10（元）', 'yuan', (r) => r.p10),
        col('P90（元）', 'yuan', (r) => r.p90),
        col('P90/P10', 'num2', (r) => r.p90_p10),
      ],
      mark: { row: (r) => (r.flagged ? 'warn' : null), legend: `橙色底纹：变异系数超过${d.settings.consistency_cv}，存在同案不同罚风险` },
    })),
    sheet(d.cases, (col) => ({
      name: '偏离基准案件',
      description: `罚款高于或低于裁量基准的案件（按偏离程度排序，最多${d.cases_limit}件，共${d.cases_total}件）`,
      columns: [
        col('决定书文号', 'text', (r) => r.decision_no, 28),
        col('执法机关', 'text', (r) => r.agency, 28),
        col('区县', 'text', (r) => r.division, 14),
        col('违法行为', 'text', (r) => r.violation, 32),
        col('裁量阶次', 'text', (r) => r.tier),
        col('决定日期', 'text', (r) => r.decided_on, 12),
        col('罚款（元）', 'yuan', (r) => r.fine_yuan),
        col('基准下限（元）', 'yuan', (r) => r.min_yuan),
        col('基准上限（元）', 'yuan', (r) => r.max_yuan),
        col('对照结果', 'text', (r) => STATUS_LABELS[r.status], 10),
        col('偏离比例', 'pct', (r) => r.deviation_ratio),
      ],
    })),
  ];
}
