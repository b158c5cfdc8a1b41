/**
 * Concurrency (issue 8). Across processes: while `supervise serve` holds a workspace, every other
 * program — this process opening it, `supervise import`, `supervise sql` (and `serve` while this
 * process holds it) — is refused with the one line "工作区正被另一个程序使用", exits non-zero
 * without a stack and changes nothing; two
 * `supervise import` runs started together never both write. Inside one service (what
 * import-queue.test.ts does not cover): several jobs, one of them with two files, run strictly one
 * after another in the order started; the same file queued twice is imported once; a job cancelled
 * while queued never runs; a batch deletion waits for the import ahead of it; and dashboards keep
 * reading the committed data while an import's transaction is open.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchInfo, ImportJob } from '../../contract.ts';
import { workspaceState } from '../../import/test/robustness/workspace-state.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { createWorkstationService } from '../service.ts';
import { bigPenaltyCsv, buildWorkspace, sample, tempDir } from './fixture.ts';

const SUPERVISE = resolve(import.meta.dirname, '../../cli/supervise.mjs');
const BUSY = '工作区正被另一个程序使用';
const tmp = tempDir('concurrency-test-');
const REFERENCE = ['行政区划_连云港.xlsx', '执法机关名录.xlsx'];

afterAll(() => tmp.cleanup());

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [SUPERVISE, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SUPERVISE_DATA_DIR: tmp.dir } });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((done) => child.on('exit', (code) => done({ code, out, err })));
}

async function stateOf(path: string) {
  const ws = await openWorkspace(path, { readOnly: true });
  try {
    return await workspaceState(ws.conn, { hashes: true });
  } finally {
    ws.close();
  }
}

/** The one-line refusal of a busy workspace: no stack, no second line. */
function expectBusy(r: { code: number | null; out: string; err: string }): void {
  expect(r.code).not.toBe(0);
  expect(r.err).toContain(BUSY);
  expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
  expect(r.err).not.toMatch(/\n\s+at |IO Error|lock/i);
  expect(r.out).toBe('');
}

describe('a workspace held by another process', () => {
  let ws: string;
  let file: string;

  beforeAll(async () => {
    ws = await buildWorkspace(tmp.dir, REFERENCE, 'held.duckdb');
    file = bigPenaltyCsv(tmp.dir, 5, '行政处罚_第二个程序.csv', 'p');
  });

  it('refuses this process, `supervise import`, `sql` and `serve` with one clear line; nothing changes', async () => {
    const before = await stateOf(ws);
    const serve = spawn(process.execPath, [SUPERVISE, 'serve', '--workspace', ws, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SUPERVISE_DATA_DIR: tmp.dir } });
    const exited = new Promise<number | null>((done) => serve.on('exit', (code) => done(code)));
    try {
      await new Promise<void>((done, fail) => {
        serve.stdout.on('data', (c: Buffer) => c.toString('utf8').includes('\n') && done());
        serve.on('exit', () => fail(new Error('serve exited before printing its URL')));
      });
      for (const readOnly of [false, true]) {
        const err = await openWorkspace(ws, { readOnly }).then((w) => (w.close(), null), (e: unknown) => e);
        expect(err, `readOnly ${readOnly}`).toMatchObject({ name: 'WorkspaceError', code: 'BUSY', message: expect.stringContaining(BUSY) });
      }
      const runs = await Promise.all([
        cli(['import', file, '--workspace', ws]),
        cli(['import', file, '--workspace', ws, '--json']),
        cli(['sql', '--workspace', ws, 'SELECT count(*) AS n FROM penalty_case', '--json']),
      ]);
      runs.forEach(expectBusy);
    } finally {
      serve.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(await stateOf(ws)).toEqual(before);
    // The other way round: held by this process, `supervise serve` is refused the same way.
    const held = await openWorkspace(ws);
    try {
      expectBusy(await cli(['serve', '--workspace', ws, '--port', '0']));
    } finally {
      held.close();
    }
    // Free again: the same import now works.
    const ok = await cli(['import', file, '--workspace', ws, '--json']);
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out).batches[0]).toMatchObject({ rows_imported: expect.any(Number), rows_rejected: 0 });
  }, 120_000);

  it('two `supervise import` runs started together: the loser is refused cleanly, the winner imports all', async () => {
    const path = await buildWorkspace(tmp.dir, REFERENCE, 'race.duckdb');
    const files = [bigPenaltyCsv(tmp.dir, 60, '行政处罚_甲_并发.csv', 'a'), bigPenaltyCsv(tmp.dir, 60, '行政处罚_乙_并发.csv', 'b')];
    const before = await stateOf(path);
    const runs = await Promise.all(files.map((f) => cli(['import', f, '--workspace', path, '--json'])));
    const won = runs.filter((r) => r.code === 0);
    expect(won.length).toBeGreaterThanOrEqual(1);
    runs.filter((r) => r.code !== 0).forEach(expectBusy);
    const after = await stateOf(path);
    expect(after.batches.slice(0, before.batches.length)).toEqual(before.batches);
    const added = after.batches.slice(before.batches.length);
    const reported = won.map((r) => JSON.parse(r.out).batches[0]);
    expect(added.map((b) => b.batch_id).sort()).toEqual(reported.map((b) => b.batch_id).sort());
    for (const b of added) expect(b).toMatchObject({ rows_read: 913 * 60, rows_imported: 913 * 60, rows_rejected: 0 });
  }, 120_000);
});

