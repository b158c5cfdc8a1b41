/**
 * Penalty exports in shapes our generator does not write, taken from agencies' case systems: each
 * test imports a small file and reads back what was stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { openWorkspace, type Workspace } from '../../../workspace/open.ts';
import { importFile } from '../../import-file.ts';
import { writeXlsx } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'penalty-shapes-'));
let n = 0;
let ws: Workspace;
beforeEach(async () => {
  ws?.close();
  ws = await openWorkspace(join(dir, `ws${n++}.duckdb`), { create: true });
});
afterAll(() => {
  ws?.close();
  rmSync(dir, { recursive: true, force: true });
});

const AGENCY = '连云港市卫生健康委员会';

describe('penalty exports from case systems', () => {
  it('adds separate 没收违法所得 and 没收非法财物 columns into the confiscation', async () => {
    const f = join(dir, 'split-confiscation.xlsx');
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        ['处罚决定书文号', '当事人名称', '罚款金额（元）', '没收违法所得金额（元）', '没收非法财物金额（元）', '处罚决定日期', '处罚机关'],
        ['连卫罚〔2024〕1号', '甲诊所', 30000, 1200.5, 800, '2024-03-05', AGENCY],
        ['连卫罚〔2024〕2号', '乙药店', 5000, null, 300.25, '2024-03-06', AGENCY],
        ['连卫罚〔2024〕3号', '丙药店', 5000, null, null, '2024-03-07', AGENCY],
      ],
    }]);
    const [r] = await importFile(ws, f);
    expect(r).toMatchObject({ kind: 'penalty', rows_imported: 3, rows_rejected: 0 });
    const rows = await all<{ decision_no: string; confiscation_yuan: number | null }>(
      ws.conn, sql`SELECT decision_no, confiscation_yuan FROM penalty_case ORDER BY source_row`,
    );
    expect(rows.map((x) => x.confiscation_yuan)).toEqual([2000.5, 300.25, null]);
  });
});
