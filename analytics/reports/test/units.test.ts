/**
 * Small pieces: number formatting, scope names and file names, slide headlines, the soffice
 * lookup, and a report whose analysis failed still builds and says why.
 */
import { describe, expect, it } from 'vitest';
import { change, chineseNumber, dateZh, paragraph, pct, pointChange, safeText, wan } from '../format.ts';
import { outputFileName, reportScope, reportTitle } from '../data/scope.ts';
import { headline } from '../pptx/key-findings.ts';
import { shortSuggestion } from '../pptx/slides.ts';
import { findSoffice } from '../pdf.ts';
import { DEFAULT_SETTINGS } from '../../workspace/settings.ts';

const settings = { ...DEFAULT_SETTINGS } as never;

describe('format', () => {
  it('writes money in 万元 with two decimals and separators', () => {
    expect(wan(728_150_680)).toBe('72,815.07');
    expect(wan(0)).toBe('0.00');
  });

  it('writes changes and shares as a report does', () => {
    expect(change(0.6667)).toBe('上升66.7%');
    expect(change(-0.032)).toBe('下降3.2%');
    expect(change(0)).toBe('基本持平');
    expect(change(null)).toBe('');
    expect(pct(0.0455)).toBe('4.6%');
    expect(pct(null)).toBe('—');
    expect(pointChange(0.34, '个百分点')).toBe('上升0.3个百分点');
  });

  it('numbers headings and writes dates in Arabic numerals', () => {
    expect([1, 8, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '八', '十', '十二', '二十', '二十一']);
    expect(dateZh(new Date(2026, 0, 15))).toBe('2026年1月15日');
  });

  it('joins sentences with full stops', () => {
    expect(paragraph('甲', null, '乙。', '丙；')).toBe('甲。乙。丙。');
  });

  it('masks phone and ID numbers unless told not to', () => {
    expect(safeText('联系电话13812345678，身份证320102199001011234', true)).toBe('联系电话138****5678，身份证320102********1234');
    expect(safeText('13812345678', false)).toBe('13812345678');
  });
});

describe('scope', () => {
  it('names the city report plainly and a filtered one with its scope', () => {
    const city = reportScope({ year: 2025 }, settings);
    expect(reportTitle(city)).toBe('连云港市2025年度行政执法监督分析报告');
    expect(outputFileName(city, 'report', 'docx')).toBe('2025年度行政执法监督分析报告.docx');
    expect(outputFileName(city, 'workbook', 'xlsx')).toBe('2025年度行政执法监督分析数据表.xlsx');
    expect(outputFileName(city, 'deck', 'pptx')).toBe('2025年度行政执法监督汇报材料.pptx');
    const hz = reportScope({ year: 2025, division: '海州区' }, settings);
    expect(hz.place).toBe('海州区');
    expect(outputFileName(hz, 'report', 'docx')).toBe('海州区2025年度行政执法监督分析报告.docx');
    const city2 = reportScope({ year: 2025, division: '市本级' }, settings);
    expect(reportTitle(city2)).toBe('连云港市市本级2025年度行政执法监督分析报告');
  });

  it('keeps path separators out of file names', () => {
    const odd = reportScope({ year: 2025, agency: '某局/分局:"一"' }, settings);
    expect(outputFileName(odd, 'report', 'docx')).toBe('某局_分局__一_2025年度行政执法监督分析报告.docx');
  });

  it('drops invisible and direction-changing characters and never starts a name with a dot', () => {
    const rtl = reportScope({ year: 2025, agency: '某局\u202e\u200bxcod.exe\ufeff' }, settings);
    expect(outputFileName(rtl, 'report', 'docx')).toBe('某局xcod.exe2025年度行政执法监督分析报告.docx');
    const dots = reportScope({ year: 2025, division: '..' }, settings);
    expect(outputFileName(dots, 'report', 'docx')).toBe('2025年度行政执法监督分析报告.docx');
  });
});

describe('slides', () => {
  it('cuts a headline from a finding sentence', () => {
    expect(headline('全市共作出行政处罚20,000件，较上年上升66.7%；罚没金额合计7.73亿元')).toBe('全市共作出行政处罚20,000件，较上年上升66.7%');
    expect(headline('东海县「重复检查」类投诉举报显著集中（观察值89，期望值52.2，z=5.1）')).toBe('东海县「重复检查」类投诉举报显著集中');
    expect(headline('同一对象30日内被2个以上部门重复检查6起，涉及5个检查对象、12个执法部门、14次检查').length).toBeLessThanOrEqual(30);
  });

  it('shortens a suggestion to its first clause', () => {
    expect(shortSuggestion('建议相关执法机关对简易程序案件开展专项自查，罚款超出法定限额的案件依法重新审查。')).toBe('建议相关执法机关对简易程序案件开展专项自查。');
  });
});

describe('soffice lookup', () => {
  it('honours SUPERVISE_SOFFICE, and a path that does not exist means none', () => {
    expect(findSoffice({ SUPERVISE_SOFFICE: '/nonexistent/soffice', PATH: '' })).toBeNull();
    expect(findSoffice({ SUPERVISE_SOFFICE: process.execPath })).toBe(process.execPath);
  });
});
