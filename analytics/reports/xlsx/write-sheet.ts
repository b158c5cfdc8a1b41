/**
 * Writes one sheet spec: a bold, frozen, filtered header row, column widths and number formats by
 * column kind, marked rows filled, and the sheet's charts placed beside the table. Every text goes
 * in as a plain string value — exceljs writes it as a string cell, so a name starting with "=" is
 * shown, never evaluated.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ChartImages } from '../figures/render-figures.ts';
import type { AnySheet, ColumnFormat } from './sheet-spec.ts';
import { safeText } from '../format.ts';

const NUM_FMT: Record<ColumnFormat, string | undefined> = {
  text: '@',
  code: '@',
  int: '#,##0',
  yuan: '#,##0.00',
  wan: '#,##0.00',
  pct: '0.0%',
  score: '0.0',
  num2: '0.00',
  general: undefined,
};

const WIDTH: Record<ColumnFormat, number> = { text: 18, code: 18, int: 10, yuan: 16, wan: 14, pct: 10, score: 10, num2: 10, general: 14 };

const FILL = {
  warn: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF8CBAD' } },
  good: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE2EFDA' } },
  header: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } },
};

/** Chart size in the sheet (px): the rendered 760 × 420 scaled down to sit beside a table. */
const CHART = { width: 608, height: 336 };

function cellValue(format: ColumnFormat, v: string | number | null | undefined, mask: boolean): string | number | null {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return null;
  if (format === 'text') return safeText(String(v), mask);
  if (format === 'code') return String(v);
  if (typeof v !== 'number') return v;
  return format === 'wan' ? v / 10_000 : v;
}

/** Adds the sheet to the workbook; `mask` hides phone and ID numbers in text cells. */
export function writeSheet(wb: Workbook, spec: AnySheet, charts: ChartImages, mask: boolean): Worksheet {
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed (or exported to PDF) one page wide, landscape A4, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = spec.columns.map((c, i) => ({ key: `c${i}`, width: c.width ?? Math.max(WIDTH[c.format], Math.min(40, c.header.length * 2 + 2)) }));
  const header = ws.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = FILL.header;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.height = 30;
  spec.rows.forEach((r, ri) => {
    const row = ws.getRow(ri + 2);
    const mark = spec.mark?.row(r) ?? null;
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(c.format, c.value(r), mask);
      const fmt = NUM_FMT[c.format];
      if (fmt) cell.numFmt = fmt;
      if (mark) cell.fill = FILL[mark];
    });
  });
  if (spec.rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  placeCharts(wb, ws, spec, charts);
  if (spec.mark) {
    const note = ws.getCell(spec.rows.length + 3, 1);
    note.value = spec.mark.legend;
    note.font = { italic: true, color: { argb: 'FF7F7F7F' } };
  }
  return ws;
}

function placeCharts(wb: Workbook, ws: Worksheet, spec: AnySheet, charts: ChartImages): void {
  let row = 1;
  for (const id of spec.charts ?? []) {
    const img = charts.get(id);
    if (!img) continue;
    // exceljs' Buffer type predates Node's generic Buffer: the bytes are what it needs.
    const imageId = wb.addImage({ buffer: img.png as never, extension: 'png' });
    ws.addImage(imageId, { tl: { col: spec.columns.length + 1, row }, ext: CHART });
    row += 19;
  }
}
