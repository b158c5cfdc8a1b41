/**
 * The deck's slides: the title, the KPI tiles, one slide per key finding (headline, its sentence,
 * the chart) and the problems with their suggestions.
 */
import type { Kpi } from './kpis.ts';
import type { KeyFinding } from './key-findings.ts';
import type { Problem } from '../content/problems.ts';
import type { ChartImage } from '../render-chart.ts';
import { REPORT_TEXT as T } from '../messages.ts';
import { COLOR, FACE, MARGIN, SLIDE, slideTitle } from './theme.ts';
import type { Slide } from './pptx-lib.ts';

/** Title slide: report title, bureau, date. */
export function titleSlide(slide: Slide, title: string, bureau: string, date: string): void {
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: SLIDE.w, h: 0.25, fill: { color: COLOR.navy }, line: { color: COLOR.navy, width: 0 } });
  slide.addText(title, { x: 1, y: 2.2, w: SLIDE.w - 2, h: 1.4, fontFace: FACE, fontSize: 40, bold: true, color: COLOR.navy, align: 'center', valign: 'middle', fit: 'shrink' });
  slide.addShape('rect', { x: SLIDE.w / 2 - 1.5, y: 3.8, w: 3, h: 0.06, fill: { color: COLOR.red }, line: { color: COLOR.red, width: 0 } });
  slide.addText(bureau, { x: 1, y: 4.3, w: SLIDE.w - 2, h: 0.6, fontFace: FACE, fontSize: 24, color: COLOR.text, align: 'center' });
  slide.addText(date, { x: 1, y: 4.95, w: SLIDE.w - 2, h: 0.5, fontFace: FACE, fontSize: 18, color: COLOR.muted, align: 'center' });
}

/** KPI slide: up to five tiles in a row, a big number each. */
export function kpiSlide(slide: Slide, items: Kpi[]): void {
  slideTitle(slide, T.deck.kpiTitle);
  const n = Math.max(1, items.length);
  const gap = 0.25;
  const w = (SLIDE.w - 2 * MARGIN - gap * (n - 1)) / n;
  items.forEach((k, i) => {
    const x = MARGIN + i * (w + gap);
    slide.addShape('rect', { x, y: 2.0, w, h: 3.6, fill: { color: COLOR.light }, line: { color: COLOR.light, width: 0 } });
    slide.addShape('rect', { x, y: 2.0, w, h: 0.08, fill: { color: COLOR.navy }, line: { color: COLOR.navy, width: 0 } });
    slide.addText(k.label, { x, y: 2.3, w, h: 0.6, fontFace: FACE, fontSize: 20, color: COLOR.text, align: 'center' });
    // Long values (罚没金额 in 万元) get a smaller size so they stay on one line of the tile.
    const size = Math.min(36, Math.floor((w * 72 * 0.8) / (k.value.length * 0.62)));
    slide.addText(k.value, { x, y: 3.0, w, h: 0.9, fontFace: FACE, fontSize: size, bold: true, color: COLOR.navy, align: 'center', valign: 'middle', margin: 0 });
    slide.addText(k.unit, { x, y: 3.85, w, h: 0.45, fontFace: FACE, fontSize: 16, color: COLOR.text, align: 'center', valign: 'top' });
    const colour = k.up === null ? COLOR.muted : k.up ? COLOR.up : COLOR.down;
    slide.addText(k.change ?? T.deck.noPrior, { x, y: 4.4, w, h: 0.6, fontFace: FACE, fontSize: 16, color: k.change ? colour : COLOR.muted, align: 'center' });
  });
}

/** One key finding: headline, its sentence when it says more, the chart. */
export function findingSlide(slide: Slide, f: KeyFinding, chart: ChartImage): void {
  slideTitle(slide, f.headline);
  // Under the headline, what the sentence says beyond it (or the whole sentence when it was reworded).
  const rest = f.text.startsWith(f.headline) ? f.text.slice(f.headline.length).replace(/^[，；。、\s]+/, '') : f.text;
  const more = rest.length > 0;
  if (more) slide.addText(rest, { x: MARGIN, y: 1.35, w: SLIDE.w - 2 * MARGIN, h: 0.75, fontFace: FACE, fontSize: 16, color: COLOR.muted, valign: 'top', fit: 'shrink' });
  const top = more ? 2.15 : 1.5;
  const h = SLIDE.h - top - 0.6;
  const w = Math.min(SLIDE.w - 2 * MARGIN, (h * chart.width) / chart.height);
  const hh = (w * chart.height) / chart.width;
  slide.addImage({ data: `data:image/png;base64,${chart.png.toString('base64')}`, x: (SLIDE.w - w) / 2, y: top, w, h: hh, altText: f.headline });
}

/** Problems and suggestions as a two-column table (the first `max`, the rest referred to the report). */
export function problemsSlide(slide: Slide, problems: Problem[], max = 6): void {
  slideTitle(slide, T.deck.problemsTitle);
  const shown = problems.slice(0, max);
  const head = { fontFace: FACE, fontSize: 16, bold: true, color: 'FFFFFF', fill: { color: COLOR.navy } };
  const rows = [
    [
      { text: T.deck.problemCol, options: head },
      { text: T.deck.suggestionCol, options: head },
    ],
    ...shown.map((p) => [
      { text: p.title, options: { fontFace: FACE, fontSize: 15, bold: true, color: COLOR.text } },
      { text: shortSuggestion(p.suggestion), options: { fontFace: FACE, fontSize: 15, color: COLOR.text } },
    ]),
  ];
  slide.addTable(rows, { x: MARGIN, y: 1.5, w: SLIDE.w - 2 * MARGIN, colW: [4.6, SLIDE.w - 2 * MARGIN - 4.6], border: { type: 'solid', pt: 0.5, color: 'BFBFBF' }, valign: 'middle', rowH: 0.62, autoPage: false });
  if (problems.length > max) {
    slide.addText(T.deck.moreProblems(problems.length - max), { x: MARGIN, y: SLIDE.h - 0.95, w: 8, h: 0.4, fontFace: FACE, fontSize: 14, color: COLOR.muted });
  }
}

/** The suggestion's first clause: a slide states what to do, the report says how. */
export function shortSuggestion(text: string): string {
  const first = text.split('，')[0];
  return first.length >= 10 ? `${first}。` : text;
}
