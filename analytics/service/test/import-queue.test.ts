/**
 * Import jobs through browser mode: two imports started at once run one after the other (never
 * interleaved), progress is reported, a cancelled import leaves the workspace exactly as it was, and
 * a file that fails rolls back alone while the job imports the others.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchInfo, ImportJob, ImportPreview } from '../../contract.ts';
import { bigPenaltyCsv, buildWorkspace, sample, startTestServer, tempDir, type TestServer } from './fixture.ts';

const tmp = tempDir('queue-test-');
let t: TestServer;
let bigA: string;
let bigB: string;
let huge: string;

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function preview(path: string): Promise<ImportPreview> {
  return value(t.call<ImportPreview>('previewImport', { path }));
}

/** Polls a job every few ms until it ends, recording each state seen. */
async function watch(ids: string[], until: (jobs: ImportJob[]) => boolean, seen: ImportJob[][] = []): Promise<ImportJob[][]> {
  for (;;) {
    const jobs = await Promise.all(ids.map((id) => value(t.call<ImportJob>('importStatus', id))));
    seen.push(jobs);
    if (until(jobs)) return seen;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const finished = (j: ImportJob) => j.state === 'done' || j.state === 'failed' || j.state === 'cancelled';

async function snapshot(): Promise<{ counts: Record<string, number>; batches: number[] }> {
  const info = await value(t.call<{ counts: Record<string, number> }>('currentWorkspace'));
  const batches = await value(t.call<BatchInfo[]>('listBatches'));
  return { counts: info.counts, batches: batches.map((b) => b.batch_id) };
}

beforeAll(async () => {
  const ws = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx', '执法机关名录.xlsx']);
  bigA = bigPenaltyCsv(tmp.dir, 40, '行政处罚_甲.csv', 'a');
  bigB = bigPenaltyCsv(tmp.dir, 40, '行政处罚_乙.csv', 'b');
  // Big enough that the cancel always arrives while rows are still loading.
  huge = bigPenaltyCsv(tmp.dir, 200, '行政处罚_丙.csv', 'c');
  t = await startTestServer(ws, { dataDir: tmp.dir });
}, 120_000);

afterAll(async () => {
  await t?.close();
  tmp.cleanup();
});

describe('import jobs', () => {
  it('a cancelled import leaves the workspace unchanged', async () => {
    const before = await snapshot();
    const src = await preview(huge);
    expect(src.sheets[0].kind).toBe('penalty');
    const job = await value(t.call<ImportJob>('startImport', { sourceIds: [src.sourceId] }));
    // Wait until rows are being loaded, so the cancel hits an open transaction.
    await watch([job.id], ([j]) => (j.phase === 'load' && j.rows > 0) || finished(j));
    const cancelled = await value(t.call<ImportJob>('cancelImport', job.id));
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.error?.code).toBe('CANCELLED');
    expect(await snapshot()).toEqual(before);
  });

  it('two imports started at once are queued, never interleaved', async () => {
    const [a, b] = await Promise.all([preview(bigA), preview(bigB)]);
    const [jobA, jobB] = await Promise.all([
      value(t.call<ImportJob>('startImport', { sourceIds: [a.sourceId] })),
      value(t.call<ImportJob>('startImport', { sourceIds: [b.sourceId] })),
    ]);
    expect(jobB.state).toBe('queued');
    const seen = await watch([jobA.id, jobB.id], (jobs) => jobs.every(finished));
    // Never both running; B leaves the queue only once A has finished.
    expect(seen.some(([x, y]) => x.state === 'running' && y.state === 'running')).toBe(false);
    const firstB = seen.findIndex(([, y]) => y.state !== 'queued');
    expect(seen.slice(0, firstB).every(([, y]) => y.state === 'queued')).toBe(true);
    expect(finished(seen[firstB][0])).toBe(true);
    expect(seen.some(([x, y]) => x.state === 'running' && y.state === 'queued')).toBe(true);
    const [doneA, doneB] = seen[seen.length - 1];
    expect(doneA.state).toBe('done');
    expect(doneB.state).toBe('done');
    expect(doneA.results[0].rows_imported).toBeGreaterThan(0);
    // A's batches all come before B's.
    const maxA = Math.max(...doneA.results.map((r) => r.batch_id));
    expect(Math.min(...doneB.results.map((r) => r.batch_id))).toBeGreaterThan(maxA);
    expect(doneB.fraction).toBe(1);
    expect(doneB.results[0].skipped).toBeNull();
  });

  it('a finished import changes what the analyses see (cache dropped)', async () => {
    const info = await value(t.call<{ counts: Record<string, number> }>('currentWorkspace'));
    expect(info.counts.penalty_case).toBeGreaterThan(0);
    const src = await preview(sample('行政处罚_双公示_连云区_2025.xlsx'));
    expect(src.alreadyImported).toBe(false);
    const job = await value(t.call<ImportJob>('startImport', { sourceIds: [src.sourceId] }));
    const [[done]] = (await watch([job.id], ([j]) => finished(j))).slice(-1);
    expect(done.state).toBe('done');
    const after = await value(t.call<{ counts: Record<string, number> }>('currentWorkspace'));
    expect(after.counts.penalty_case).toBe(info.counts.penalty_case + done.results.reduce((n, r) => n + r.rows_imported, 0));
    expect((await preview(sample('行政处罚_双公示_连云区_2025.xlsx'))).alreadyImported).toBe(true);
  });

  it('imports an uploaded file and then deletes the staged copy', async () => {
    const bytes = readFileSync(sample('行政处罚_双公示_连云区_2024.xlsx'));
    const res = await fetch(`${t.server.origin}/api/upload?name=${encodeURIComponent('连云区2024.xlsx')}`, { method: 'POST', headers: { 'X-Workstation-Token': t.server.token }, body: bytes });
    const preview = ((await res.json()) as { value: ImportPreview }).value;
    const staged = t.service.sources.get(preview.sourceId).path;
    expect(existsSync(staged)).toBe(true);
    const job = await value(t.call<ImportJob>('startImport', { sourceIds: [preview.sourceId] }));
    const [[done]] = (await watch([job.id], ([j]) => finished(j))).slice(-1);
    expect(done.state).toBe('done');
    expect(done.results[0]).toMatchObject({ file: '连云区2024.xlsx', kind: 'penalty' });
    expect(existsSync(staged)).toBe(false);
    expect(() => t.service.sources.get(preview.sourceId)).toThrow();
  });

  it('a file that fails is listed and rolled back; the job goes on with the next file', async () => {
    // Previewed while good, then overwritten (as when a file changes between preview and import).
    const broken = bigPenaltyCsv(tmp.dir, 1, '行政处罚_坏.csv', 'bad');
    const good = bigPenaltyCsv(tmp.dir, 2, '行政处罚_好.csv', 'good');
    const [b, g] = await Promise.all([preview(broken), preview(good)]);
    writeFileSync(broken, '这不是导出文件\r\n只有两行文字\r\n');
    const before = await snapshot();
    const job = await value(t.call<ImportJob>('startImport', { sourceIds: [b.sourceId, g.sourceId] }));
    const [[done]] = (await watch([job.id], ([j]) => finished(j))).slice(-1);
    expect(done.state).toBe('done');
    expect(done.error).toBeNull();
    expect([done.fileIndex, done.fileCount]).toEqual([1, 2]);
    expect(done.failures).toHaveLength(1);
    expect(done.failures[0].file).toBe('行政处罚_坏.csv');
    expect(done.failures[0].error.message).toContain('行政处罚_坏.csv');
    expect(done.results.map((r) => r.file)).toEqual(['行政处罚_好.csv']);
    const after = await value(t.call<{ counts: Record<string, number> }>('currentWorkspace'));
    expect(after.counts.penalty_case).toBe(before.counts.penalty_case + done.results[0].rows_imported);
    expect(done.results[0].rows_imported).toBeGreaterThan(0);
    // The good upload is released; the failed one stays for a retry.
    expect(() => t.service.sources.get(g.sourceId)).toThrow();
    expect(t.service.sources.get(b.sourceId).path).toBe(broken);

    const alone = await value(t.call<ImportJob>('startImport', { sourceIds: [b.sourceId] }));
    const [[failed]] = (await watch([alone.id], ([j]) => finished(j))).slice(-1);
    expect(failed.state).toBe('failed');
    expect(failed.error).toEqual(failed.failures[0].error);
    expect(failed.results).toEqual([]);
    expect(existsSync(join(tmp.dir, '行政处罚_坏.csv'))).toBe(true);
  });

  it('deletes a batch in one go and refuses an unknown one', async () => {
    const before = await value(t.call<BatchInfo[]>('listBatches'));
    const newest = before[0];
    expect(await t.call('deleteBatch', newest.batch_id)).toEqual({ ok: true });
    const after = await value(t.call<BatchInfo[]>('listBatches'));
    expect(after.map((b) => b.batch_id)).not.toContain(newest.batch_id);
    expect(await t.call('deleteBatch', 999_999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
