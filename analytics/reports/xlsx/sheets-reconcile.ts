/**
 * The workbook sheet of the annual-statistics reconciliation: every mismatch with both numbers in
 * the indicator's own unit (件, 次 or 元), suspected 元/万元 mix-ups marked.
 */
import type { ReconcileView } from '../data/reconcile-view.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

/** The reconciliation sheet. */
export function reconcileSheets(r: ReconcileView): AnySheet[] {
  const missing = r.missingReports.length ? `；${r.missingReports.length}个执法机关有执法数据但未报送年报：${r.missingReports.join('、')}` : '';
  return [
    sheet(r.mismatches, (col) => ({
      name: '年报不一致',
      description: `统计年报与案件数据不一致的指标（共核对${r.checked}项，不一致${r.mismatches.length}项${missing}）`,
      columns: [
        col('执法机关', 'text', (m) => m.agency, 30),
        col('指标', 'text', (m) => m.label, 34),
        col('单位', 'text', (m) => m.unit, 6),
        col('年报数', 'general', (m) => m.reported),
        col('案件数据', 'general', (m) => m.computed),
        col('差异', 'general', (m) => m.difference),
        col('相对差异', 'pct', (m) => (m.computed ? m.difference / Math.abs(m.computed) : null), 12),
        col('疑似单位错误', 'text', (m) => (m.unitError ? '是' : ''), 12),
      ],
      charts: ['reconcile_mismatch'],
      mark: { row: (m) => (m.unitError ? 'warn' : null), legend: '橙色底纹：报送值约为案件数据的1万倍（或万分之一），疑似“元”“万元”混用' },
    })),
  ];
}
