import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../import/import-file.ts';
import { sql } from '../../sql/fragment.ts';
import { all, exec } from '../../sql/run.ts';
import { categoriesKey, categoriesOfKey } from '../categories-key.ts';
import { openMemoryWorkspace, openWorkspace } from '../open.ts';
import { SAMPLE_EXPORTS } from '../sample.ts';

const dir = mkdtempSync(join(tmpdir(), 'ck-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows whose stored key does not equal the key of their list. */
const STALE = sql`SELECT count(*) AS n FROM penalty_case WHERE categories_key IS DISTINCT FROM ${categoriesKey(sql`categories`)}`;

describe('penalty_case.categories_key', () => {
  it('decodes to exactly the list it was made from', async () => {
    const ws = await openMemoryWorkspace();
    try {
      const lists = [null, [], [null], ['罚款'], ['警告', '罚款'], ['罚款', '警告'], ['', '罚款'], ['含"引号\\与反斜杠', '😀'], ['a,b', '[x]']];
      const keys: (string | null)[] = [];
      for (const list of lists) {
        const [row] = await all<{ same: boolean; key: string | null }>(
          ws.conn,
          sql`SELECT ${categoriesOfKey(categoriesKey(sql`${list}::VARCHAR[]`))} IS NOT DISTINCT FROM ${list}::VARCHAR[] AS same,
            ${categoriesKey(sql`${list}::VARCHAR[]`)} AS key`,
        );
        expect(row.same, JSON.stringify(list)).toBe(true);
        if (list === null) expect(row.key).toBeNull();
        else keys.push(row.key);
      }
      // Different lists (order included) never share a key.
      expect(new Set(keys).size).toBe(lists.length - 1);
    } finally {
      ws.close();
    }
  });

  it('is written by the importer for every imported case (xlsx and CSV exports)', async () => {
    const ws = await openWorkspace(join(dir, 'imported.duckdb'), { create: true });
    try {
      for (const f of ['行政处罚_双公示_徐圩新区_2025.xlsx', '行政处罚_案件系统导出_灌云县综合行政执法局_2024.csv']) {
        await importFile(ws, join(SAMPLE_EXPORTS, f));
      }
      const [row] = await all<{ n: number; total: number; keyed: number }>(ws.conn, sql`SELECT (${STALE}) AS n,
        (SELECT count(*) FROM penalty_case) AS total, (SELECT count(categories_key) FROM penalty_case) AS keyed`);
      expect(row.total).toBeGreaterThan(100);
      expect(row.keyed).toBeGreaterThan(100);
      expect(row.n).toBe(0);
    } finally {
      ws.close();
    }
  });

  it('is filled by migration 3 for cases imported before it', async () => {
    const path = join(dir, 'v2.duckdb');
    const old = await openWorkspace(path, { create: true, targetVersion: 2 });
    try {
      await exec(old.conn, sql`INSERT INTO penalty_case (decision_no, party_name, decided_on, agency, categories, batch_id)
        VALUES ('甲〔2024〕1号', '某公司', DATE '2024-03-01', '甲局', ['警告', '罚款'], 1),
               ('甲〔2024〕2号', '某公司', DATE '2024-03-02', '甲局', NULL, 1)`);
    } finally {
      old.close();
    }
    const ws = await openWorkspace(path);
    try {
      expect(ws.version).toBeGreaterThanOrEqual(3);
      const rows = await all<{ key: string | null }>(ws.conn, sql`SELECT categories_key AS key FROM penalty_case ORDER BY decision_no`);
      expect(rows.map((r) => r.key)).toEqual(['["警告","罚款"]', null]);
      expect((await all<{ n: number }>(ws.conn, STALE))[0].n).toBe(0);
    } finally {
      ws.close();
    }
  });
});
