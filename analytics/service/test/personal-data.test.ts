/**
 * Personal numbers (issue 8 §7) through the service: masked by default in every place data text
 * leaves the engine — the data browser and its export, survey comment examples, the import wizard's
 * preview rows and rejected cells, and the report workbook — and shown in full everywhere once the
 * analyst switches `mask_personal_data` off through the API; the choice is kept in the workspace.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../contract.ts';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { fillCategoriesKey } from '../../workspace/categories-key.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';
import { buildWorkspace, tempDir } from './fixture.ts';

const PHONE = '13812341234';
const MASKED = '138****1234';
const ID = '320706199001011234';
const ID_MASKED = '320706********1234';
const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const MASKED_MOBILE = /(?<!\d)1[3-9]\d\*{4}\d{4}(?!\d)/;

const tmp = tempDir('personal-data-');
let path: string;
let service: WorkstationService;
let ticketCsv: string;

/** Every text the service gives for one workspace state, joined (to look for numbers in). */
async function everything(s: WorkstationService): Promise<Record<string, string>> {
  const page = await s.browse({ table: 'hotline_ticket', offset: 0, limit: 20, search: '来电号码' });
  const rows = tableFromIPC(page.arrow).toArray().map((r) => JSON.stringify(r.toJSON()));
  const survey = await s.analyze({ name: 'survey', filter: { year: 2025 } });
  const penalty = await s.browse({ table: 'penalty_case', offset: 0, limit: 5, equals: { decision_no: '个人〔2025〕1号' } });
  const preview = await s.previewImport({ path: ticketCsv });
  let job: ImportJob = await s.startImport({ sourceIds: [preview.sourceId], strict: false });
  while (job.state === 'queued' || job.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    job = await s.importStatus(job.id);
  }
  // The same file again next time: delete its batches so it imports (and rejects) again.
  for (const b of job.results) await s.deleteBatch(b.batch_id);
  const exported = await s.exportRows({ table: 'hotline_ticket', search: '来电号码' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(exported.bytes) as never);
  const cells: string[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  const report = await s.exportReport({ year: 2025, formats: ['xlsx'], outDir: join(tmp.dir, `report-${Date.now()}`) });
  const rwb = new ExcelJS.Workbook();
  await rwb.xlsx.readFile(report.files[0].path);
  const reportCells: string[] = [];
  rwb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => reportCells.push(String(c.value)))));
  return {
    browse: rows.join('\n'),
    browseId: tableFromIPC(penalty.arrow).toArray().map((r) => JSON.stringify(r.toJSON())).join('\n'),
    survey: JSON.stringify(survey.result.keywords),
    preview: JSON.stringify(preview.sheets[0].rows),
    rejects: JSON.stringify(job.results.flatMap((r) => r.rejects)),
    exportRows: cells.join('\n'),
    report: reportCells.join('\n'),
  };
}

beforeAll(async () => {
  path = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx', '执法机关名录.xlsx', '12345工单_2025.xlsx']);
  const ws = await openWorkspace(path);
  try {
    // Survey comments and a penalty case carrying a phone and an ID number (agency named as the
    // reports list it, so the workbook writes the number).
    for (let i = 0; i < 40; i++) {
      await exec(ws.conn, sql`INSERT INTO survey_response (response_id, respondent_type, agency, division, answered_on, comment, batch_id)
        VALUES (${`R${i}`}, '公众', '连云区城市管理局', '连云区', DATE '2025-05-01', ${`罚款太重请回电${PHONE}`}, 1)`);
    }
    await exec(ws.conn, sql`INSERT INTO penalty_case (decision_no, party_name, id_number, decided_on, agency, division, fine_yuan, categories, batch_id)
      VALUES ('个人〔2025〕1号', '张某', ${ID}, DATE '2025-06-01', ${`个体户张某${PHONE}`}, '连云区', 1000, ['罚款'], 1)`);
    await fillCategoriesKey(ws.conn);
  } finally {
    ws.close();
  }
  ticketCsv = join(tmp.dir, '工单_含电话.csv');
  writeFileSync(ticketCsv, [
    '工单编号,受理时间,诉求类型,诉求内容,所属区县,诉求分类',
    `T-1,2025-03-01 09:00,投诉,来电号码${PHONE}，反映占道经营,连云区,占道经营`,
    `T-2,来电${PHONE},投诉,反映噪音,连云区,噪音扰民`,
  ].join('\r\n') + '\r\n');
  service = createWorkstationService({ host: 'electron', dataDir: tmp.dir });
  await service.openWorkspace(path);
}, 180_000);

afterAll(async () => {
  await service?.close();
  tmp.cleanup();
});

describe('personal numbers', () => {
  it('are masked by default wherever data text leaves the service', async () => {
    expect(await service.getSettings()).toEqual({ mask_personal_data: true });
    const text = await everything(service);
    for (const [where, t] of Object.entries(text)) {
      expect(t, where).not.toMatch(FULL_MOBILE);
      expect(t, where).not.toContain(ID);
      if (where !== 'browseId') expect(t, where).toMatch(MASKED_MOBILE);
    }
    expect(text.survey).toContain(MASKED);
    expect(text.browseId).toContain(ID_MASKED);
  }, 120_000);

  it('are shown in full everywhere once the setting is off, and the choice stays with the workspace', async () => {
    expect(await service.updateSettings({ mask_personal_data: false })).toEqual({ mask_personal_data: false });
    const text = await everything(service);
    for (const [where, t] of Object.entries(text)) {
      expect(t, where).not.toMatch(MASKED_MOBILE);
      if (where !== 'browseId') expect(t, where).toMatch(FULL_MOBILE);
    }
    expect(text.survey).toContain(PHONE);
    expect(text.browseId).toContain(ID);
    await service.close();
    service = createWorkstationService({ host: 'electron', dataDir: tmp.dir });
    await service.openWorkspace(path);
    expect(await service.getSettings()).toEqual({ mask_personal_data: false });
    await service.updateSettings({ mask_personal_data: true });
    expect((await everything(service)).browse).not.toMatch(FULL_MOBILE);
  }, 120_000);

  it('the setting needs a workspace and a boolean', async () => {
    const none = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
    try {
      await expect(none.getSettings()).rejects.toMatchObject({ code: 'NO_WORKSPACE' });
      await expect(none.updateSettings({ mask_personal_data: false })).rejects.toMatchObject({ code: 'NO_WORKSPACE' });
    } finally {
      await none.close();
    }
    await expect(service.updateSettings({})).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: '没有要修改的设置项' });
    await expect(service.updateSettings({ mask_personal_data: 'false' as never })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: '设置项「mask_personal_data」的值无效' });
  });
});
