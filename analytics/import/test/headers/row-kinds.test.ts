import { describe, expect, it } from 'vitest';
import { isBlankRow, isColumnNumberRow, isNoteRow, isTitleRow, isTotalRow } from '../../headers/row-kinds.ts';

describe('row classifiers', () => {
  it('isBlankRow: null, empty and whitespace-only cells', () => {
    expect(isBlankRow([null, '', '  ', '\u3000'])).toBe(true);
    // Left behind by copy-paste from web pages and OA systems: NBSP, zero-width space, word joiner, BOM.
    expect(isBlankRow(['\u00a0', '\u200b', ' \u200b\u3000 ', '\u2060', '\ufeff'])).toBe(true);
    expect(isBlankRow(['\u200b', '甲'])).toBe(false);
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });

  it('isTotalRow: 合计 / 总计 / 小计 / 总合计 in the first cells, spaces allowed', () => {
    expect(isTotalRow(['合计', 120, 3400])).toBe(true);
    expect(isTotalRow(['合 计', null, 5])).toBe(true);
    expect(isTotalRow(['总计', 1])).toBe(true);
    expect(isTotalRow([null, '小计', 1])).toBe(true);
    expect(isTotalRow(['总合计', 1])).toBe(true);
    expect(isTotalRow(['全市合计', 1])).toBe(true);
    expect(isTotalRow(['市本级小计', 1])).toBe(true);
    expect(isTotalRow(['合计（件）', 1])).toBe(true);
    expect(isTotalRow(['', '', '合计：', 1])).toBe(true);
    // The count written into the label cell itself.
    expect(isTotalRow(['总计：2件'])).toBe(true);
    expect(isTotalRow(['合计 28 条', null])).toBe(true);
    expect(isTotalRow(['合计:1200'])).toBe(true);
    // A company whose name starts with 合计 is data.
    expect(isTotalRow(['合计科技有限公司', '91320700MA1XXXXXX0', 5000])).toBe(false);
    expect(isTotalRow(['海州区司法局', 10, 20])).toBe(false);
    expect(isTotalRow(['连云港市海州区某某商贸有限公司合计', 1])).toBe(false);
    // Review and survey summaries close with an average row.
    expect(isTotalRow(['平均', null, null, 15.2, 65, 80.2])).toBe(true);
    expect(isTotalRow(['全市平均分', 82.5])).toBe(true);
    expect(isTotalRow([null, '平均值：', 82.5])).toBe(true);
    expect(isTotalRow(['平均气温监测站', 82.5])).toBe(false);
  });

  it('isNoteRow: trailing notes and signature lines', () => {
    expect(isNoteRow(['填表说明：1. 本表统计口径为…'])).toBe(true);
    expect(isNoteRow(['注：罚没金额单位为万元'])).toBe(true);
    expect(isNoteRow(['注1：…'])).toBe(true);
    expect(isNoteRow(['制表人：张三', null, '审核人：李四', '联系电话：0518-00000000'])).toBe(true);
    // Hotline systems close an export with when and by whom it was exported, and a record count.
    expect(isNoteRow(['导出时间：2025-11-01 10:00:00'])).toBe(true);
    expect(isNoteRow(['导出人：张三'])).toBe(true);
    expect(isNoteRow(['打印日期：2025-11-01'])).toBe(true);
    expect(isNoteRow(['共 28 条记录'])).toBe(true);
    expect(isNoteRow(['共28条'])).toBe(true);
    expect(isNoteRow(['共享单车乱停放', '2025-05-02 10:00'])).toBe(false);
    expect(isNoteRow(['注册资本', 100])).toBe(false);
    expect(isNoteRow(['海州区司法局', 10])).toBe(false);
  });

  it('isTitleRow: a single (merged) cell, a repeated merged value, or key：value lines', () => {
    expect(isTitleRow(['连云港市XX局行政处罚信息公示（2025年度）', null, null])).toBe(true);
    expect(isTitleRow(['2024年行政执法统计年报', '2024年行政执法统计年报'])).toBe(true);
    expect(isTitleRow(['填报单位：连云港市司法局', null, '单位：万元'])).toBe(true);
    expect(isTitleRow(['案件编号', '当事人'])).toBe(false);
  });

  it('isColumnNumberRow: the 栏次 row of statistical forms', () => {
    expect(isColumnNumberRow(['甲', 1, 2, 3, 4, 5])).toBe(true);
    expect(isColumnNumberRow(['栏次', '1', '2', '3'])).toBe(true);
    expect(isColumnNumberRow(['海州区司法局', 1, 2, 3])).toBe(false);
    expect(isColumnNumberRow([1, 5, 9])).toBe(false);
  });
});
