/**
 * 行政执法监督分析数据表 (.xlsx): a 目录 sheet, one sheet per analysis table, the charts beside
 * their tables and a 数据来源 sheet. Sheets of analyses that did not run are left out (the 目录
 * says so).
 */
import ExcelJS from 'exceljs';
import type { ReportData } from '../data/types.ts';
import type { ChartImages } from '../figures/render-figures.ts';
import { REPORT_TEXT as T } from '../messages.ts';
import { deviationSheets } from './sheets-deviation.ts';
import { hotspotSheets } from './sheets-hotspots.ts';
import { penaltySheets } from './sheets-penalties.ts';
import { qualitySheets } from './sheets-quality.ts';
import { reconcileSheets } from './sheets-reconcile.ts';
import { surveySheets } from './sheets-survey.ts';
import { sourcesSheet } from './sources-sheet.ts';
import type { AnySheet } from './sheet-spec.ts';
import { addTocSheet, type TocEntry } from './toc-sheet.ts';
import { writeSheet } from './write-sheet.ts';

/** Every sheet the data supports, in report order. */
export function workbookSheets(d: ReportData): AnySheet[] {
  return [
    ...(d.penalties ? penaltySheets(d.penalties) : []),
    ...(d.hotspots ? hotspotSheets(d.hotspots) : []),
    ...(d.deviation ? deviationSheets(d.deviation) : []),
    ...(d.quality ? qualitySheets(d.quality) : []),
    ...(d.survey ? surveySheets(d.survey) : []),
    ...(d.reconcile ? reconcileSheets(d.reconcile) : []),
    sourcesSheet(d),
  ];
}

/** The .xlsx bytes. */
export async function buildXlsx(d: ReportData, charts: ChartImages, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = d.scope.bureau;
  wb.title = title;
  wb.created = d.generatedAt;
  const fillToc = addTocSheet(wb, title, d);
  const entries: TocEntry[] = [];
  for (const spec of workbookSheets(d)) {
    writeSheet(wb, spec, charts, d.settings.mask_personal_data);
    entries.push({ name: spec.name, description: spec.description });
  }
  for (const m of d.missing) entries.push({ name: T.sections[m.analysis], description: `${T.unavailable(T.sections[m.analysis], m.reason)}${m.detail ? `（${m.detail}）` : ''}`, absent: true });
  fillToc(entries);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
