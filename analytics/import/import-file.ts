/**
 * Importing one file: hash → open → per sheet: find the table, detect the kind, map the columns →
 * convert and stage every row → record the batch and its rejects. One file is one transaction: a
 * failure, a cancel or a killed process leaves the workspace exactly as before.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ident, sql } from '../sql/fragment.ts';
import { all, exec } from '../sql/run.ts';
import type { Workspace } from '../workspace/open.ts';
import { transaction } from '../workspace/open.ts';
import { readSettings } from '../workspace/settings.ts';
import { BATCH_TABLES } from '../workspace/schema.ts';
import { loadFailureMessage } from './load-failure.ts';
import { ImportError } from './errors.ts';
import { throttle, type ImportProgress } from './progress.ts';
import { removeEntriesOfDeadProcesses } from './dead-process-files.ts';
import { openSource } from './read/open-source.ts';
import type { ImportKind, WorkbookSource } from './types.ts';
import { sha256InBackground } from './load/hash.ts';
import { planSheet, type MappingOverride, type SheetPlan } from './plan-sheet.ts';
import { loadSheet } from './load/load-sheet.ts';
import { loadDivisionIndex } from './load/division-index.ts';
import { ImportThreads } from './load/import-threads.ts';
import { localToday } from './values/date.ts';
import type { BatchInfo, BatchResult } from '../contract.ts';

/** Options of an import. */
export interface ImportOptions {
  /** Skip detection: the user says what the file is. */
  kind?: ImportKind;
  /** Replace earlier batches of the same file (same SHA-256 or same file name). */
  replace?: boolean;
  /** Refuse the whole file when any row is rejected. */
  strict?: boolean;
  /** A user mapping (`--mapping FILE.json`). */
  mapping?: MappingOverride;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/** The columns of an earlier batch an import compares with (the no-op and --replace checks). */
export type BatchRecord = Pick<BatchInfo, 'batch_id' | 'file_name' | 'sha256' | 'kind' | 'sheet' | 'rows_read' | 'rows_imported' | 'rows_rejected'>;

/** The result types are the contract's (DESIGN §4 JSON): the CLI and both hosts return them as is. */
export type { BatchResult, RejectRow } from '../contract.ts';

/** Imports one file into the workspace; returns one result per imported sheet. */
export async function importFile(ws: Workspace, path: string, opts: ImportOptions = {}): Promise<BatchResult[]> {
  const file = resolve(path);
  const name = basename(file);
  const progress = throttle(opts.onProgress);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error('不是文件');
    size = st.size;
  } catch (e) {
    throw new ImportError('UNREADABLE', name, `无法读取文件 "${name}"：${e instanceof Error && 'code' in e && e.code === 'ENOENT' ? '文件不存在' : e instanceof Error ? e.message : e}`, { cause: e });
  }
  if (size === 0) throw new ImportError('EMPTY', name, `文件 "${name}" 是空文件（0 字节）`);

  progress({ file: name, sheet: null, phase: 'hash', rows: 0, rowsPerSecond: 0, fraction: 0 });
  const hash = sha256InBackground(file);
  // Equal SHA-256 means equal size: only when a batch of this size (or this name) exists must the
  // hash be known before importing. Otherwise it is hashed meanwhile and needed only for the record.
  const earlier = await all<BatchRecord>(
    ws.conn,
    sql`SELECT batch_id, file_name, sha256, kind, sheet, rows_read, rows_imported, rows_rejected FROM import_batch
        WHERE file_size = ${size} OR file_size IS NULL OR file_name = ${name} ORDER BY batch_id`,
    'earlier batches',
  );
  let replaced: number[] = [];
  if (earlier.length) {
    const known = await hash.sha256;
    const same = earlier.filter((b) => b.sha256 === known);
    if (same.length && !opts.replace) {
      return same.map((b) => ({ ...b, file: name, rejects: [], skipped: 'already_imported', notes: ['该文件已导入（SHA-256 相同），未重复导入；如需替换请使用 --replace'] }));
    }
    if (opts.replace) replaced = earlier.filter((b) => b.sha256 === known || b.file_name === name).map((b) => b.batch_id);
  }

