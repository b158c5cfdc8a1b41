/**
 * Injection sweep (issue 8 §5), import side: hostile strings as picked file paths (quotes, SQL,
 * `..`), upload names, sheet names and cell values of a workbook, mapping field and header names,
 * import kinds and source ids. Paths and names are data: the files import and are recorded under
 * their own names, staged uploads stay in the staging folder, anything not in a known list is
 * refused in Chinese, no SQL error leaks, and deleting the batches leaves the workspace as it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob, ImportKind, MappingOverride } from '../../contract.ts';
import { safeFileName } from '../import-sources.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';
import { buildWorkspace, tempDir } from './fixture.ts';
import { expectRefusal, expectValueAnswer, fileSafe, HOSTILE, outcome, Tally } from './hostile.ts';

const tmp = tempDir('hostile-import-');
const tally = new Tally();
let service: WorkstationService;
let before: { counts: Record<string, number>; batches: number };
let agencyFile: string;

const snapshot = async () => ({ counts: (await service.currentWorkspace())!.counts, batches: (await service.listBatches()).length });
const label = (entry: string, h: string) => `${entry} ← ${JSON.stringify(h.slice(0, 40))}`;
/** Engine codes a failed import may carry; QUERY_FAILED / INTERNAL would mean something leaked. */
const IMPORT_CODES = ['INVALID_ARGUMENT', 'MAPPING', 'MISSING_COLUMNS', 'UNKNOWN_KIND', 'NOT_FOUND'];

/** An agency list (执法机关名称 · 所属区县 · 执法领域) as CSV. */
function agencyCsv(names: string[]): string {
  const cell = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return ['执法机关名称,所属区县,执法领域', ...names.map((n) => `${cell(n)},连云区,测试`)].join('\r\n') + '\r\n';
}

/** Waits for a job to stop. */
async function finished(job: ImportJob): Promise<ImportJob> {
  let j = job;
  while (j.state === 'queued' || j.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    j = await service.importStatus(j.id);
  }
  return j;
}

/** Deletes the batches added since `before` (each in its own transaction). */
async function dropNewBatches(): Promise<void> {
  const all = await service.listBatches();
  for (const b of all.slice(0, all.length - before.batches)) await service.deleteBatch(b.batch_id);
}

