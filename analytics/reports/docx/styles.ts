/**
 * Document styles: the body default (仿宋_GB2312 三号, exact 28 pt, justified) and named styles for
 * the title, both heading levels (as Word's Heading 1/2, so the navigation pane shows the outline),
 * captions, table text and notes.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { FONT, INDENT, LINE, pt, ptTwips, runFont, SIZE } from './typography.ts';

const exact = (points: number) => ({ line: ptTwips(points), lineRule: LineRuleType.EXACT });

/** Style ids used by the builders. */
export const STYLE = { title: 'ReportTitle', caption: 'ReportCaption', tableText: 'ReportTableText', note: 'ReportNote', signature: 'ReportSignature' } as const;

/** The styles part. */
export function reportStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFont(FONT.body), size: pt(SIZE.body), language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, alignment: AlignmentType.JUSTIFIED },
      },
      heading1: {
        run: { font: runFont(FONT.heading1), size: pt(SIZE.heading), bold: false, color: '000000' },
        paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: INDENT }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: runFont(FONT.heading2), size: pt(SIZE.heading), bold: false, italics: false, color: '000000' },
        paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: INDENT }, keepNext: true, outlineLevel: 1 },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: '报告标题',
        basedOn: 'Normal',
        run: { font: runFont(FONT.title), size: pt(SIZE.title) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact(36), before: 0, after: ptTwips(28) } },
      },
      {
        id: STYLE.caption,
        name: '图表题注',
        basedOn: 'Normal',
        run: { font: runFont(FONT.heading1), size: pt(SIZE.caption) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact(24), before: ptTwips(6), after: ptTwips(6) }, keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: '表格文字',
        basedOn: 'Normal',
        run: { font: runFont(FONT.body), size: pt(SIZE.table) },
        paragraph: { spacing: exact(18) },
      },
      {
        id: STYLE.note,
        name: '表注',
        basedOn: 'Normal',
        run: { font: runFont(FONT.body), size: pt(SIZE.table) },
        paragraph: { spacing: { ...exact(18), before: ptTwips(3), after: ptTwips(6) } },
      },
      {
        id: STYLE.signature,
        name: '落款',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.RIGHT, indent: { right: ptTwips(4 * SIZE.body) } },
      },
    ],
  };
}
