/**
 * Loading one planned sheet: stream its rows, skip blank / 合计 / note rows, convert each with the
 * kind's converter, stage the canonical rows, then record the batch and its rejects. Runs inside the
 * file's transaction (see import-file.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { TABLE_COLUMNS } from '../../workspace/schema.ts';
import { isBlankRow, isNoteRow, isTotalRow } from '../headers/find-table.ts';
import type { BatchResult } from '../import-file.ts';
import type { SheetPlan } from '../plan-sheet.ts';
import type { ImportProgress } from '../progress.ts';
import type { DivisionIndex } from './division-index.ts';
import { KIND_LOADERS } from './kinds/index.ts';
import { RowInput, type FieldColumn, type RejectEntry } from './row-input.ts';
import { StagedTable } from './staging.ts';
import type { ImportThreads } from './import-threads.ts';
import { rejectDuplicates } from './dedupe.ts';
import { all } from '../../sql/run.ts';
import { PageRepeats } from './page-repeats.ts';

/** Everything loadSheet needs. */
export interface LoadSheetArgs {
  conn: DuckDBConnection;
  plan: SheetPlan;
  batchId: number;
  file: string;
  fileName: string;
  fileSize: number;
  /** The file's SHA-256, possibly still being computed (awaited for the batch record). */
  sha256: Promise<string>;
  encoding: string | null;
  replacedBatchIds: number[];
  divisions: DivisionIndex;
  settings: Record<string, unknown>;
  today: string;
  stagingDir: string;
  /** Limited while rows are converted, restored once they are all staged. */
  threads?: ImportThreads;
  signal?: AbortSignal;
  onProgress: (p: ImportProgress) => void;
}

/** The reject list kept in a result (all of them go to `import_reject`). */
const MAX_REJECTS_IN_RESULT = 10_000;

