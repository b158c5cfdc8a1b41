/**
 * The three-line table (三线表) of Chinese reports: a thick rule above and below, a thin rule under
 * the header, no vertical lines; the header repeats on a new page and rows do not split.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Column } from '../content/model.ts';
import { STYLE } from './styles.ts';
import { TEXT_WIDTH, FONT, runFont } from './typography.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THICK = { style: BorderStyle.SINGLE, size: 12, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(text: string, align: keyof typeof ALIGN, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { borders: { top: THICK, bottom: THIN, left: NONE, right: NONE } } : {}),
    children: [
      new Paragraph({
        style: STYLE.tableText,
        alignment: header ? AlignmentType.CENTER : ALIGN[align],
        children: [new TextRun({ text, ...(header ? { font: runFont(FONT.heading1) } : {}) })],
      }),
    ],
  });
}

/** A three-line table filling the text width, columns sized by their relative widths. */
export function threeLineTable(columns: readonly Column[], rows: readonly string[][]): Table {
  const total = columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * (c.width ?? 1)) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, 'center', widths[i], true)),
  });
  const body = rows.map(
    (r) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', c.align ?? 'left', widths[i], false)) }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    borders: { top: THICK, bottom: THICK, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [header, ...body],
  });
}
