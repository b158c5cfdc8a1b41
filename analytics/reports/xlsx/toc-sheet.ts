/**
 * The 目录 sheet: the report's title and scope, then one hyperlinked line per sheet with what it
 * holds, so an analyst can find a table without scrolling through tabs.
 */
import type { Workbook } from 'exceljs';
import type { ReportData } from '../data/types.ts';
import { dateZh, safeText } from '../format.ts';

/** One entry of the table of contents. */
export interface TocEntry {
  name: string;
  description: string;
  /** No sheet behind it (the analysis did not run): listed without a link. */
  absent?: boolean;
}

/** Adds the 目录 sheet (call first so it is the first tab). */
export function addTocSheet(wb: Workbook, title: string, d: ReportData): (entries: TocEntry[]) => void {
  const ws = wb.addWorksheet('目录', { views: [{ showGridLines: false }], pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 6 }, { width: 22 }, { width: 80 }];
  ws.getCell('B1').value = title;
  ws.getCell('B1').font = { bold: true, size: 16 };
  ws.getRow(1).height = 28;
  ws.getCell('B2').value = `${d.scope.bureau}\u3000${dateZh(d.generatedAt)}生成`;
  ws.getCell('B2').font = { color: { argb: 'FF7F7F7F' } };
  const header = ws.getRow(4);
  ['序号', '工作表', '内容'].forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).font = { bold: true };
  });
  // The entries are known only after every sheet is written (empty ones are skipped).
  return (entries) => {
    entries.forEach((e, i) => {
      const row = ws.getRow(5 + i);
      row.getCell(1).value = i + 1;
      if (e.absent) row.getCell(2).value = e.name;
      else {
        // Internal link: exceljs writes `location` for a "Sheet!A1" target.
        row.getCell(2).value = { text: e.name, hyperlink: `'${e.name}'!A1` };
        row.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
      }
      // Descriptions name agencies (the reconciliation lists those without a report): masked like cells.
      row.getCell(3).value = safeText(e.description, d.settings.mask_personal_data);
    });
  };
}
