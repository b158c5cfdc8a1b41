/**
 * Seeded property test of the whole importer (issue 8): valid sample exports, cut to a few hundred
 * rows, are damaged at cell level (garbage, huge numbers, odd dates, emptied / renamed columns,
 * duplicate, blank and 合计 rows, broken encodings) and at byte level, then imported in-process into
 * one shared workspace. Every case must end in one of two ways within a time limit:
 *   - refused with an ImportError carrying a Chinese message, the workspace exactly as before;
 *   - accepted, with imported + rejected = read for every batch, the stored batch, rejects and rows
 *     agreeing with the result, and (where the grid was written cleanly) read = the data rows the
 *     fuzzer itself wrote.
 * SUPERVISE_FUZZ_CASES=N runs more cases, SUPERVISE_FUZZ_SEED=S another stream ("random" for a new
 * one each run), SUPERVISE_FUZZ_CASE=K replays one case of a failed run.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../contract.ts';
import { ident, sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { openWorkspace, type Workspace } from '../../../workspace/open.ts';
import { SAMPLE_EXPORTS } from '../../../workspace/sample.ts';
import { BATCH_TABLES } from '../../../workspace/schema.ts';
import { ImportError } from '../../errors.ts';
import { importFile, type ImportOptions } from '../../import-file.ts';
import { IMPORT_KINDS, type ImportKind } from '../../types.ts';
import { cloneSheets, CSV_ENCODINGS, csvBytes, dataRowCount, loadBaseFiles, xlsxBytes, type BaseFile, type SheetGrid } from './base-files.ts';
import { mutateBytes, mutateCells, mutateZipEntry, retagIds } from './mutate.ts';
import { caseSeed, Rand } from './prng.ts';
import { workspaceState } from './workspace-state.ts';

// ~0.15 s a case here, up to ~0.4 s on a slow shared CI core: the default run stays within 2 minutes.
const CASES = Number(process.env.SUPERVISE_FUZZ_CASES ?? 300);
const SEED = process.env.SUPERVISE_FUZZ_SEED === 'random' ? (Date.now() % 2 ** 31) : Number(process.env.SUPERVISE_FUZZ_SEED ?? 20250801);
const ONLY = process.env.SUPERVISE_FUZZ_CASE === undefined ? null : Number(process.env.SUPERVISE_FUZZ_CASE);
const CASE_LIMIT_MS = 30_000;

/** The table holding exactly one row per imported row of a batch, where there is one. */
const ROW_TABLE: Partial<Record<ImportKind, (typeof BATCH_TABLES)[number]>> = {
  penalty: 'penalty_case', ticket: 'hotline_ticket', inspection: 'inspection', review: 'case_review',
  benchmark: 'benchmark_rule', survey: 'survey_response', survey_item: 'survey_item', division: 'division',
};

/** One generated case. */
interface FuzzCase {
  n: number;
  file: string;
  describe: string;
  /** The sheets as written (null once the bytes were damaged or the text garbled). */
  sheets: SheetGrid[] | null;
  /** A clean file of a known kind: refusing it is a failure. */
  mustAccept: boolean;
  opts: ImportOptions;
  cancel: boolean;
}

const dir = mkdtempSync(join(tmpdir(), 'supervise-fuzz-'));
let bases: BaseFile[];
let ws: Workspace;

beforeAll(async () => {
  bases = await loadBaseFiles(150);
  ws = await openWorkspace(join(dir, 'fuzz.duckdb'), { create: true });
  for (const f of ['行政区划_连云港.xlsx', '执法机关名录.xlsx']) await importFile(ws, join(SAMPLE_EXPORTS, f));
});

