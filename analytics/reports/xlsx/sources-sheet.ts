/**
 * The 数据来源 sheet: every import batch of the workspace — file, kind, SHA-256, rows read,
 * imported and rejected, and when — so each number in the report can be traced to its file.
 */
import type { ReportData } from '../data/types.ts';
import { sheet, type AnySheet } from './sheet-spec.ts';

const KIND_LABELS: Record<string, string> = {
  penalty: '行政处罚',
  benchmark: '裁量基准',
  ticket: '投诉举报工单',
  inspection: '行政检查',
  review: '案卷评查',
  survey: '满意度调查',
  survey_item: '调查题目',
  annual_stat: '统计年报',
  division: '行政区划',
  agency: '执法机关',
};

/** The sources sheet spec. */
export function sourcesSheet(d: ReportData): AnySheet {
  return sheet(d.batches, (col) => ({
    name: '数据来源',
    description: `工作区导入的全部数据批次（${d.batches.length}批）：文件名、类型、SHA-256校验值、读取/导入/拒绝行数和导入时间`,
    columns: [
      col('批次', 'int', (b) => b.batch_id, 8),
      col('文件名', 'code', (b) => b.file_name, 44),
      col('数据类型', 'text', (b) => KIND_LABELS[b.kind] ?? b.kind, 12),
      col('工作表', 'text', (b) => b.sheet, 14),
      col('SHA-256', 'code', (b) => b.sha256, 68),
      col('读取行数', 'int', (b) => b.rows_read),
      col('导入行数', 'int', (b) => b.rows_imported),
      col('拒绝行数', 'int', (b) => b.rows_rejected),
      col('导入时间', 'text', (b) => b.imported_at, 20),
    ],
    mark: { row: (b) => (b.rows_rejected > 0 ? 'warn' : null), legend: '橙色底纹：有被拒绝行的批次（拒绝原因可在“数据导入”页面导出）' },
  }));
}
