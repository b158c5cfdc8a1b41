/**
 * Hotline ticket exports in shapes our generator does not write: 办理时限 as a number of days, a
 * 12348 export whose line is named only in the title, headers of the legal-aid hotline.
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

const dir = mkdtempSync(join(tmpdir(), 'ticket-shapes-'));
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

describe('ticket exports', () => {
  it('reads 办理时限 given as days (calendar or working) as well as a deadline', async () => {
    const f = join(dir, '工单.xlsx');
    await writeXlsx(f, [{
      name: 'Sheet1',
      rows: [
        ['工单编号', '来电时间', '诉求类型', '诉求内容', '所属区县', '办理时限', '是否解决', '满意度'],
        ['GD1', '2025-04-03 09:10:00', '投诉', '噪音', '海州区', '5个工作日', '已解决', '满意'],
        ['GD2', '2025-04-03 09:10:00', '咨询', '办证', '海州区', 7, '是', '理解'],
        ['GD3', '2025-04-03 09:10:00', '建议', '路灯', '海州区', '3天', '未解决', '不满意'],
        ['GD4', '2025-04-03 09:10:00', '求助', '停水', '海州区', '2025-04-10 17:00', '否', null],
        ['GD5', '2025-04-03 09:10:00', '举报', '占道', '海州区', '尽快', '是', '满意'],
      ],
    }]);
    const [r] = await importFile(ws, f);
    expect(r.rows_imported).toBe(4);
    expect(r.rejects).toEqual([expect.objectContaining({ row: 6, column: '办理时限', value: '尽快', reason: '无法识别的日期' })]);
    const rows = await all(ws.conn, sql`SELECT ticket_no, due_at::VARCHAR AS due, resolved FROM hotline_ticket ORDER BY ticket_no`);
    expect(rows).toEqual([
      { ticket_no: 'GD1', due: '2025-04-10 09:10:00', resolved: true },
      { ticket_no: 'GD2', due: '2025-04-10 09:10:00', resolved: true },
      { ticket_no: 'GD3', due: '2025-04-06 09:10:00', resolved: false },
      { ticket_no: 'GD4', due: '2025-04-10 17:00:00', resolved: false },
    ]);
  });
});