/** Loads one sheet as one batch; returns its result. */
export async function loadSheet(a: LoadSheetArgs): Promise<BatchResult> {
  const { plan } = a;
  const notes = new Set<string>(plan.notes);
  const loader = await KIND_LOADERS[plan.kind]({
    conn: a.conn, batchId: a.batchId, replacedBatchIds: a.replacedBatchIds, sheet: plan.sheet.name, fileName: a.fileName,
    mapping: plan.mapping, layout: plan.layout, divisions: a.divisions, today: a.today, settings: a.settings, notes,
  });
  const staged = loader.tables.map(
    (t) => new StagedTable(a.conn, t.table, t.columns, TABLE_COLUMNS[t.table], a.batchId, a.stagingDir, t.conflict),
  );
  const rejects: RejectEntry[] = [];
  const sheetName = plan.sheetCount > 1 ? plan.sheet.name : null;
  const fields: Record<string, FieldColumn> = {};
  for (const [f, b] of Object.entries(plan.mapping.fields)) fields[f] = { index: b.index, header: b.header, unit: b.unit ?? plan.layout.preambleUnit };
  const input = new RowInput(fields, sheetName, rejects);
  const emit = (i: number, values: Parameters<StagedTable['add']>[0]) => staged[i].add(values);
  const repeats = new PageRepeats(plan.layout);

  let read = 0;
  let rejected = 0;
  const started = Date.now();
  const report = () =>
    a.onProgress({
      file: a.fileName, sheet: plan.sheet.name, phase: 'load', rows: read,
      rowsPerSecond: Math.round(read / Math.max(0.001, (Date.now() - started) / 1000)), fraction: null,
    });

  await a.threads?.limit();
  for await (const batch of plan.rows()) {
    if (a.signal?.aborted) throw abortError();
    for (const r of batch) {
      if (r.row < plan.dataStartRow || (mayBeNonData(r.cells)
        && (isBlankRow(r.cells) || isTotalRow(r.cells) || isNoteRow(r.cells) || repeats.isTitle(r.cells)))) continue;
      if (repeats.isHeader(r.cells)) continue;
      read++;
      input.reset(r.row, r.cells);
      if (!input.rejectErrorCells() && !(r.garbled && input.rejectGarbledCells())) loader.convert(input, emit);
      if (input.rejected) rejected++;
    }
    report();
  }
  for (const note of repeats.notes()) notes.add(note);
  for (const s of staged) await s.finish();
  await a.threads?.restore();
  await loader.finish?.();
  if (a.signal?.aborted) throw abortError();
  // Duplicates found in SQL are already in import_reject; they join the JS rejects only in the result.
  let sqlRejects: RejectEntry[] = [];
  if (loader.dedupe) {
    const dups = await rejectDuplicates(a.conn, loader.tables[0].table, loader.dedupe, a.batchId, sheetName);
    if (dups) {
      rejected += dups;
      const rows = await all<RejectEntry>(
        a.conn,
        sql`SELECT sheet, row_number AS row, "column", value, reason FROM import_reject WHERE batch_id = ${a.batchId} ORDER BY row_number LIMIT ${MAX_REJECTS_IN_RESULT}`,
        '读取重复记录',
      );
      sqlRejects = rows;
    }
  }

  const sha256 = await a.sha256;
  await exec(
    a.conn,
    sql`INSERT INTO import_batch (batch_id, file_name, file_path, file_size, sha256, kind, sheet, mapping, encoding,
          imported_at, rows_read, rows_imported, rows_rejected, notes)
        VALUES (${a.batchId}, ${a.fileName}, ${a.file}, ${a.fileSize}, ${sha256}, ${plan.kind}, ${plan.sheet.name},
          ${JSON.stringify(plan.mapping)}::JSON, ${a.encoding}, current_localtimestamp(), ${read}, ${read - rejected},
          ${rejected}, ${JSON.stringify([...notes])}::JSON)`,
    '记录导入批次',
  );
  if (rejects.length) {
    const st = new StagedTable(a.conn, 'import_reject', REJECT_COLUMNS, TABLE_COLUMNS.import_reject, a.batchId, a.stagingDir);
    for (const r of rejects) st.add([r.sheet, r.row, r.column, r.value, r.reason]);
    await st.finish();
  }
  return {
    file: a.fileName, sheet: plan.sheet.name, kind: plan.kind, batch_id: a.batchId, rows_read: read,
    rows_imported: read - rejected, rows_rejected: rejected, rejects: [...rejects, ...sqlRejects].sort((x, y) => x.row - y.row).slice(0, MAX_REJECTS_IN_RESULT),
    skipped: null, notes: [...notes],
  };
}

const REJECT_COLUMNS = [
  { name: 'sheet', type: 'text' }, { name: 'row_number', type: 'int' }, { name: 'column', type: 'text' },
  { name: 'value', type: 'text' }, { name: 'reason', type: 'text' },
] as const;

// First characters of the words that open note lines (填表说明, 注, 制表人 … see headers/row-kinds.ts).
const NOTE_START = /^[\s\u3000]*[填说注备附数资制审负单联报导打共]/;

/**
 * Cheap pre-check run on every row: false when the row surely is data (its first filled cells hold
 * no 合计/汇总 word and it does not open like a note), so the full classifiers run only on the few
 * rows that might be blank, total or note rows.
 */
function mayBeNonData(cells: readonly unknown[]): boolean {
  let seen = 0;
  for (const c of cells) {
    if (c === null || c === undefined || c === '') continue;
    if (typeof c === 'string') {
      if (seen === 0 && NOTE_START.test(c)) return true;
      if (c.length <= 40 && hasTotalChar(c)) return true;
      if (!c.trim()) continue;
    }
    if (++seen >= 3) return false;
  }
  return true;
}

/**
 * Whether a short cell holds a character of 合计 / 总计 / 小计 / 汇总 / 平均: one pass over the
 * characters instead of three substring searches per cell (this runs on up to three cells of every
 * row); a false alarm only sends the row to the full classifiers.
 */
function hasTotalChar(c: string): boolean {
  for (let i = 0; i < c.length; i++) {
    const ch = c.charCodeAt(i);
    if (ch === 0x8ba1 || ch === 0x603b || ch === 0x5747) return true; // 计 总 均
  }
  return false;
}

function abortError(): Error {
  const e = new Error('导入已取消');
  e.name = 'AbortError';
  return e;
}
