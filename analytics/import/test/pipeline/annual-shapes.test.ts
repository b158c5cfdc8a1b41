/**
 * Extended local annual forms (DOMAIN §4): 不予处罚 / 减轻处罚 / 复议 / 诉讼 / 移送 groups beside the
 * penalty categories, the money unit stated once above the table, the year only in the sheet name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { importFile } from '../../import-file.ts';
import { writeXlsx } from './fixtures.ts';
import { workspacePerTest } from './workspace-per-test.ts';

const { dir, ws: workspace } = workspacePerTest('annual-shapes-');

describe('extended annual form', () => {
  it('imports the coded indicators and names the columns that have no indicator code', async () => {
    const ws = workspace();
    const f = join(dir, '年报.xlsx');
    await writeXlsx(f, [{
      name: '2025年报',
      rows: [
        ['单位：件、万元'],
        ['序号', '单位名称', '行政处罚', null, null, '不予处罚', null, '行政复议', null, '行政诉讼', null, '移送司法机关'],
        [null, null, '罚款', '合计', '罚没金额', '件数', '金额', '被复议', '复议纠错', '被诉', '败诉', null],
        [1, '连云港市市场监督管理局', 100, 116, 123.45, 3, 0.5, 4, 1, 2, 0, 1],
        ['合计', null, 100, 116, 123.45, 3, 0.5, 4, 1, 2, 0, 1],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:G2', 'H2:I2', 'J2:K2', 'L2:L3'],
    }]);
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('annual_stat');
    expect([r.rows_read, r.rows_imported, r.rows_rejected]).toEqual([1, 1, 0]);
    expect(r.notes).toContain('以下列没有对应的统计指标，未导入：不予处罚/件数、不予处罚/金额');
    const rows = await all(ws.conn, sql`SELECT year, indicator, value, unit FROM annual_stat ORDER BY indicator`);
    expect(rows).toEqual([
      { year: 2025, indicator: 'litigation_lost', value: 0, unit: '件' },
      { year: 2025, indicator: 'litigation_total', value: 2, unit: '件' },
      { year: 2025, indicator: 'penalty_amount_yuan', value: 1234500, unit: '元' },
      { year: 2025, indicator: 'penalty_fine', value: 100, unit: '件' },
      { year: 2025, indicator: 'penalty_total', value: 116, unit: '件' },
      { year: 2025, indicator: 'reconsideration_corrected', value: 1, unit: '件' },
      { year: 2025, indicator: 'reconsideration_total', value: 4, unit: '件' },
      { year: 2025, indicator: 'transfer_judicial', value: 1, unit: '件' },
    ]);
  });
});
