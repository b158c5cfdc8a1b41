/**
 * 年度行政执法监督分析报告 (.docx): the outline laid out in GB/T 9704 typography — title, lead
 * paragraph, the numbered sections with their tables and figures, the issuing authority and date,
 * and "— N —" page numbers centred in the footer.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { ReportOutline } from '../content/model.ts';
import type { ChartImages } from '../figures/render-figures.ts';
import { sectionBlocks, body, heading1, type Counters } from './blocks.ts';
import { withFontFallbacks } from './font-table.ts';
import { reportStyles, STYLE } from './styles.ts';
import { FONT, PAGE, pt, runFont, SIZE } from './typography.ts';

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont(FONT.pageNumber), size: pt(SIZE.pageNumber) })],
      }),
    ],
  });
}

/** The document's body. */
function content(outline: ReportOutline, charts: ChartImages): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [new Paragraph({ style: STYLE.title, children: [new TextRun(outline.title)] }), body(outline.lead)];
  const counters: Counters = { table: 0, figure: 0 };
  outline.sections.forEach((s, i) => {
    out.push(heading1(i + 1, s.heading), ...sectionBlocks(s.blocks, charts, counters));
  });
  // Two blank lines, then the authority and the date, right-aligned four characters in.
  out.push(new Paragraph({}), new Paragraph({}));
  out.push(new Paragraph({ style: STYLE.signature, children: [new TextRun(outline.signature.authority)] }));
  out.push(new Paragraph({ style: STYLE.signature, children: [new TextRun(outline.signature.date)] }));
  return out;
}

/** The .docx bytes. */
export async function buildDocx(outline: ReportOutline, charts: ChartImages, meta: { creator: string }): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator,
    title: outline.title,
    description: outline.title,
    styles: reportStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer },
          },
        },
        footers: { default: pageNumberFooter() },
        children: content(outline, charts),
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(doc));
}
