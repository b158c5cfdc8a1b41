import { describe, expect, it } from 'vitest';
import { ImportThreads, importThreads } from '../../load/import-threads.ts';
import { openMemoryWorkspace } from '../../../workspace/open.ts';
import { one } from '../../../sql/run.ts';
import { sql } from '../../../sql/fragment.ts';

const threads = async (ws: Awaited<ReturnType<typeof openMemoryWorkspace>>) =>
  (await one<{ n: number }>(ws.conn, sql`SELECT current_setting('threads')::INTEGER AS n`))?.n;

describe('import threads', () => {
  it('leaves one core to the JavaScript pipeline, never fewer than one DuckDB thread, never more than before', () => {
    expect(importThreads(2, 2)).toBe(1);
    expect(importThreads(8, 8)).toBe(7);
    expect(importThreads(1, 1)).toBe(1);
    expect(importThreads(8, 3)).toBe(3);
  });

  it('limits while rows are converted and restores the setting it found, once, however often asked', async () => {
    const ws = await openMemoryWorkspace();
    try {
      await ws.conn.run('SET threads = 4');
      const t = await ImportThreads.of(ws.conn);
      expect(await threads(ws)).toBe(4);
      await t.limit();
      await t.limit();
      expect(await threads(ws)).toBe(importThreads((await import('node:os')).availableParallelism(), 4));
      await t.restore();
      await t.restore();
      expect(await threads(ws)).toBe(4);
    } finally {
      ws.close();
    }
  });
});
