/**
 * The briefing deck (.pptx) from the sample workspace: 16:9, a title slide with the bureau, a KPI
 * slide with the case count and 罚没金额 in 万元, a slide per key finding with its chart, the
 * problems slide, Microsoft YaHei throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, paragraphs, part, thousands, unzip, wanText, type Generated } from './helpers.ts';

let g: Generated;
let files: Record<string, Uint8Array>;
let slides: string[];

beforeAll(async () => {
  g = await generate({ formats: ['pptx'] });
  files = unzip(g.file('pptx'));
  slides = Object.keys(files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => part(files, f));
});
afterAll(() => g?.cleanup());

const textOf = (xml: string) => paragraphs(xml).join('\n');

describe('行政执法监督汇报材料 (.pptx)', () => {
  it('is 16:9', () => {
    expect(part(files, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('opens with the title, the bureau and the date', () => {
    const t = textOf(slides[0]);
    expect(t).toContain('连云港市2025年度行政执法监督分析报告');
    expect(t).toContain('连云港市司法局');
    expect(t).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('shows the KPIs: cases and 罚没金额 in 万元 as the analysis gives them', () => {
    const t = textOf(slides[1]);
    expect(t).toContain('年度主要指标');
    expect(t).toContain(thousands(g.penalties.summary.cases));
    expect(t).toContain(wanText(g.penalties.summary.penalty_total_yuan));
    expect(t).toContain('执法满意度指数');
  });

  it('has one slide per key finding (at most eight) with its chart', () => {
    const findingSlides = slides.slice(2, -1);
    expect(findingSlides.length).toBeGreaterThanOrEqual(4);
    expect(findingSlides.length).toBeLessThanOrEqual(8);
    for (const s of findingSlides) expect(s).toContain('<p:pic>');
    expect(Object.keys(files).filter((f) => f.startsWith('ppt/media/')).length).toBeGreaterThanOrEqual(4);
  });

  it('closes with the problems and suggestions', () => {
    const t = textOf(slides.at(-1)!);
    expect(t).toContain('发现的问题及建议');
    expect(t).toContain('建议');
  });

  it('sets a CJK font face on the text', () => {
    expect(slides[1]).toContain('<a:ea typeface="Microsoft YaHei"');
  });
});
