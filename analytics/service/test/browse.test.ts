/**
 * The data browser: paging, sorting, search and filters with every identifier checked and every
 * value bound (hostile strings find nothing and change nothing), Chinese headings, personal numbers
 * masked unless the workspace says otherwise, and .xlsx exports whose formula-like text stays text.
 */
import ExcelJS from 'exceljs';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { writeSetting } from '../../workspace/settings.ts';
import { toWireError } from '../errors.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';
import { buildWorkspace, SMALL_FILES, tempDir } from './fixture.ts';

const tmp = tempDir('browse-test-');
let service: WorkstationService;
let plainPath: string;

const rows = (bytes: Uint8Array) => tableFromIPC(bytes).toArray().map((r) => r.toJSON() as Record<string, unknown>);

beforeAll(async () => {
  const path = await buildWorkspace(tmp.dir, [...SMALL_FILES, '12345工单_2025.xlsx']);
  const ws = await openWorkspace(path);
  // Agency names an attacker could plant in an export, to check the xlsx export keeps them as text.
  for (const name of ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(1,2)']) {
    await exec(ws.conn, sql`INSERT INTO agency (name, division, sector) VALUES (${name}, '连云区', '测试')`);
  }
  ws.close();
  // A copy where the analyst chose to show personal numbers.
  plainPath = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx', '12345工单_2025.xlsx'], 'plain.duckdb');
  const plain = await openWorkspace(plainPath);
  await writeSetting(plain.conn, 'mask_personal_data', false);
  plain.close();
  service = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
  await service.openWorkspace(path);
}, 120_000);

afterAll(async () => {
  await service?.close();
  tmp.cleanup();
});

describe('browse', () => {
  it('pages a table sorted by a column, with the total and Chinese headings', async () => {
    const page = await service.browse({ table: 'penalty_case', offset: 10, limit: 25, sort: { column: 'fine_yuan', direction: 'desc' } });
    expect(page.total).toBeGreaterThan(1000);
    expect(page.offset).toBe(10);
    expect(page.columns.find((c) => c.name === 'decision_no')).toEqual({ name: 'decision_no', label: '行政处罚决定书文号', type: 'VARCHAR' });
    // The engine's derived grouping key is not data an analyst entered.
    expect(page.columns.map((c) => c.name)).not.toContain('categories_key');
    expect(page.columns.map((c) => c.name)).toContain('categories');
    const r = rows(page.arrow);
    expect(r).toHaveLength(25);
    const fines = r.map((x) => x.fine_yuan as number);
    expect([...fines].sort((a, b) => b - a)).toEqual(fines);
    const first = rows((await service.browse({ table: 'penalty_case', offset: 0, limit: 11, sort: { column: 'fine_yuan', direction: 'desc' } })).arrow);
    expect(first[10].decision_no).toBe(r[0].decision_no);
  });

  it('searches text columns, filters by equality and by the global filter', async () => {
    const all = await service.browse({ table: 'penalty_case', offset: 0, limit: 1 });
    const y2025 = await service.browse({ table: 'penalty_case', offset: 0, limit: 5, filter: { year: 2025 } });
    expect(y2025.total).toBeGreaterThan(0);
    expect(y2025.total).toBeLessThan(all.total);
    const natural = await service.browse({ table: 'penalty_case', offset: 0, limit: 50, equals: { party_type: '自然人' }, filter: { year: 2025 } });
    expect(rows(natural.arrow).every((x) => x.party_type === '自然人')).toBe(true);
    const agency = rows(natural.arrow)[0].agency as string;
    const searched = await service.browse({ table: 'penalty_case', offset: 0, limit: 100, search: agency.slice(0, 4) });
    expect(searched.total).toBeGreaterThan(0);
    const zones = await service.browse({ table: 'penalty_case', offset: 0, limit: 1, filter: { year: 2025, division: '连云区' } });
    expect(zones.total).toBe(y2025.total); // every fixture case is in 连云区 or a zone whose parent it is
  });

  it('binds hostile strings as values and refuses unknown identifiers', async () => {
    const before = (await service.currentWorkspace())!.counts;
    const hostile = ["'; DROP TABLE penalty_case; --", '" OR 1=1 --', "x' OR '1'='1", '%', '_', '\\', '$1', '😀', "' UNION SELECT * FROM setting --"];
    for (const h of hostile) {
      const page = await service.browse({ table: 'agency', offset: 0, limit: 10, search: h, equals: { division: h }, filter: { year: 2025, agency: h, division: h, sector: h } });
      expect(page.total, h).toBe(0);
    }
    await expect(service.browse({ table: 'agency', offset: 0, limit: 1, filter: { year: 2025, agency: 'a\u0000b' } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    for (const bad of [{ sort: { column: 'fine_yuan; DROP TABLE agency', direction: 'asc' } }, { equals: { 'name" OR 1=1 --': 'x' } }, { sort: { column: 'name', direction: 'sideways' } }]) {
      await expect(service.browse({ table: 'agency', offset: 0, limit: 10, ...(bad as object) })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
    await expect(service.browse({ table: 'setting' as never, offset: 0, limit: 1 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.browse({ table: 'agency', offset: -1, limit: 1 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(service.browse({ table: 'agency', offset: 0, limit: 1e6 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((await service.currentWorkspace())!.counts).toEqual(before);
  });

  it('masks phone numbers in ticket content by default, and shows them when the setting is off', async () => {
    const masked = rows((await service.browse({ table: 'hotline_ticket', offset: 0, limit: 200, search: '来电号码' })).arrow);
    expect(masked.length).toBeGreaterThan(0);
    for (const r of masked) {
      expect(r.content).toMatch(/1[3-9]\d\*{4}\d{4}/);
      expect(r.content).not.toMatch(/1[3-9]\d{9}/);
    }
    const other = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
    try {
      await other.openWorkspace(plainPath);
      const plain = rows((await other.browse({ table: 'hotline_ticket', offset: 0, limit: 200, search: '来电号码' })).arrow);
      expect(plain.some((r) => /1[3-9]\d{9}/.test(String(r.content)))).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('exports rows to xlsx with formula-like text kept as text', async () => {
    const out = await service.exportRows({ table: 'agency', sort: { column: 'name', direction: 'asc' } });
    expect(out.name).toMatch(/^执法机关_\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.bytes) as never);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('执法机关名称');
    const cells = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row) => cells.set(String(row.getCell(1).value), row.getCell(1)));
    for (const name of ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(1,2)']) {
      const cell = cells.get(name);
      expect(cell, name).toBeDefined();
      expect(cell!.type, name).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula, name).toBeUndefined();
    }
    expect(sheet.rowCount).toBe(1 + 46 + 4);
  });

  it('exports the rejects of batches and reports an unknown table clearly', async () => {
    const batches = await service.listBatches();
    const out = await service.exportRejects(batches.map((b) => b.batch_id));
    expect(out.name).toMatch(/\.xlsx$/);
    expect(Buffer.from(out.bytes).subarray(0, 2).toString()).toBe('PK');
    expect(toWireError(await service.exportRows({ table: 'nope' as never }).catch((e) => e)).message).toContain('nope');
  });
});
