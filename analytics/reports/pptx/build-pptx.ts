/**
 * 行政执法监督汇报材料 (.pptx): title, KPI slide, one slide per key finding with its chart, and the
 * problems with suggestions. 16:9, Microsoft YaHei, one idea per slide.
 */
import type { ReportData } from '../data/types.ts';
import type { ChartImages } from '../figures/render-figures.ts';
import { problems } from '../content/problems.ts';
import { dateZh } from '../format.ts';
import { REPORT_TEXT as T } from '../messages.ts';
import { keyFindings } from './key-findings.ts';
import { kpis } from './kpis.ts';
import { findingSlide, kpiSlide, problemsSlide, titleSlide } from './slides.ts';
import { FACE, footer } from './theme.ts';
import { Presentation } from './pptx-lib.ts';

/** The .pptx bytes. */
export async function buildPptx(d: ReportData, charts: ChartImages, title: string): Promise<Buffer> {
  const pres = new Presentation();
  pres.layout = 'LAYOUT_WIDE';
  pres.author = d.scope.bureau;
  pres.company = d.scope.bureau;
  pres.title = title;
  pres.theme = { headFontFace: FACE, bodyFontFace: FACE };
  const foot = T.deck.footer(d.scope.bureau, d.filter.year);
  let page = 1;
  titleSlide(pres.addSlide(), title, d.scope.bureau, dateZh(d.generatedAt));
  const kpi = pres.addSlide();
  kpiSlide(kpi, kpis(d));
  footer(kpi, foot, ++page);
  for (const f of keyFindings(d, charts)) {
    const slide = pres.addSlide();
    findingSlide(slide, f, charts.get(f.chart)!);
    footer(slide, foot, ++page);
  }
  const last = pres.addSlide();
  problemsSlide(last, problems(d));
  footer(last, foot, ++page);
  return (await pres.write({ outputType: 'nodebuffer' })) as Buffer;
}
