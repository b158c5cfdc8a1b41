/**
 * Survey exports from a survey platform (问卷星): every question numbered, the respondent's group and
 * the rated agency asked as questions, `(空)` / `(跳过)` for unanswered ones.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { importFile } from '../../import-file.ts';
import { writeXlsx } from './fixtures.ts';
import { workspacePerTest } from './workspace-per-test.ts';

const { dir, ws: workspace } = workspacePerTest('survey-shapes-');

describe('survey platform export', () => {
  it('imports every respondent with group, agency and comment from the numbered questions', async () => {
    const ws = workspace();
    const f = join(dir, '问卷星.xlsx');
    await writeXlsx(f, [{
      name: 'Sheet1',
      rows: [
        ['序号', '提交答卷时间', '所用时间', '来源', '1、您的身份是：', '2、您评价的执法部门：', '3、执法人员是否主动出示执法证件？', '4、执法程序是否规范？', '5、您对执法工作有何意见建议？'],
        [1, '2025/10/10 10:23:45', '100秒', '微信', '企业', '连云港市生态环境局', '非常满意', '满意', '希望加强执法'],
        [2, '2025/10/11 09:00:00', '80秒', '微信', '律师', '连云港市生态环境局', '不满意', '(跳过)', '(空)'],
      ],
    }]);
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('survey');
    expect([r.rows_imported, r.rows_rejected]).toEqual([2, 0]);
    const responses = await all(ws.conn, sql`SELECT respondent_type, agency, division, answered_on, comment FROM survey_response ORDER BY source_row`);
    expect(responses).toEqual([
      { respondent_type: '企业', agency: '连云港市生态环境局', division: '市本级', answered_on: '2025-10-10', comment: '希望加强执法' },
      { respondent_type: '律师', agency: '连云港市生态环境局', division: '市本级', answered_on: '2025-10-11', comment: null },
    ]);
    const answers = await all(ws.conn, sql`SELECT item_code, label, score FROM survey_answer ORDER BY response_id, item_code`);
    expect(answers.filter((a) => a.score !== null)).toEqual([
      { item_code: 'Q3', label: '非常满意', score: 100 },
      { item_code: 'Q4', label: '满意', score: 80 },
      { item_code: 'Q3', label: '不满意', score: 30 },
    ]);
  });
});
