/**
 * The deck's look: 16:9 (13.33 × 7.5 in), white slides with a navy title and a thin red rule,
 * Microsoft YaHei throughout (PowerPoint and WPS substitute a CJK sans where it is missing), large
 * type, and a quiet footer with the issuing bureau and the page number.
 */
import type { Slide } from './pptx-lib.ts';

/** Slide size in inches (LAYOUT_WIDE). */
export const SLIDE = { w: 13.333, h: 7.5 } as const;

/** The font face of every text. */
export const FACE = 'Microsoft YaHei';

/** Colours (hex without #). */
export const COLOR = { navy: '1F3864', red: 'C00000', text: '262626', muted: '7F7F7F', light: 'F2F2F2', up: 'C00000', down: '2E7D32' } as const;

/** Left and right margin. */
export const MARGIN = 0.6;

/** A slide title with the red rule under it. */
export function slideTitle(slide: Slide, text: string): void {
  slide.addText(text, { x: MARGIN, y: 0.35, w: SLIDE.w - 2 * MARGIN, h: 0.8, fontFace: FACE, fontSize: 28, bold: true, color: COLOR.navy, valign: 'middle', fit: 'shrink' });
  slide.addShape('rect', { x: MARGIN, y: 1.17, w: 1.2, h: 0.06, fill: { color: COLOR.red }, line: { color: COLOR.red, width: 0 } });
}

/** Footer: bureau and title on the left, page number on the right. */
export function footer(slide: Slide, text: string, page: number): void {
  slide.addText(text, { x: MARGIN, y: SLIDE.h - 0.45, w: 9, h: 0.3, fontFace: FACE, fontSize: 11, color: COLOR.muted });
  slide.addText(String(page), { x: SLIDE.w - MARGIN - 1, y: SLIDE.h - 0.45, w: 1, h: 0.3, fontFace: FACE, fontSize: 11, color: COLOR.muted, align: 'right' });
}