describe('imports inside one service', () => {
  it('run one job at a time in the order started, while dashboards read the committed data', async () => {
    const path = await buildWorkspace(tmp.dir, REFERENCE, 'queue.duckdb');
    const service = createWorkstationService({ host: 'electron', dataDir: tmp.dir });
    try {
      await service.openWorkspace(path);
      const big = bigPenaltyCsv(tmp.dir, 80, '行政处罚_大_队列.csv', 'q');
      const files = [big, sample('行政处罚_双公示_连云区_2025.xlsx'), sample('行政处罚_案件系统导出_东海县市场监督管理局_2025.csv'), big, sample('行政处罚_双公示_高新区_2025.xlsx')];
      const ids = [];
      for (const f of files) ids.push((await service.previewImport({ path: f })).sourceId);
      const agencyBatch = (await service.listBatches()).find((b) => b.kind === 'agency')!;
      const countsBefore = (await service.currentWorkspace())!.counts;

      // 1: the big file; 2: two files in one job; 3: the big file again; 4: cancelled while queued.
      const jobs = [
        await service.startImport({ sourceIds: [ids[0]] }),
        await service.startImport({ sourceIds: [ids[1], ids[2]] }),
        await service.startImport({ sourceIds: [ids[3]] }),
        await service.startImport({ sourceIds: [ids[4]] }),
      ];
      expect(jobs.slice(1).map((j) => j.state)).toEqual(['queued', 'queued', 'queued']);
      // Not awaited here: cancelling a queued job currently resolves only once the jobs ahead of it
      // have finished (ImportQueue.cancel awaits the job's turn), though its state changes at once.
      const cancelling = service.cancelImport(jobs[3].id);
      expect(await service.importStatus(jobs[3].id)).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
      // A deletion started now must wait for every import queued before it.
      let deletedWhile: ImportJob['state'][] | null = null;
      const deletion = service.deleteBatch(agencyBatch.batch_id).then(async () => {
        deletedWhile = await Promise.all(jobs.slice(0, 3).map(async (j) => (await service.importStatus(j.id)).state));
      });

      const seen: ImportJob[][] = [];
      let readWhileLoading: number | null = null;
      for (;;) {
        const now = await Promise.all(jobs.map((j) => service.importStatus(j.id)));
        seen.push(now);
        if (readWhileLoading === null && now[0].state === 'running' && now[0].phase === 'load' && now[0].rows > 0) {
          // The import's transaction is open: a dashboard read neither waits for it nor sees it.
          readWhileLoading = (await service.currentWorkspace())!.counts.penalty_case;
          expect((await service.importStatus(jobs[0].id)).state).toBe('running');
        }
        if (now.slice(0, 3).every((j) => j.state !== 'queued' && j.state !== 'running')) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      await deletion;
      expect(await cancelling).toMatchObject({ state: 'cancelled', results: [] });

      expect(readWhileLoading).toBe(countsBefore.penalty_case);
      expect(seen.every((s) => s.filter((j) => j.state === 'running').length <= 1)).toBe(true);
      // FIFO: a job leaves the queue only after every job started before it has finished.
      for (let k = 1; k < 3; k++) {
        const first = seen.findIndex((s) => s[k].state !== 'queued');
        expect(seen[first].slice(0, k).every((j) => j.state === 'done'), `job ${k} started early`).toBe(true);
      }
      const done = seen.at(-1)!;
      expect(done.map((j) => j.state)).toEqual(['done', 'done', 'done', 'cancelled']);
      expect(done[3].results).toEqual([]);
      // Both files of job 2, in the order given (the 双公示 file has two sheets).
      expect([...new Set(done[1].results.map((r) => r.file))]).toEqual(['行政处罚_双公示_连云区_2025.xlsx', '行政处罚_案件系统导出_东海县市场监督管理局_2025.csv']);
      // The same file queued twice: the second job finds it already imported.
      expect(done[2].results.every((r) => r.skipped === 'already_imported')).toBe(true);
      expect(done[2].results.map((r) => r.batch_id)).toEqual(done[0].results.map((r) => r.batch_id));

      const batches = await service.listBatches();
      const of = (job: ImportJob) => job.results.map((r) => batches.find((b) => b.batch_id === r.batch_id)!);
      const order = [...of(done[0]), ...of(done[1])];
      // Batch ids and import times follow the order of the jobs.
      expect(order.map((b) => b.batch_id)).toEqual([...order.map((b) => b.batch_id)].sort((a, b) => a - b));
      expect(order.map((b) => b.imported_at)).toEqual([...order.map((b) => b.imported_at)].sort());
      expect(batches.some((b) => b.file_name === '行政处罚_双公示_高新区_2025.xlsx')).toBe(false);
      expect(batches.some((b: BatchInfo) => b.batch_id === agencyBatch.batch_id)).toBe(false);
      expect(deletedWhile).toEqual(['done', 'done', 'done']);
      const imported = [...done[0].results, ...done[1].results].reduce((n, r) => n + r.rows_imported, 0);
      expect((await service.currentWorkspace())!.counts.penalty_case).toBe(countsBefore.penalty_case + imported);
      expect(done[0].results[0]).toMatchObject({ rows_read: 913 * 80, rows_imported: 913 * 80 });
    } finally {
      await service.close();
    }
  }, 180_000);
});
