import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StagedTable } from '../../load/staging.ts';
import { openMemoryWorkspace } from '../../../workspace/open.ts';
import { TABLE_COLUMNS } from '../../../workspace/schema.ts';
import { all } from '../../../sql/run.ts';
import { sql } from '../../../sql/fragment.ts';

const dir = mkdtempSync(join(tmpdir(), 'staging-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS = [
  { name: 'item_code', type: 'text' }, { name: 'text', type: 'text' }, { name: 'weight', type: 'double' },
] as const;

describe('StagedTable', () => {
  it('loads cells of every awkward shape, including a line far over the default read_csv line limit', async () => {
    const ws = await openMemoryWorkspace();
    try {
      // ~2.7 MB of UTF-8 in one cell: the part's line limit must grow with it.
      const long = '监'.repeat(900_000);
      const texts = ['制表\t符', '换\n行', '引"号', '单元\x1f分隔', long, '', 'plain'];
      const st = new StagedTable(ws.conn, 'survey_item', COLUMNS, TABLE_COLUMNS.survey_item, 7, dir, undefined, 3);
      texts.forEach((t, i) => st.add([`Q${i}`, t, i / 2]));
      st.add(['Q-null', null, null]);
      expect(await st.finish()).toBe(texts.length + 1);
      const rows = await all<{ item_code: string; text: string | null; weight: number | null; batch_id: number }>(
        ws.conn, sql`SELECT item_code, text, weight, batch_id FROM survey_item ORDER BY item_code`);
      const byCode = new Map(rows.map((r) => [r.item_code, r]));
      texts.forEach((t, i) => {
        // An empty string stages as an empty field, which reads back as NULL (no blank text is kept).
        expect(byCode.get(`Q${i}`)?.text).toBe(t === '' ? null : t);
        expect(byCode.get(`Q${i}`)?.weight).toBe(i / 2);
      });
      expect(byCode.get('Q-null')).toMatchObject({ text: null, weight: null, batch_id: 7 });
      expect(readdirSync(dir)).toEqual([]); // parts are removed once loaded
    } finally {
      ws.close();
    }
  });

  it('loads list cells written item by item and through the quoted fallback alike', async () => {
    const ws = await openMemoryWorkspace();
    try {
      const cols = [
        { name: 'decision_no', type: 'text' }, { name: 'party_name', type: 'text' }, { name: 'categories', type: 'text[]' },
        { name: 'decided_on', type: 'date' }, { name: 'agency', type: 'text' },
      ] as const;
      const lists: string[][] = [
        ['罚款'], ['警告', '罚款'], ['含\x1f分隔', '没收违法所得'], ['引"号', 'b'], ['换\n行', '制表\t符'], [], ['监'.repeat(5000), 'x'],
      ];
      const st = new StagedTable(ws.conn, 'penalty_case', cols, TABLE_COLUMNS.penalty_case, 3, dir, undefined, 4);
      lists.forEach((l, i) => st.add([`D${i}`, '甲', l, '2025-01-02', '乙']));
      await st.finish();
      const rows = await all<{ decision_no: string; categories: string[] | null }>(
        ws.conn, sql`SELECT decision_no, categories FROM penalty_case ORDER BY decision_no`);
      const got = new Map(rows.map((r) => [r.decision_no, r.categories]));
      lists.forEach((l, i) => {
        // The separator inside an item becomes a space; an empty list is no list.
        expect(got.get(`D${i}`)).toEqual(l.length ? l.map((x) => x.replaceAll('\x1f', ' ')) : null);
      });
    } finally {
      ws.close();
    }
  });
});
