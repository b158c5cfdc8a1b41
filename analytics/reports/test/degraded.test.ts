/**
 * An analysis that could not run leaves its section saying so (with the reason) while the rest of
 * the report, the workbook and the deck are still built; an analysis that throws is caught.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryContext } from '../../analyses/query.ts';
import { gatherReportData } from '../data/gather.ts';
import { runOne } from '../data/run-analyses.ts';
import type { ReportData } from '../data/types.ts';
import { reportOutline } from '../content/outline.ts';
import { renderFigures } from '../figures/render-figures.ts';
import { buildDocx } from '../docx/build-docx.ts';
import { buildXlsx } from '../xlsx/build-xlsx.ts';
import { buildPptx } from '../pptx/build-pptx.ts';
import type { Workspace } from '../../workspace/open.ts';
import { openSample, YEAR } from './helpers.ts';

let ws: Workspace;
let data: ReportData;

beforeAll(async () => {
  ws = await openSample();
  const full = await gatherReportData(ws.conn, { year: YEAR });
  data = { ...full, survey: null, reconcile: null, missing: [{ analysis: 'survey', reason: '测试原因' }, { analysis: 'reconcile', reason: '该分析模块尚未安装' }] };
});
afterAll(() => ws?.close());

describe('a missing analysis', () => {
  it('is named in its section with the reason', () => {
    const outline = reportOutline(data);
    const survey = outline.sections.find((s) => s.heading === '执法满意度调查')!;
    expect(survey.blocks).toEqual([{ kind: 'paragraph', text: '满意度调查数据暂不可用（测试原因），本部分未作分析。' }]);
    const last = outline.sections.at(-1)!.blocks.at(-1)!;
    expect(last.kind === 'paragraph' && last.text).toContain('执法满意度调查、年报数据核对部分因数据暂不可用未作分析');
  });

  it('does not stop the three documents', async () => {
    const charts = renderFigures(data);
    expect(charts.has('survey_dimensions')).toBe(false);
    expect((await buildDocx(reportOutline(data), charts, { creator: 'x' })).length).toBeGreaterThan(10_000);
    expect((await buildXlsx(data, charts, 't')).length).toBeGreaterThan(10_000);
    expect((await buildPptx(data, charts, 't')).length).toBeGreaterThan(10_000);
  });

  it('is caught when it throws', async () => {
    const q = await queryContext(ws.conn);
    const broken = Object.create(q, { rows: { value: () => Promise.reject(new Error('查询失败：测试\n详细信息')) } });
    expect(await runOne(broken, 'penalties', { year: YEAR })).toEqual({ ok: false, reason: '分析运行出错', detail: '查询失败：测试' });
  });
});
