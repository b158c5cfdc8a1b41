/**
 * The annual report (.docx) from the sample workspace, read back from its XML: every section
 * heading, the case count and fine total equal to the penalties analysis, the charts, GB/T 9704
 * page setup and fonts, three-line tables, page numbers, no personal numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, paragraphs, part, thousands, unzip, wanText, type Generated } from './helpers.ts';

let g: Generated;
let files: Record<string, Uint8Array>;
let doc: string;
let text: string[];

beforeAll(async () => {
  g = await generate();
  files = unzip(g.file('docx'));
  doc = part(files, 'word/document.xml');
  text = paragraphs(doc);
});
afterAll(() => g?.cleanup());

describe('年度行政执法监督分析报告 (.docx)', () => {
  it('is named as the brief says and has the title', () => {
    expect(g.result.files.find((f) => f.format === 'docx')!.name).toBe('2025年度行政执法监督分析报告.docx');
    expect(text[0]).toBe('连云港市2025年度行政执法监督分析报告');
  });

  it('has the eight sections in order', () => {
    const headings = ['一、总体情况', '二、行政处罚情况', '三、投诉举报热点', '四、裁量基准执行情况', '五、行政检查与案卷评查', '六、执法满意度调查', '七、年报数据核对', '八、发现的问题及建议'];
    const at = headings.map((h) => text.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('states the case count and the fine total (万元) the penalties analysis gives', () => {
    const s = g.penalties.summary;
    const body = text.join('');
    expect(body).toContain(`共作出行政处罚${thousands(s.cases)}件`);
    expect(body).toContain(`罚款${wanText(s.fine_total_yuan)}万元`);
    expect(body).toContain(`罚没金额合计${wanText(s.penalty_total_yuan)}万元`);
  });

  it('holds at least five chart images with numbered captions', () => {
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(media.length).toBeGreaterThanOrEqual(5);
    const captions = text.filter((t) => /^图\d+\u3000/.test(t));
    expect(captions.length).toBe(media.length);
    expect(captions[0]).toMatch(/^图1\u3000/);
    expect(text.filter((t) => /^表\d+\u3000/.test(t)).length).toBeGreaterThanOrEqual(6);
  });

  it('sets up A4 with the GB/T 9704 margins (twips)', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
  });

  it('uses the official fonts and sizes with an exact 28-point line pitch', () => {
    const styles = part(files, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)![0];
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toMatch(/w:line="560" w:lineRule="exact"/);
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)![0];
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('ReportTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('ReportTitle')).toContain('<w:sz w:val="44"/>');
    const fonts = part(files, 'word/fontTable.xml');
    expect(fonts).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it('draws tables as three-line tables: thick top and bottom, no vertical rules', () => {
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/s.exec(doc)![1];
    expect(borders).toMatch(/<w:top w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:bottom w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:insideV w:val="none"/);
    expect(borders).toMatch(/<w:left w:val="none"/);
  });

  it('numbers pages "— N —" in 宋体 四号 in the footer', () => {
    const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    const xml = part(files, footer);
    expect(xml).toContain('PAGE');
    expect(paragraphs(xml).join('')).toMatch(/^— .*—$/);
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('<w:sz w:val="28"/>');
  });

  it('ends with the issuing authority and the date', () => {
    expect(text.at(-2)).toBe('连云港市司法局');
    expect(text.at(-1)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('derives problems with suggestions from the warn findings', () => {
    const start = text.indexOf('八、发现的问题及建议');
    const section = text.slice(start + 1, -2);
    const problems = section.filter((t) => /^（[一二三四五六七八九十]+）/.test(t));
    expect(problems.length).toBeGreaterThan(3);
    const paras = section.filter((t) => !/^（/.test(t) && t.length > 30).slice(1);
    for (const p of paras.slice(0, problems.length)) expect(p).toContain('建议');
  });

  it('contains no phone or ID numbers', () => {
    const body = text.join('\n');
    expect(body).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(body).not.toMatch(/(?<!\d)\d{17}[\dXx](?!\d)/);
  });
});
