/**
 * The outline's blocks as WordprocessingML: numbered headings (一、 / （一）), indented justified
 * body paragraphs, numbered captions (表N above a table, 图N below a figure) and chart images sized
 * to the text width.
 */
import { AlignmentType, HeadingLevel, ImageRun, LineRuleType, Paragraph, TextRun, type Table } from 'docx';
import type { Block, Column } from '../content/model.ts';
import type { ChartImages } from '../figures/render-figures.ts';
import { chineseNumber } from '../format.ts';
import { STYLE } from './styles.ts';
import { INDENT } from './typography.ts';
import { threeLineTable } from './table.ts';

/** Running numbers of the document. */
export interface Counters {
  table: number;
  figure: number;
}

/** Chart width on the page in px at 96 dpi (148 mm of the 156 mm text width). */
const FIGURE_WIDTH_PX = 560;

/** 一、总体情况 */
export function heading1(n: number, text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${chineseNumber(n)}、${text}`)] });
}

/** （一）处罚规模 */
export function heading2(n: number, text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`（${chineseNumber(n)}）${text}`)] });
}

/** A body paragraph with the two-character indent. */
export function body(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: INDENT }, children: [new TextRun(text)] });
}

function caption(text: string): Paragraph {
  return new Paragraph({ style: STYLE.caption, children: [new TextRun(text)] });
}

function tableBlock(c: Counters, title: string, columns: Column[], rows: string[][], note?: string): (Paragraph | Table)[] {
  c.table += 1;
  const out: (Paragraph | Table)[] = [caption(`表${c.table}\u3000${title}`), threeLineTable(columns, rows)];
  out.push(new Paragraph({ style: STYLE.note, children: note ? [new TextRun(note)] : [] }));
  return out;
}

function figureBlock(c: Counters, png: { png: Buffer; width: number; height: number }, title: string): Paragraph[] {
  c.figure += 1;
  const height = Math.round((FIGURE_WIDTH_PX * png.height) / png.width);
  return [
    // An exact line pitch would clip the picture to 28 pt: the image paragraph sizes to its content.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      children: [new ImageRun({ type: 'png', data: png.png, transformation: { width: FIGURE_WIDTH_PX, height }, altText: { name: `图${c.figure}`, title, description: title } })],
    }),
    new Paragraph({ style: STYLE.caption, keepNext: false, spacing: { after: 160 }, children: [new TextRun(`图${c.figure}\u3000${title}`)] }),
  ];
}

/** One section's blocks; figures whose chart was not rendered are left out. */
export function sectionBlocks(blocks: readonly Block[], charts: ChartImages, c: Counters): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let sub = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(body(b.text));
    else if (b.kind === 'subheading') out.push(heading2(++sub, b.text));
    else if (b.kind === 'table') out.push(...tableBlock(c, b.caption, b.columns, b.rows, b.note));
    else {
      const png = charts.get(b.chart);
      if (png) out.push(...figureBlock(c, png, b.caption));
    }
  }
  return out;
}
