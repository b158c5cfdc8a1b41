/**
 * Injection sweep (issue 8 §5) over every text the service API takes from a page: each hostile
 * string goes through every analysis and overview filter field, the data browser's search, equality
 * values and filter, its identifiers (table, column, sort), export, report scope and output folder,
 * workspace paths, job and batch ids, and settings keys and values. A value must behave exactly as
 * one that matches nothing; an identifier or id outside the known list must be refused with a
 * Chinese message; nothing may leak an SQL error, and the workspace must be unchanged afterwards.
 * Import entry points (file paths, upload and sheet names, mappings) are in hostile-import.test.ts.
 */
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisName, BrowseTable } from '../../contract.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';
import { buildWorkspace, SMALL_FILES, tempDir } from './fixture.ts';
import { expectedFor, expectRefusal, expectValueAnswer, fileSafe, HOSTILE, normalize, outcome, PLAIN, refusedAsText, Tally } from './hostile.ts';

const FILES = [...SMALL_FILES, '12345工单_2025.xlsx', '执法满意度调查_2025.xlsx', '裁量基准_交通运输.xlsx', '案卷评查结果_2025.xlsx', '行政执法统计年报_2025.xlsx'];
const ANALYSES: AnalysisName[] = ['penalties', 'hotspots', 'deviation', 'quality', 'reconcile', 'survey'];
const FIELDS = ['division', 'agency', 'sector'] as const;
/** Per browsed table: a text column compared by equality. */
const TABLES: [BrowseTable, string][] = [['penalty_case', 'agency'], ['hotline_ticket', 'category'], ['agency', 'name']];

const tmp = tempDir('hostile-api-');
const tally = new Tally();
let service: WorkstationService;
let small: WorkstationService;
let before: { counts: Record<string, number>; settings: unknown; batches: unknown };

const state = async (s: WorkstationService) => ({ counts: (await s.currentWorkspace())!.counts, settings: await s.getSettings(), batches: await s.listBatches() });

beforeAll(async () => {
  const ws = await buildWorkspace(tmp.dir, FILES);
  service = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
  await service.openWorkspace(ws);
  before = await state(service);
  // Reports render charts: a small workspace keeps the 24 report runs quick.
  small = createWorkstationService({ host: 'electron', dataDir: tmp.dir });
  await small.openWorkspace(await buildWorkspace(tmp.dir, SMALL_FILES, 'small.duckdb'));
}, 180_000);

afterAll(async () => {
  console.log(tally.summary('service API'));
  await service?.close();
  await small?.close();
  tmp.cleanup();
});

/** A value entry point: the answer for `h` must equal the answer for PLAIN (echoes of h read as PLAIN). */
async function sweepValue(entry: string, call: (v: string) => Promise<unknown>): Promise<void> {
  const base = normalize(await call(PLAIN));
  for (const h of HOSTILE) {
    tally.tried(entry, h);
    const o = await outcome(() => call(h));
    if (expectValueAnswer(o, h, `${entry} ← ${JSON.stringify(h.slice(0, 40))}`)) expect(normalize(o.value), entry).toEqual(expectedFor(base, h));
  }
}

/** An identifier / id entry point: every hostile string is refused cleanly. */
async function sweepRefused(entry: string, call: (v: string) => Promise<unknown>, codes?: string[]): Promise<void> {
  for (const h of HOSTILE) {
    tally.tried(entry, h);
    expectRefusal(await outcome(() => call(h)), `${entry} ← ${JSON.stringify(h.slice(0, 40))}`, h, codes);
  }
}

/** Data rows of an exported workbook (its first sheet, header row excluded). */
async function exportedRows(v: unknown): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from((v as { bytes: Uint8Array }).bytes) as never);
  return wb.worksheets[0].rowCount - 1;
}

