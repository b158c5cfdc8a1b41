/**
 * Crash safety of imports (issues 3 and 8): a child process importing a ~110k-row CSV kills itself
 * with SIGKILL at a chosen point — while hashing, early in the read, while DuckDB inserts a staged
 * part, deep in the read, during the duplicate check, before the batch row, right before COMMIT,
 * during COMMIT, and after it. Afterwards the workspace opens read-only and read-write, passes
 * DuckDB's checks and holds exactly what it held before (or, once committed, that plus the whole
 * new batch); a new import, in a new process, then works and deletes the staging folder the
 * killed one left in the temp folder (its row text holds names and ID numbers).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../workspace/open.ts';
import { SAMPLE_EXPORTS } from '../../../workspace/sample.ts';
import { importFile } from '../../import-file.ts';
import { checkWorkspace, type WorkspaceState } from './workspace-state.ts';

const CHILD = join(import.meta.dirname, 'kill-import-child.ts');
const COPIES = 120;
const dir = mkdtempSync(join(tmpdir(), 'supervise-kill-import-'));
const temp = join(dir, 'child-tmp');
let base: string;
let baseState: WorkspaceState;
let big: string;
let bigRows: number;

/**
 * COPIES × the transport bureau's 2025 export (GB18030), decision numbers made unique. Edited as
 * latin1 so the GBK bytes pass through untouched; returns the path and its data line count.
 */
function bigCsv(): { path: string; rows: number } {
  const [header, ...rows] = readFileSync(join(SAMPLE_EXPORTS, '行政处罚_案件系统导出_连云港市交通运输局_2025.csv'), 'latin1').trim().split(/\r?\n/);
  const out = [header];
  for (let c = 0; c < COPIES; c++) for (const r of rows) out.push(r.replace(/^([^,]*)/, `$1-k${c}`));
  const path = join(dir, '行政处罚_大文件_2025.csv');
  writeFileSync(path, out.join('\r\n') + '\r\n', 'latin1');
  return { path, rows: out.length - 1 };
}

beforeAll(async () => {
  ({ path: big, rows: bigRows } = bigCsv());
  mkdirSync(temp);
  // The state before: reference data and one committed penalty batch.
  base = join(dir, 'base.duckdb');
  const ws = await openWorkspace(base, { create: true });
  for (const f of ['行政区划_连云港.xlsx', '执法机关名录.xlsx', '行政处罚_案件系统导出_连云港市交通运输局_2024.csv']) {
    await importFile(ws, join(SAMPLE_EXPORTS, f));
  }
  ws.close();
  baseState = await checkWorkspace(base);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the child on `ws`; resolves once it has exited. The children share a temp folder of their
 * own, to see what a killed import leaves there (tsx keeps its transform cache there too, which
 * keeps each start near a second).
 */
async function runChild(ws: string, point: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ws, big, point], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: temp, TEMP: temp, TMP: temp },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, out, err })));
}

/** Kills the child at `point` on a fresh copy of the base workspace. */
async function killAt(point: string, name: string): Promise<string> {
  const ws = join(dir, `${name}.duckdb`);
  copyFileSync(base, ws);
  const r = await runChild(ws, point);
  expect(r.signal, `child should have killed itself at ${point}; exit ${r.code}\n${r.out}\n${r.err}`).toBe('SIGKILL');
  expect(r.out).toContain(`KILL ${point}`);
  // Only staging folders of killed imports may be left in the temp folder.
  expect(staging().every((f) => /^supervise-import-\d+-/.test(f)), staging().join(', ')).toBe(true);
  return ws;
}

/** What the children left in their temp folder, besides tsx's cache. */
const staging = () => readdirSync(temp).filter((f) => !f.startsWith('tsx-'));

/** The state after a whole import of the big file committed on top of the base. */
function withBigBatch(state: WorkspaceState): void {
  expect(state.batches.slice(0, -1)).toEqual(baseState.batches);
  expect(state.batches.at(-1)).toMatchObject({ file_name: '行政处罚_大文件_2025.csv', rows_read: bigRows, rows_imported: bigRows, rows_rejected: 0 });
  const count = (s: WorkspaceState, t: string) => Number(s.tables[t].split(':')[0]);
  expect(count(state, 'penalty_case')).toBe(count(baseState, 'penalty_case') + bigRows);
  for (const t of Object.keys(baseState.tables)) {
    if (!['penalty_case', 'import_batch'].includes(t)) expect(state.tables[t], t).toBe(baseState.tables[t]);
  }
}

/**
 * A second import after the kill, by a new process as after a restart: it must work, add exactly the
 * whole file, and clear the staging folder the killed import could not remove.
 */
async function importAgain(ws: string): Promise<void> {
  const r = await runChild(ws, 'none');
  expect(r.code, r.err).toBe(0);
  expect(JSON.parse(r.out)).toMatchObject([{ rows_read: bigRows, rows_imported: bigRows, rows_rejected: 0, skipped: null }]);
  expect(staging()).toEqual([]);
  withBigBatch(await checkWorkspace(ws));
}

/** Kill points before the commit: the workspace must be exactly as before. */
const BEFORE_COMMIT: { point: string; name: string; again?: boolean }[] = [
  { point: 'phase:hash', name: 'hash' },
  { point: 'rows:5000', name: 'early-read' },
  { point: 'sql:read_csv:30', name: 'inserting-part' },
  { point: 'rows:80000', name: 'mid-read', again: true },
  { point: 'sql:first_row:5', name: 'duplicate-check' },
  { point: 'sql:INSERT INTO import_batch:-1', name: 'before-batch-row', again: true },
  { point: 'phase:commit', name: 'before-commit' },
];

describe('an import killed mid-way', () => {
  it(`leaves the workspace exactly as before at ${BEFORE_COMMIT.length} kill points`, async () => {
    expect(bigRows).toBeGreaterThan(100_000);
    for (const k of BEFORE_COMMIT) {
      const ws = await killAt(k.point, k.name);
      expect(await checkWorkspace(ws), `state after a kill at ${k.point}`).toEqual(baseState);
      if (k.again) {
        // A killed import cannot delete its staging folder (row text with names and ID numbers)…
        expect(staging().length, 'staging folder of the killed import').toBeGreaterThan(0);
        // …the next import, in a new process, must.
        await importAgain(ws);
      }
    }
  }, 300_000);

  // COMMIT of the big batch takes a few hundred ms (WAL write and sync): kill at its start and later.
  for (const delay of [0, 250]) {
    it(`a kill ${delay} ms into COMMIT leaves either the old state or the whole new batch`, async () => {
      const ws = await killAt(`sql:COMMIT:${delay}`, `during-commit-${delay}`);
      const state = await checkWorkspace(ws);
      console.log(`kill ${delay} ms into COMMIT: ${state.batches.length === baseState.batches.length ? 'rolled back' : 'committed'}`);
      if (state.batches.length === baseState.batches.length) {
        expect(state).toEqual(baseState);
        await importAgain(ws);
      } else {
        withBigBatch(state);
      }
    }, 120_000);
  }

  it('a kill right after the commit keeps the whole batch, and importing it again is a no-op', async () => {
    const ws = await killAt('after', 'after-commit');
    expect(existsSync(ws)).toBe(true);
    const state = await checkWorkspace(ws);
    withBigBatch(state);
    const w = await openWorkspace(ws);
    try {
      const [r] = await importFile(w, big);
      expect(r.skipped).toBe('already_imported');
    } finally {
      w.close();
    }
    expect(await checkWorkspace(ws)).toEqual(state);
  }, 120_000);
});