  let source: WorkbookSource;
  try {
    source = await openSource(file, { signal: opts.signal });
  } catch (e) {
    hash.cancel();
    throw asImportError(e, name, 'UNREADABLE');
  }
  removeStaleStaging();
  const staging = mkdtempSync(join(tmpdir(), `${STAGING_PREFIX}${process.pid}-`));
  try {
    progress({ file: name, sheet: null, phase: 'detect', rows: 0, rowsPerSecond: 0, fraction: null });
    const plans = await planSheets(source, name, opts);
    const settings = await readSettings(ws.conn);
    const results: BatchResult[] = [];
    const threads = await ImportThreads.of(ws.conn);
    await transaction(ws.conn, async () => {
      if (replaced.length) await deleteBatches(ws, replaced);
      const divisions = await loadDivisionIndex(ws.conn);
      for (const plan of plans) {
        const batchId = (await all<{ id: number }>(ws.conn, sql`SELECT nextval('import_batch_seq')::INTEGER AS id`, 'batch id'))[0].id;
        const r = await loadSheet({
          conn: ws.conn, plan, batchId, file, fileName: name, fileSize: size, sha256: hash.sha256, encoding: source.encoding,
          replacedBatchIds: replaced, divisions, settings, today: localToday(), stagingDir: staging, threads,
          signal: opts.signal, onProgress: progress,
        });
        if (opts.strict && r.rows_rejected > 0) {
          const first = r.rejects[0];
          throw new ImportError('STRICT', name, `严格模式：文件 "${name}" 有 ${r.rows_rejected} 行被拒绝（第 ${first.row} 行「${first.column ?? ''}」：${first.reason}），整个文件未导入`);
        }
        results.push(r);
      }
      progress({ file: name, sheet: null, phase: 'commit', rows: results.reduce((n, r) => n + r.rows_imported, 0), rowsPerSecond: 0, fraction: 1 });
    }).finally(() => threads.restore().catch(() => undefined));
    return results;
  } catch (e) {
    throw asImportError(e, name, 'LOAD_FAILED');
  } finally {
    hash.cancel();
    await source.close().catch(() => undefined);
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Plans every visible sheet (all of them when every sheet is hidden); sheets that hold no
 * recognisable table are skipped unless none is left. Hidden sheets are named in a note, because an
 * analyst who hid a sheet of data would otherwise not know it was left out.
 */
async function planSheets(source: WorkbookSource, name: string, opts: ImportOptions): Promise<SheetPlan[]> {
  const plans: SheetPlan[] = [];
  const failures: { message: string; code?: 'MAPPING' }[] = [];
  const visible = source.sheets.filter((s) => !s.hidden);
  const sheets = visible.length ? visible : source.sheets;
  for (const sheet of sheets) {
    const r = await planSheet(sheet, name, sheets.length, opts);
    if (r.ok) plans.push(r.value);
    else failures.push(r);
  }
  if (!plans.length) {
    const message = failures[0]?.message ?? `文件 "${name}" 中没有可导入的数据`;
    const code = failures[0]?.code ?? (/缺少必填/.test(message) ? 'MISSING_COLUMNS' : /为空|没有数据/.test(message) ? 'EMPTY' : 'UNKNOWN_KIND');
    throw new ImportError(code, name, message);
  }
  const hidden = source.sheets.filter((s) => s.hidden);
  if (visible.length && hidden.length) {
    plans[0].notes.push(`隐藏的工作表${hidden.map((s) => `「${s.name}」`).join('')}未导入（只导入可见的工作表；如需导入请在 Excel 中取消隐藏）`);
  }
  // Items before responses: a survey sheet may name its questions by text only.
  return plans.sort((a, b) => order(a.kind) - order(b.kind));
}

const STAGING_PREFIX = 'supervise-import-';

/**
 * Deletes the staging folders of import processes that no longer run. A killed import cannot remove
 * its own (up to two 50k-row parts of row text: names, ID numbers), and nothing else ever would.
 * The folder name carries the owner's pid; a folder whose process is alive is left alone.
 */
function removeStaleStaging(): void {
  removeEntriesOfDeadProcesses(tmpdir(), (name) =>
    name.startsWith(STAGING_PREFIX) ? Number(/^(\d+)-/.exec(name.slice(STAGING_PREFIX.length))?.[1] ?? NaN) : null);
}

function order(kind: ImportKind): number {
  return kind === 'division' ? 0 : kind === 'agency' ? 1 : kind === 'survey_item' ? 2 : 3;
}

async function deleteBatches(ws: Workspace, ids: number[]): Promise<void> {
  for (const t of BATCH_TABLES) {
    await exec(ws.conn, sql`DELETE FROM ${ident(t, BATCH_TABLES)} WHERE list_contains(${ids}::INTEGER[], batch_id)`, `替换 ${t}`);
  }
  await exec(ws.conn, sql`DELETE FROM import_reject WHERE list_contains(${ids}::INTEGER[], batch_id)`, '替换拒绝记录');
  await exec(ws.conn, sql`DELETE FROM import_batch WHERE list_contains(${ids}::INTEGER[], batch_id)`, '替换批次');
}

function asImportError(e: unknown, name: string, code: 'UNREADABLE' | 'LOAD_FAILED'): ImportError {
  if (e instanceof ImportError) return e;
  if (e instanceof Error && e.name === 'AbortError') return new ImportError('CANCELLED', name, `导入已取消：${name}（工作区未改变）`, { cause: e });
  // A reader's error found mid-load already says, in Chinese, what is wrong with the file.
  if (code === 'LOAD_FAILED' && !(e instanceof Error && e.name === 'ReadError')) {
    return new ImportError(code, name, loadFailureMessage(name, e), { cause: e });
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new ImportError(code, name, msg.includes(name) ? msg : `导入 "${name}" 失败：${msg}`, { cause: e });
}
