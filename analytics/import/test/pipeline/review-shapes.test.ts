/**
 * Case-file review summaries as offices send them: a title carrying the year, 评查得分 merged over
 * 卷面分 · 内容分 · 总分, a 否决项 column holding the veto reason, and a closing 平均 row.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { importFile } from '../../import-file.ts';
import { writeXlsx } from './fixtures.ts';
import { workspacePerTest } from './workspace-per-test.ts';

const { dir, ws: workspace } = workspacePerTest('review-shapes-');

describe('review summaries', () => {
  it('reads the year from the title, the case number from 案卷名称/文号, the score from 总分', async () => {
    const ws = workspace();
    const f = join(dir, '评查.xlsx');
    await writeXlsx(f, [{
      name: '评查',
      rows: [
        ['2025年度全市行政执法案卷评查结果'],
        ['序号', '被评查单位', '案卷名称/文号', '案卷类别', '评查得分', null, null, '否决项', '评查等次'],
        [null, null, null, null, '卷面分', '内容分', '总分', null, null],
        [1, '连云港市市场监督管理局', '连市监罚〔2025〕12号', '行政处罚', 18, 75, 93, '无', '优秀'],
        [2, '东海县自然资源局', '东自然资许〔2025〕8号', '行政许可', 0, 0, 0, '超越法定职权', '不合格'],
        [3, '灌南县交通运输局', '灌交强〔2025〕2号', '行政强制执行', 12, 40, 52, null, '不合格'],
        ['平均', null, null, null, 10, 38.3, 48.3, null, null],
      ],
      merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:H3', 'I2:I3'],
    }]);
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('review');
    expect([r.rows_read, r.rows_imported, r.rows_rejected]).toEqual([3, 3, 0]);
    const rows = await all(ws.conn, sql`SELECT year, agency, case_no, case_type, score, grade, veto FROM case_review ORDER BY source_row`);
    expect(rows).toEqual([
      { year: 2025, agency: '连云港市市场监督管理局', case_no: '连市监罚〔2025〕12号', case_type: '处罚', score: 93, grade: '优秀', veto: false },
      { year: 2025, agency: '东海县自然资源局', case_no: '东自然资许〔2025〕8号', case_type: '许可', score: 0, grade: '不合格', veto: true },
      { year: 2025, agency: '灌南县交通运输局', case_no: '灌交强〔2025〕2号', case_type: '强制', score: 52, grade: '不合格', veto: null },
    ]);
  });
});
