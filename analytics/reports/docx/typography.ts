/**
 * GB/T 9704—2012 page and type for the report: A4, margins 37 / 35 / 28 / 26 mm (top, bottom,
 * left, right), title in 小标宋 二号, body in 仿宋_GB2312 三号 with an exact 28-point line pitch
 * (22 lines of 28 characters), headings in 黑体 / 楷体_GB2312 三号, page numbers in 宋体 四号.
 * Sizes are in half-points and lengths in twips, as WordprocessingML wants them.
 */

/** Millimetres → twips (1/1440 inch). */
export const mm = (v: number): number => Math.round((v / 25.4) * 1440);

/** Points → half-points (w:sz). */
export const pt = (v: number): number => v * 2;

/** Points → twips (w:spacing). */
export const ptTwips = (v: number): number => v * 20;

/** Page setup. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Header and footer distances from the page edge (the page number sits ~7 mm below the text block). */
  header: mm(15),
  footer: mm(23),
} as const;

/** Width of the text block in twips (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/**
 * Fonts. Latin letters and digits use Times New Roman, Chinese the 公文 fonts; a machine without
 * the 公文 font falls back to the `altName` given in the font table (see font-table.ts).
 */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Fallbacks Word and LibreOffice use when the 公文 font is missing. */
export const FONT_FALLBACK: Record<string, string> = {
  方正小标宋简体: '宋体',
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
};

/** Sizes in points (二号 22, 三号 16, 四号 14, 小四 12). */
export const SIZE = { title: 22, body: 16, heading: 16, caption: 14, table: 12, pageNumber: 14 } as const;

/** Exact line pitch of the body (28 pt). */
export const LINE = ptTwips(28);

/** Two-character first-line indent of body paragraphs and headings. */
export const INDENT = ptTwips(2 * SIZE.body);

/** A run font: Chinese in `eastAsia`, Latin and digits in Times New Roman. */
export function runFont(eastAsia: string) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin };
}