afterAll(() => {
  ws?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function buildCase(n: number): Promise<FuzzCase> {
  const rand = new Rand(caseSeed(SEED, n));
  const base = rand.pick(bases);
  let sheets = cloneSheets(base.sheets);
  if (rand.chance(0.7)) retagIds(sheets, `f${n}`);
  const ops = mutateCells(sheets, rand);
  const asCsv = base.format === 'csv' || rand.chance(0.3);
  const enc = rand.pick(CSV_ENCODINGS);
  let bytes: Buffer;
  if (asCsv) {
    // A CSV holds one sheet: the biggest one (the answers of the survey, not its items).
    sheets = [sheets.reduce((a, b) => (b.rows.length > a.rows.length ? b : a))];
    bytes = csvBytes(sheets[0].rows, enc);
  } else {
    bytes = await xlsxBytes(sheets);
  }
  const parts = [`base ${base.source}`, asCsv ? `csv ${enc}` : 'xlsx', ...ops.map((o) => o.text)];
  let damaged = false;
  if (rand.chance(0.3)) {
    const m = !asCsv && rand.chance(0.6) ? mutateZipEntry(bytes, rand) : mutateBytes(bytes, rand);
    bytes = m.bytes;
    damaged = true;
    parts.push(`bytes: ${m.text}`);
  }
  const strict = rand.chance(0.1);
  const kind = rand.chance(0.05) ? rand.pick(IMPORT_KINDS) : undefined;
  const cancel = rand.chance(0.05);
  if (strict) parts.push('strict');
  if (kind) parts.push(`kind=${kind}`);
  if (cancel) parts.push('cancel during load');
  const stem = base.source.replace(/\.[a-z]+$/, '');
  const file = join(dir, `${stem}_${n}.${asCsv ? 'csv' : 'xlsx'}`);
  writeFileSync(file, bytes);
  // A broken encoding garbles the 合计 and note labels too: the rows written are then not countable.
  const readable = !damaged && (!asCsv || !['mixed', 'mojibake'].includes(enc));
  // Control bytes make a CSV look binary (refused by design when there are more than a few).
  const cleanText = readable && (!asCsv || !sheets.some((s) => s.rows.some((r) => r.some(isControlText))));
  return {
    n, file, describe: parts.join(' · '), sheets: readable ? sheets : null,
    mustAccept: !damaged && cleanText && !kind && !cancel && !ops.some((o) => o.header),
    opts: { strict, kind }, cancel,
  };
}

// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const isControlText = (v: unknown) => typeof v === 'string' && /[\x00-\x08\x0b\x0e-\x1f]/.test(v);

async function withLimit<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => { timer = setTimeout(() => fail(new Error(`hang: no result after ${ms} ms`)), ms); });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A programming error inside the importer, whatever it was wrapped in. */
function internalError(e: unknown): Error | null {
  for (let c = e, depth = 0; c instanceof Error && depth < 5; c = c.cause, depth++) {
    if (c instanceof TypeError || c instanceof ReferenceError || c instanceof SyntaxError) return c;
  }
  return null;
}

/** Refusal codes seen, for the summary line. */
const codes: Record<string, number> = {};

async function runCase(c: FuzzCase): Promise<'accepted' | 'refused'> {
  const before = await workspaceState(ws.conn, { hashes: true });
  const controller = new AbortController();
  const opts: ImportOptions = { ...c.opts, signal: controller.signal, onProgress: c.cancel ? (p) => p.phase === 'load' && controller.abort() : undefined };
  const outcome = await withLimit(importFile(ws, c.file, opts).then((results) => ({ results }), (error: unknown) => ({ error })), CASE_LIMIT_MS);
  if ('error' in outcome) {
    const e = outcome.error;
    expect(e, 'refusal is an ImportError').toBeInstanceOf(ImportError);
    const err = e as ImportError;
    codes[err.code] = (codes[err.code] ?? 0) + 1;
    expect(err.message, 'refusal says what is wrong in Chinese').toMatch(/[\u4e00-\u9fff]/);
    expect(err.message, 'refusal names the file (errors.ts)').toContain(basename(c.file));
    expect(internalError(e), `internal error surfaced as a refusal: ${internalError(e)?.stack}`).toBeNull();
    expect(await workspaceState(ws.conn, { hashes: true }), 'workspace unchanged after a refusal').toEqual(before);
    if (c.mustAccept && !(c.opts.strict && err.code === 'STRICT')) throw new Error(`a clean file was refused: ${err.code} ${err.message}`);
    return 'refused';
  }
  expect(c.cancel && controller.signal.aborted, 'a cancelled import must not commit').toBe(false);
  await checkAccepted(c, outcome.results, before);
  return 'accepted';
}

async function checkAccepted(c: FuzzCase, results: BatchResult[], before: Awaited<ReturnType<typeof workspaceState>>): Promise<void> {
  expect(results.length).toBeGreaterThan(0);
  const after = await workspaceState(ws.conn);
  // Earlier batches are untouched; the new ones are exactly the results.
  expect(after.batches.slice(0, before.batches.length)).toEqual(before.batches);
  const fresh = results.filter((r) => r.skipped === null);
  expect(after.batches.length).toBe(before.batches.length + fresh.length);
  for (const r of fresh) {
    expect(r.rows_imported + r.rows_rejected, `conservation in ${r.sheet}`).toBe(r.rows_read);
    expect(Math.min(r.rows_imported, r.rows_rejected)).toBeGreaterThanOrEqual(0);
    if (c.opts.strict) expect(r.rows_rejected, 'strict mode refuses any reject').toBe(0);
    const stored = after.batches.find((b) => b.batch_id === r.batch_id);
    expect(stored).toMatchObject({ rows_read: r.rows_read, rows_imported: r.rows_imported, rows_rejected: r.rows_rejected, kind: r.kind });
    const [rej] = await all<{ n: number; rows: number }>(
      ws.conn,
      sql`SELECT count(*)::INTEGER AS n, count(DISTINCT row_number)::INTEGER AS rows FROM import_reject WHERE batch_id = ${r.batch_id}`,
      'rejects',
    );
    expect(rej.n, 'one or more stored rejects per rejected row').toBeGreaterThanOrEqual(r.rows_rejected);
    // Damaged sheet XML can repeat a row number (sheet CRCs are not checked), so only clean files
    // must have exactly one row number per rejected row.
    if (c.sheets) expect(rej.rows, 'rejected rows stored').toBe(r.rows_rejected);
    const table = ROW_TABLE[r.kind];
    if (table) {
      const [rows] = await all<{ n: number }>(ws.conn, sql`SELECT count(*)::INTEGER AS n FROM ${ident(table, BATCH_TABLES)} WHERE batch_id = ${r.batch_id}`, 'rows');
      expect(rows.n, `${table} rows of batch ${r.batch_id}`).toBe(r.rows_imported);
    }
    const sheet = c.sheets && (c.sheets.length === 1 ? c.sheets[0] : c.sheets.find((s) => s.name === r.sheet));
    if (sheet && !c.opts.kind) expect(r.rows_read, `rows read from ${r.sheet} vs the rows written`).toBe(dataRowCount(sheet));
  }
}

describe('import fuzzing', () => {
  it('imports every unmutated base file, reading exactly its data rows', async () => {
    for (const base of bases) {
      const file = join(dir, `clean_${base.source}`);
      writeFileSync(file, base.format === 'csv' ? csvBytes(base.sheets[0].rows, 'gb18030') : await xlsxBytes(base.sheets));
      const results = await importFile(ws, file);
      for (const r of results) {
        const sheet = base.sheets.length === 1 ? base.sheets[0] : base.sheets.find((s) => s.name === r.sheet)!;
        expect(r.rows_read, `${base.source} ${r.sheet}`).toBe(dataRowCount(sheet));
        expect(r.rows_imported, `${base.source} ${r.sheet}`).toBeGreaterThan(0);
      }
    }
  });

  it(`survives ${ONLY === null ? CASES : 1} mutated files (seed ${SEED})`, async () => {
    const tally = { accepted: 0, refused: 0 };
    const started = Date.now();
    for (let n = ONLY ?? 0; n < (ONLY === null ? CASES : ONLY + 1); n++) {
      let c: FuzzCase | null = null;
      try {
        c = await buildCase(n);
        tally[await runCase(c)]++;
      } catch (e) {
        const replay = `SUPERVISE_FUZZ_SEED=${SEED} SUPERVISE_FUZZ_CASE=${n}`;
        // Keep the failing file: the run's folder is removed afterwards.
        const kept = c && existsSync(c.file) ? join(tmpdir(), `supervise-fuzz-failed-${basename(c.file)}`) : '';
        if (kept) copyFileSync(c!.file, kept);
        const msg = `fuzz case ${n} failed (replay: ${replay} npx vitest run ${import.meta.filename})\n  ${c?.describe ?? ''}\n  file kept as: ${kept}\n  ${e instanceof Error ? e.message : e}`;
        throw Object.assign(new Error(msg, { cause: e }), { stack: msg + '\n' + (e instanceof Error ? e.stack : '') });
      }
    }
    console.log(`import fuzzing, seed ${SEED}: ${tally.accepted} accepted, ${tally.refused} refused (${JSON.stringify(codes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (ONLY === null) expect(tally.accepted, 'some cases must get through').toBeGreaterThan(0);
  }, 600_000);
});