describe('hostile strings through the service API', () => {
  it('every analysis and the overview: a hostile filter value answers as a value that matches nothing', async () => {
    for (const field of FIELDS) {
      const base = await Promise.all(ANALYSES.map((name) => service.analyze({ name, filter: { year: 2025, [field]: PLAIN } })));
      const baseOverview = normalize(await service.overview({ year: 2025, [field]: PLAIN }));
      for (const h of HOSTILE) {
        const got = await Promise.all(ANALYSES.map((name) => {
          tally.tried(`analyze.${name}.filter.${field}`, h);
          return outcome(() => service.analyze({ name, filter: { year: 2025, [field]: h } }));
        }));
        got.forEach((o, i) => {
          const entry = `analyze.${ANALYSES[i]}.filter.${field}`;
          if (expectValueAnswer(o, h, `${entry} ← ${JSON.stringify(h.slice(0, 40))}`)) expect(normalize(o.value), entry).toEqual(expectedFor(normalize(base[i]), h));
        });
        tally.tried(`overview.filter.${field}`, h);
        const o = await outcome(() => service.overview({ year: 2025, [field]: h }));
        if (expectValueAnswer(o, h, `overview.filter.${field}`)) expect(normalize(o.value)).toEqual(expectedFor(baseOverview, h));
      }
    }
    expect(await state(service)).toEqual(before);
  }, 300_000);

  it('analysis names, scopes and years outside the known lists are refused', async () => {
    await sweepRefused('analyze.name', (h) => service.analyze({ name: h as AnalysisName, filter: { year: 2025 } }));
    await sweepRefused('analyze.scope', (h) => service.analyze({ name: 'hotspots', filter: { year: 2025 }, scope: h as 'all' }));
    await sweepRefused('analyze.filter.year', (h) => service.analyze({ name: 'penalties', filter: { year: h as never } }));
    await sweepRefused('overview.filter.year', (h) => service.overview({ year: h as never }));
  }, 60_000);

  it('the data browser binds search, equality and filter values', async () => {
    for (const [table, col] of TABLES) {
      const page = (extra: object) => service.browse({ table, offset: 0, limit: 50, ...extra });
      await sweepValue(`browse.${table}.search`, (v) => page({ search: v }));
      await sweepValue(`browse.${table}.equals.value`, (v) => page({ equals: { [col]: v } }));
      for (const field of FIELDS) await sweepValue(`browse.${table}.filter.${field}`, (v) => page({ filter: { year: 2025, [field]: v } }));
    }
    await sweepValue('exportRows.agency.search', (v) => service.exportRows({ table: 'agency', search: v }).then(exportedRows));
    await sweepValue('exportRows.penalty_case.equals.value', (v) => service.exportRows({ table: 'penalty_case', equals: { agency: v } }).then(exportedRows));
  }, 120_000);

  it('the data browser refuses tables, columns and sort orders outside the schema, in Chinese', async () => {
    const page = (extra: object) => service.browse({ table: 'penalty_case', offset: 0, limit: 10, ...extra });
    await sweepRefused('browse.table', (h) => service.browse({ table: h as BrowseTable, offset: 0, limit: 10 }));
    await sweepRefused('browse.sort.column', (h) => page({ sort: { column: h, direction: 'asc' } }));
    await sweepRefused('browse.sort.direction', (h) => page({ sort: { column: 'agency', direction: h } }));
    await sweepRefused('browse.equals.column', (h) => page({ equals: { [h]: '连云区' } }));
    await sweepRefused('browse.offset', (h) => service.browse({ table: 'agency', offset: h as never, limit: 10 }));
    await sweepRefused('exportRows.table', (h) => service.exportRows({ table: h as BrowseTable }));
    await sweepRefused('exportRows.sort.column', (h) => service.exportRows({ table: 'agency', sort: { column: h, direction: 'desc' } }));
    await sweepRefused('exportRows.equals.column', (h) => service.exportRows({ table: 'agency', equals: { [h]: 'x' } }));
    const unknown = await outcome(() => page({ sort: { column: 'name" FROM setting --', direction: 'asc' } }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('没有列') } });
  }, 60_000);

  it('settings: keys outside the editable list and values of the wrong type are refused, nothing is written', async () => {
    await sweepRefused('updateSettings.key', (h) => service.updateSettings({ [h]: true } as never));
    await sweepRefused('updateSettings.value', (h) => service.updateSettings({ mask_personal_data: h as never }));
    const o = await outcome(() => service.updateSettings({ bureau_name: '某局' } as never));
    expect(o).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '不能修改设置项「bureau_name」（可修改：是否隐藏电话和身份证号码）' } });
    expect(await service.getSettings()).toEqual(before.settings);
  });

  it('job, batch and workspace ids and paths: unknown ones are refused, quoted paths are just paths', async () => {
    await sweepRefused('importStatus', (h) => service.importStatus(h), ['NOT_FOUND', 'INVALID_ARGUMENT']);
    await sweepRefused('cancelImport', (h) => service.cancelImport(h), ['NOT_FOUND', 'INVALID_ARGUMENT']);
    await sweepRefused('deleteBatch', (h) => service.deleteBatch(h as never));
    await sweepRefused('exportRejects', (h) => service.exportRejects([h as never]));
    await sweepRefused('openWorkspace.relative', (h) => service.openWorkspace(h));
    await sweepRefused('openWorkspace.missing', (h) => service.openWorkspace(join(tmp.dir, `missing-${fileSafe(h)}.duckdb`)), ['NOT_FOUND', 'INVALID_ARGUMENT']);
    await sweepRefused('createWorkspace.relative', (h) => service.createWorkspace(h));
    // Paths are values too: a workspace file whose name carries quotes and SQL is created and opened as is.
    const other = createWorkstationService({ host: 'browser', dataDir: join(tmp.dir, 'other') });
    try {
      for (const [i, h] of HOSTILE.entries()) {
        tally.tried('createWorkspace.path', h);
        const path = join(tmp.dir, 'paths', `${i}-${fileSafe(h)}.duckdb`);
        const o = await outcome(() => other.createWorkspace(path));
        if (!o.ok) throw new Error(`${path}: ${o.error.message}`);
        expect(o.value).toMatchObject({ path, years: [] });
        expect((o.value as { counts: Record<string, number> }).counts.division).toBe(before.counts.division);
      }
    } finally {
      await other.close();
    }
    expect(await state(service)).toEqual(before);
  }, 120_000);

  it('reports: a hostile scope is a scope that matches nothing, files stay in the chosen folder', async () => {
    await sweepRefused('exportReport.formats', (h) => small.exportReport({ year: 2025, formats: [h as 'xlsx'], outDir: tmp.dir }));
    await sweepRefused('exportReport.outDir.relative', (h) => small.exportReport({ year: 2025, formats: ['xlsx'], outDir: h }));
    for (const [i, h] of HOSTILE.entries()) {
      tally.tried('exportReport.division', h);
      tally.tried('exportReport.agency', h);
      tally.tried('exportReport.outDir.name', h);
      const outDir = join(tmp.dir, 'reports', `${i}-${fileSafe(h)}`);
      const o = await outcome(() => small.exportReport({ year: 2025, division: h, agency: h, formats: ['xlsx'], outDir }));
      if (refusedAsText(h) || Buffer.byteLength(h) * 2 > 150) {
        expectRefusal(o, `exportReport ← ${JSON.stringify(h.slice(0, 40))}`, h);
        continue;
      }
      if (!o.ok) throw new Error(`exportReport ← ${h}: ${o.error.message}`);
      const files = (o.value as { files: { path: string; name: string }[] }).files;
      expect(files).toHaveLength(1);
      for (const f of files) {
        expect(dirname(f.path), h).toBe(outDir);
        expect(f.name, h).not.toMatch(/[/\\\0]/);
      }
    }
  }, 180_000);

  it('leaves the workspace exactly as it was', async () => {
    expect(await state(service)).toEqual(before);
    expect(tally.calls).toBeGreaterThan(1000);
  });
});
