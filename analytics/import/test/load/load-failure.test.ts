/**
 * A failure while writing to the workspace reaches the analyst as one Chinese line naming the file,
 * never as DuckDB's multi-line English text; the original error stays the cause.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFailureMessage } from '../../load-failure.ts';
import { ImportError } from '../../errors.ts';
import { importFile } from '../../import-file.ts';
import { openWorkspace } from '../../../workspace/open.ts';
import { all } from '../../../sql/run.ts';
import { sql } from '../../../sql/fragment.ts';

describe('loadFailureMessage', () => {
  it('says what a known DuckDB failure means, in one line', () => {
    const cases: [string, string][] = [
      ['IO Error: Could not write file "/w/ws.duckdb.wal": No space left on device\n\nLINE 1: …', '磁盘空间不足'],
      ['Out of Memory Error: failed to allocate data of size 16.0 MiB (256.0 MiB/256.0 MiB used)', '内存不足'],
      ['IO Error: Cannot open file "/w/ws.duckdb": Permission denied', '没有写入工作区文件的权限'],
      ['IO Error: Could not set lock on file "/w/ws.duckdb": Conflicting lock is held in /usr/bin/node (PID 12)', '工作区正被另一个程序使用'],
    ];
    for (const [duck, meaning] of cases) {
      const line = loadFailureMessage('处罚.xlsx', new Error(`查询“导入 penalty_case”失败：${duck}`));
      expect(line).toBe(`导入 "处罚.xlsx" 失败：${line.slice('导入 "处罚.xlsx" 失败：'.length)}`);
      expect(line).toContain(meaning);
      expect(line).toContain('工作区未改变');
      expect(line).not.toContain('\n');
    }
  });

  it('keeps the first line of anything else, capped, and does not name the file twice', () => {
    const other = loadFailureMessage('a.csv', new Error('Conversion Error: Could not convert string "x" to DECIMAL\n\nLINE 3: SELECT …'));
    expect(other).toBe('导入 "a.csv" 失败：Conversion Error: Could not convert string "x" to DECIMAL；工作区未改变');
    const long = loadFailureMessage('a.csv', new Error('x'.repeat(1000)));
    expect(long.length).toBeLessThan(260);
    expect(loadFailureMessage('a.csv', new Error('文件 "a.csv" 出错'))).toBe('文件 "a.csv" 出错；工作区未改变');
    expect(loadFailureMessage('a.csv', 'plain')).toBe('导入 "a.csv" 失败：plain；工作区未改变');
  });
});

describe('an import that runs out of workspace memory', () => {
  it('is refused with the Chinese line, DuckDB text as the cause, and the workspace unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-failure-'));
    try {
      const path = join(dir, 'ws.duckdb');
      (await openWorkspace(path, { create: true })).close();
      // 8 MB cannot hold the 16 MB read buffer of a staged part: the load itself fails.
      const ws = await openWorkspace(path, { create: false, memoryLimit: '8MB' });
      const file = join(import.meta.dirname, '../../../../sample-data/exports/行政处罚_双公示_海州区_2025.xlsx');
      try {
        const err = await importFile(ws, file).then(() => null, (e: unknown) => e);
        expect(err).toBeInstanceOf(ImportError);
        expect((err as ImportError).code).toBe('LOAD_FAILED');
        expect((err as Error).message).toBe('导入 "行政处罚_双公示_海州区_2025.xlsx" 失败：内存不足（请关闭其他程序后重试，或把文件拆分后分别导入）；工作区未改变');
        expect(String(((err as Error).cause as Error).message)).toMatch(/Out of Memory/);
      } finally {
        ws.close();
      }
      const again = await openWorkspace(path, { create: false, readOnly: true });
      try {
        expect(await all(again.conn, sql`SELECT count(*)::INTEGER AS n FROM import_batch`)).toEqual([{ n: 0 }]);
        expect(await all(again.conn, sql`SELECT count(*)::INTEGER AS n FROM penalty_case`)).toEqual([{ n: 0 }]);
      } finally {
        again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
