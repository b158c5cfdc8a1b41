/**
 * Hotline ticket exports in shapes our generator does not write: 办理时限 as a number of days, a
 * 12348 export whose line is named only in the title, headers of the legal-aid hotline.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { importFile } from '../../import-file.ts';
import { writeXlsx } from './fixtures.ts';
import { workspacePerTest } from './workspace-per-test.ts';

const { dir, ws: workspace } = workspacePerTest('ticket-shapes-');

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
    const [r] = await importFile(workspace(), f);
    expect(r.rows_imported).toBe(4);
    expect(r.rejects).toEqual([expect.objectContaining({ row: 6, column: '办理时限', value: '尽快', reason: '无法识别的日期' })]);
    const rows = await all(workspace().conn, sql`SELECT ticket_no, due_at::VARCHAR AS due, resolved FROM hotline_ticket ORDER BY ticket_no`);
    expect(rows).toEqual([
      { ticket_no: 'GD1', due: '2025-04-10 09:10:00', resolved: true },
      { ticket_no: 'GD2', due: '2025-04-10 09:10:00', resolved: true },
      { ticket_no: 'GD3', due: '2025-04-06 09:10:00', resolved: false },
      { ticket_no: 'GD4', due: '2025-04-10 17:00:00', resolved: false },
    ]);
  });

  it('takes the hotline from the title, the sheet or the file name when no header carries the prefix', async () => {
    const head = ['工单编号', '来电时间', '问题类型', '咨询内容', '所属区县', '回访评价'];
    const titled = join(dir, '来电登记.xlsx');
    await writeXlsx(titled, [{
      name: '来电记录',
      rows: [['连云港市12348公共法律服务热线来电登记表'], head, ['FL1', '2025-05-01 10:00', '劳动争议', '咨询劳动合同问题', '海州区', '满意']],
      merges: ['A1:F1'],
    }]);
    const named = join(dir, '12345工单_2025年5月.xlsx');
    await writeXlsx(named, [{ name: 'Sheet1', rows: [head, ['GD9', '2025-05-02 10:00', '市容', '占道经营', '连云区', '理解']] }]);
    const plain = join(dir, '工单.xlsx');
    await writeXlsx(plain, [{ name: 'Sheet1', rows: [head, ['GD8', '2025-05-03 10:00', '市容', '占道经营', '连云区', '']] }]);
    for (const f of [titled, named, plain]) expect((await importFile(workspace(), f))[0].rows_imported).toBe(1);
    const rows = await all(workspace().conn, sql`SELECT ticket_no, line, category, content, satisfaction FROM hotline_ticket ORDER BY ticket_no`);
    expect(rows).toEqual([
      { ticket_no: 'FL1', line: '12348', category: '劳动争议', content: '咨询劳动合同问题', satisfaction: '满意' },
      { ticket_no: 'GD8', line: null, category: '市容', content: '占道经营', satisfaction: null },
      { ticket_no: 'GD9', line: '12345', category: '市容', content: '占道经营', satisfaction: '基本满意' },
    ]);
  });

  it('does not read the hotline out of a longer digit run (an export time 123456 in the file name)', async () => {
    const f = join(dir, '工单导出_20250312_123456.xlsx');
    await writeXlsx(f, [{ name: 'Sheet1', rows: [['工单编号', '来电时间', '诉求内容'], ['GD1', '2025-05-02 10:00', '占道经营']] }]);
    expect((await importFile(workspace(), f))[0].rows_imported).toBe(1);
    expect(await all(workspace().conn, sql`SELECT line FROM hotline_ticket`)).toEqual([{ line: null }]);
  });

  it('keeps a ticket closed on its receiving day when 办结时间 has no time of day; an earlier day still rejects', async () => {
    const f = join(dir, '工单.xlsx');
    await writeXlsx(f, [{
      name: 'Sheet1',
      rows: [
        ['工单编号', '来电时间', '诉求内容', '办结时间'],
        ['GD1', '2025-04-03 14:20:00', '占道经营', '2025-04-03'],
        ['GD2', '2025-04-03 14:20:00', '占道经营', '2025-04-02'],
        ['GD3', '2025-04-03 14:20:00', '占道经营', '2025-04-03 09:00:00'],
      ],
    }]);
    const [r] = await importFile(workspace(), f);
    expect(r.rejects.map((x) => [x.row, x.reason])).toEqual([[3, '办结时间早于受理时间'], [4, '办结时间早于受理时间']]);
    const rows = await all(workspace().conn, sql`SELECT ticket_no, closed_at::VARCHAR AS closed FROM hotline_ticket`);
    expect(rows).toEqual([{ ticket_no: 'GD1', closed: '2025-04-03 00:00:00' }]);
  });
});
