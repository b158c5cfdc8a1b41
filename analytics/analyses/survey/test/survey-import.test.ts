/**
 * A survey workbook with blank answers, a "no opinion" answer and an unknown label, imported with
 * the real importer, then analysed. The importer's documented behaviour (import/load/kinds/survey.ts):
 * a blank cell stays blank (no answer row), 不了解 is kept as a label with no score, and an answer the
 * label map cannot read rejects the whole respondent with a reason naming the item — so no
 * respondent is half-counted. The analysis then counts only non-blank answers.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../import/import-file.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { openWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { runSurvey } from '../index.ts';

const dir = mkdtempSync(join(tmpdir(), 'survey-import-'));
let ws: Workspace | undefined;
afterAll(() => {
  ws?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const answers = wb.addWorksheet('答卷');
  answers.addRow(['编号', '受访者类型', '被评价单位', '所属区县', '填报日期', 'Q1', 'Q2', 'Q3', '意见建议']);
  answers.addRow(['S1', '企业', '连云港市市场监督管理局', '市本级', '2025-09-01', '非常满意', '满意', '满意', '态度很好']);
  answers.addRow(['S2', '公众', '连云港市市场监督管理局', '市本级', '2025-09-02', '不满意', undefined, '基本满意', undefined]);
  answers.addRow(['S3', '律师', '连云港市市场监督管理局', '市本级', '2025-09-03', '满意', '很好吧', '满意', undefined]);
  answers.addRow(['S4', '公众', '连云港市市场监督管理局', '市本级', '2025-09-04', '满意', '不了解', '非常满意', undefined]);
  const items = wb.addWorksheet('题目');
  items.addRow(['题号', '维度', '题目', '权重']);
  items.addRow(['Q1', '执法规范', '亮证执法', 1]);
  items.addRow(['Q2', '执法文明', '态度文明', 1]);
  items.addRow(['Q3', '总体评价', '总体满意度', 0]);
  await wb.xlsx.writeFile(path);
}

describe('survey import → analysis', () => {
  it('keeps blanks blank, rejects an unknown label naming the item, and scores the rest', async () => {
    const file = join(dir, '满意度调查.xlsx');
    await writeWorkbook(file);
    ws = await openWorkspace(join(dir, 'ws.duckdb'), { create: true });
    const results = await importFile(ws, file);
    const survey = results.find((b) => b.kind === 'survey');
    expect(survey?.rows_imported).toBe(3);
    expect(survey?.rows_rejected).toBe(1);
    expect(survey?.rejects[0]).toMatchObject({ row: 4, value: '很好吧' });
    expect(survey?.rejects[0].reason).toContain('Q2');

    const answers = await all(ws.conn, sql`SELECT response_id, item_code, label, score FROM survey_answer ORDER BY response_id, item_code`);
    expect(answers).toEqual([
      { response_id: 'S1', item_code: 'Q1', label: '非常满意', score: 100 },
      { response_id: 'S1', item_code: 'Q2', label: '满意', score: 80 },
      { response_id: 'S1', item_code: 'Q3', label: '满意', score: 80 },
      { response_id: 'S2', item_code: 'Q1', label: '不满意', score: 30 },
      { response_id: 'S2', item_code: 'Q3', label: '基本满意', score: 60 },
      { response_id: 'S4', item_code: 'Q1', label: '满意', score: 80 },
      { response_id: 'S4', item_code: 'Q2', label: '不了解', score: null },
      { response_id: 'S4', item_code: 'Q3', label: '非常满意', score: 100 },
    ]);

    const r = await runSurvey(await queryContext(ws.conn), { year: 2025 });
    expect(r.overall.responses).toBe(3); // the rejected S3 is not in the workspace
    expect(r.items.map((i) => [i.item_code, i.answered, i.blank, i.score])).toEqual([
      ['Q1', 3, 0, 70], // (100 + 30 + 80) / 3
      ['Q2', 1, 2, 80], // S2 blank, S4 不了解: not answers
      ['Q3', 3, 0, 80], // overall item
    ]);
    // dimensions: 执法规范 70, 执法文明 80, weights 1 and 1 → 75; per respondent: S1 90, S2 30 (Q2 blank: 执法规范 only), S4 80
    expect(r.overall.index).toBeCloseTo(75, 12);
    expect(r.overall.respondent_mean).toBeCloseTo((90 + 30 + 80) / 3, 12);
    expect(r.overall.satisfied_rate).toBeCloseTo(2 / 3, 12); // Q3: 满意, 基本满意, 非常满意
    expect(r.reliability).toMatchObject({ k: 2, n: 1, alpha: null }); // only S1 answered both Q1 and Q2
  });
});