/** An Excel sheet name as Excel allows it (≤ 31 characters, none of : \ / ? * [ ], no edge quote). */
function sheetName(h: string, i: number): string {
  // eslint-disable-next-line no-control-regex
  return `${i}-${h.replaceAll(/[:\\/?*[\]\u0000-\u001f]/g, '_')}`.slice(0, 31).replace(/'+$/, '');
}

beforeAll(async () => {
  const ws = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx', '执法机关名录.xlsx']);
  service = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
  await service.openWorkspace(ws);
  before = await snapshot();
  agencyFile = join(tmp.dir, '机关.csv');
  writeFileSync(agencyFile, agencyCsv(['测试机关']));
}, 120_000);

afterAll(async () => {
  console.log(tally.summary('import'));
  await service?.close();
  tmp.cleanup();
});

describe('hostile strings through the import API', () => {
  it('picked file paths with quotes and SQL are paths: previewed, imported and recorded under their own names', async () => {
    const dir = join(tmp.dir, 'picked');
    mkdirSync(dir, { recursive: true });
    const ids: string[] = [];
    const names = new Map<string, string>();
    for (const [i, h] of HOSTILE.entries()) {
      tally.tried('previewImport.path', h);
      const path = join(dir, `${i}-${fileSafe(h)}.csv`);
      writeFileSync(path, agencyCsv([`路径测试机关${i}`]));
      const o = await outcome(() => service.previewImport({ path }));
      if (!o.ok) throw new Error(`${label('previewImport.path', h)}: ${o.error.message}`);
      const p = o.value as { file: string; sourceId: string; sheets: { kind: string | null }[] };
      expect(p.file).toBe(basename(path));
      expect(p.sheets[0].kind).toBe('agency');
      ids.push(p.sourceId);
      names.set(basename(path), h);
    }
    const job = await finished(await service.startImport({ sourceIds: ids }));
    expect(job.state, job.error?.message).toBe('done');
    const batches = await service.listBatches();
    for (const name of names.keys()) expect(batches.map((b) => b.file_name)).toContain(name);
    expect((await service.currentWorkspace())!.counts.agency).toBe(before.counts.agency + HOSTILE.length);
    await dropNewBatches();
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('upload names are file names: no folders, nothing outside the staging folder', async () => {
    const bytes = new TextEncoder().encode(agencyCsv(['上传测试机关']));
    for (const h of HOSTILE) {
      tally.tried('previewImport.name', h);
      const o = await outcome(() => service.previewImport({ name: h, bytes }));
      if (!expectValueAnswer(o, h, label('previewImport.name', h))) continue;
      const p = o.value as { file: string; sourceId: string };
      expect(p.file).toBe(safeFileName(h));
      expect(p.file).not.toMatch(/[/\\\0]/);
      const staged = service.sources.get(p.sourceId).path;
      expect(relative(join(staged, '../..'), staged).split(/[/\\]/)).toHaveLength(2);
      expect(basename(staged)).toBe(p.file);
    }
  });

  it('sheet names and cell values of a workbook are data: stored as written', async () => {
    const wb = new ExcelJS.Workbook();
    const sheets = HOSTILE.map((h, i) => {
      const name = sheetName(h, i);
      const sheet = wb.addWorksheet(name);
      sheet.addRow(['执法机关名称', '所属区县', '执法领域']);
      sheet.addRow([h.length > 1000 ? `长名称${i}` : h.replaceAll('\0', ''), '连云区', '测试']);
      return name;
    });
    const file = join(tmp.dir, '恶意工作表.xlsx');
    await wb.xlsx.writeFile(file);
    for (const h of HOSTILE) tally.tried('import.sheetName', h);
    for (const h of HOSTILE) tally.tried('import.cellValue', h);
    const p = await service.previewImport({ path: file });
    expect(p.sheets.map((s) => s.name)).toEqual(sheets);
    const job = await finished(await service.startImport({ sourceIds: [p.sourceId] }));
    expect(job.state, job.error?.message).toBe('done');
    const stored = (await service.listBatches()).slice(0, job.results.length);
    expect(stored.map((b) => b.sheet).sort()).toEqual([...sheets].sort());
    const imported = job.results.reduce((n, r) => n + r.rows_imported, 0);
    expect((await service.currentWorkspace())!.counts.agency).toBe(before.counts.agency + imported);
    // The SQL-looking names are stored literally and found again by their exact text (a lone backslash is
    // how exports write "none", so that one counts as missing).
    for (const h of HOSTILE.filter((x) => /['"\\;<>=$]/.test(x) && !x.includes('\0') && x !== '\\')) {
      const page = await service.browse({ table: 'agency', offset: 0, limit: 5, equals: { name: h } });
      expect(page.total, label('agency.name', h)).toBe(1);
    }
    await dropNewBatches();
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('mapping field and header names, kinds and source ids outside the known lists are refused', async () => {
    const { sourceId } = await service.previewImport({ path: agencyFile });
    const start = (extra: { kind?: ImportKind; mapping?: MappingOverride }) => service.startImport({ sourceIds: [sourceId], ...extra });
    for (const h of HOSTILE) {
      for (const [entry, mapping] of [['mapping.field', { columns: { [h]: '执法机关名称' } }], ['mapping.header', { columns: { name: h } }]] as const) {
        tally.tried(entry, h);
        const job = await finished(await start({ mapping }));
        expect(job.state, label(entry, h)).toBe('failed');
        expectRefusal({ ok: false, error: job.error! }, label(entry, h), h, IMPORT_CODES);
      }
      tally.tried('mapping.kind', h);
      expectRefusal(await outcome(() => start({ mapping: { kind: h as ImportKind, columns: {} } })), label('mapping.kind', h), h);
      tally.tried('mapping.key', h);
      expectRefusal(await outcome(() => start({ mapping: { [h]: 1, columns: {} } as never })), label('mapping.key', h), h);
      tally.tried('startImport.kind', h);
      expectRefusal(await outcome(() => start({ kind: h as ImportKind })), label('startImport.kind', h), h);
      tally.tried('startImport.sourceIds', h);
      expectRefusal(await outcome(() => service.startImport({ sourceIds: [h] })), label('startImport.sourceIds', h), h, ['NOT_FOUND', 'INVALID_ARGUMENT']);
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
