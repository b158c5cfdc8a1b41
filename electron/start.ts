/**
 * `npm start`. Creates the sample workspace on first run (from sample-data/exports, in the user's
 * data folder) and shows it. Until the desktop UI lands (issue 6) this prints the workspace summary
 * and the commands to explore it; then it will open Electron, or browser mode when the Electron
 * binary is absent.
 */
import { sql } from '../analytics/sql/fragment.ts';
import { all } from '../analytics/sql/run.ts';
import { openWorkspace } from '../analytics/workspace/open.ts';
import { ensureSampleWorkspace } from '../analytics/workspace/sample.ts';
import { formatTable } from '../analytics/cli/output.ts';

const KIND_LABELS: Record<string, string> = {
  penalty: '行政处罚', benchmark: '裁量基准', ticket: '12345工单', inspection: '行政检查', review: '案卷评查',
  survey: '满意度答卷', survey_item: '满意度题目', annual_stat: '统计年报', division: '区划', agency: '执法机关',
};

/** Runs the start-up; returns the exit code. */
export async function start(_argv: string[]): Promise<number> {
  try {
    const path = await ensureSampleWorkspace((f) => process.stderr.write(`正在导入示例数据：${f.split('/').pop()}\n`));
    const ws = await openWorkspace(path, { readOnly: true });
    try {
      const batches = await all<{ kind: string; files: number; rows_imported: number; rows_rejected: number }>(
        ws.conn,
        sql`SELECT kind, count(*) AS files, sum(rows_imported) AS rows_imported, sum(rows_rejected) AS rows_rejected
            FROM import_batch GROUP BY kind ORDER BY kind`,
      );
      console.log(`执法监督分析工作站 — 示例工作区：${path}\n`);
      console.log(formatTable(batches.map((b) => ({ 数据类型: KIND_LABELS[b.kind] ?? b.kind, 文件数: b.files, 导入行数: b.rows_imported, 拒绝行数: b.rows_rejected }))));
      console.log('\n桌面界面尚未完成（见 issue 6），可以用命令行查看：');
      console.log(`  npx supervise sql --workspace "${path}" "select agency, count(*) from penalty_case group by 1 order by 2 desc"`);
      console.log(`  npx supervise analyze penalties --workspace "${path}"`);
    } finally {
      ws.close();
    }
    return 0;
  } catch (e) {
    console.error(`错误 Error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
