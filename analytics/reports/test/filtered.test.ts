/**
 * A report for one division (海州区): the file names carry the scope, and the documents state the
 * division's own numbers (the penalties analysis under the same filter), not the city's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, paragraphs, part, thousands, unzip, wanText, type Generated } from './helpers.ts';

let g: Generated;
let text: string;

beforeAll(async () => {
  g = await generate({ division: '海州区', formats: ['docx', 'pptx'] });
  text = paragraphs(part(unzip(g.file('docx')), 'word/document.xml')).join('\n');
});
afterAll(() => g?.cleanup());

describe('filtered report (海州区)', () => {
  it('names the files with the scope', () => {
    expect(g.result.files.map((f) => f.name).sort()).toEqual(['海州区2025年度行政执法监督分析报告.docx', '海州区2025年度行政执法监督汇报材料.pptx']);
  });

  it('is titled for the division', () => {
    expect(text.split('\n')[0]).toBe('海州区2025年度行政执法监督分析报告');
  });

  it('states the filtered case count and fine total', () => {
    const s = g.penalties.summary;
    expect(s.cases).toBeGreaterThan(0);
    expect(text).toContain(`海州区共作出行政处罚${thousands(s.cases)}件`);
    expect(text).toContain(`罚款${wanText(s.fine_total_yuan)}万元`);
  });

  it('leaves out a finding that compares the division with itself', () => {
    expect(text).not.toContain('居海州区范围内首位');
  });

  it('puts the filtered numbers on the KPI slide', () => {
    const files = unzip(g.file('pptx'));
    const kpi = paragraphs(part(files, 'ppt/slides/slide2.xml')).join('\n');
    expect(kpi).toContain(thousands(g.penalties.summary.cases));
  });
});
