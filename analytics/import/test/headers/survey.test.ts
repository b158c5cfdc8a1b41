import { describe, expect, it } from 'vitest';
import { detectKind } from '../../headers/detect-kind.ts';
import { findTable } from '../../headers/find-table.ts';
import { columnsFromLabels } from '../../headers/header-column.ts';
import { mapColumns } from '../../headers/map-columns.ts';
import { normalizeItemCode, parseItemHeader } from '../../headers/survey-items.ts';
import { fieldHeaders } from './real-headers.ts';

describe('survey response sheet', () => {
  it('fields plus item columns in every code style, items kept apart from fields', () => {
    const result = detectKind(columnsFromLabels([
      '编号', '受访者类型', '被评价单位', '所属区县', '填报日期',
      'Q1 执法人员是否亮证执法', 'Q2.', '第3题', '4、执法程序是否规范', 'Q12 您对执法机关的总体评价', '意见建议',
    ]));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('survey');
    expect(fieldHeaders(result.mapping)).toEqual({
      response_id: '编号', respondent_type: '受访者类型', agency: '被评价单位', division: '所属区县', answered_on: '填报日期', comment: '意见建议',
    });
    // `Q12 您对执法机关的总体评价` contains 执法机关 but is an item, not the agency column.
    expect(result.mapping.itemColumns).toEqual([
      { index: 5, code: 'Q1', text: '执法人员是否亮证执法' },
      { index: 6, code: 'Q2', text: '' },
      { index: 7, code: 'Q3', text: '' },
      { index: 8, code: 'Q4', text: '执法程序是否规范' },
      { index: 9, code: 'Q12', text: '您对执法机关的总体评价' },
    ]);
    expect(result.mapping.unmapped).toEqual([]);
  });

  it('full-width codes and a title row above the response sheet', () => {
    const table = findTable([
      { row: 1, cells: ['2024年度执法满意度调查答卷导出'] },
      { row: 2, cells: ['问卷编号', '身份', 'Ｑ１', 'Ｑ２', 'Ｑ３', '其他意见'] },
      { row: 3, cells: ['A0001', '企业', '非常满意', '满意', '基本满意', '无'] },
    ])!;
    expect(table.headerRows).toEqual([2]);
    const result = detectKind(table.columns);
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('survey');
    expect(fieldHeaders(result.mapping)).toEqual({ response_id: '问卷编号', respondent_type: '身份', comment: '其他意见' });
    expect(result.mapping.itemColumns.map((c) => [c.index, c.code])).toEqual([[2, 'Q1'], [3, 'Q2'], [4, 'Q3']]);
  });

  it('recognises item columns by their text when the items are known', () => {
    const columns = columnsFromLabels(['答卷编号', '执法人员是否亮证执法', '执法人员态度是否文明', '您对本次执法是否满意？']);
    const mapping = mapColumns(columns, 'survey', {
      surveyItems: [{ code: 'Q1', text: '执法人员是否亮证执法' }, { code: '第2题', text: '执法人员态度是否文明' }],
    });
    expect(mapping.itemColumns).toEqual([
      { index: 1, code: 'Q1', text: '执法人员是否亮证执法' },
      { index: 2, code: 'Q2', text: '执法人员态度是否文明' },
      // A question without a code: the loader matches its text or reports it.
      { index: 3, code: null, text: '您对本次执法是否满意?' },
    ]);
  });

  it('normalises item codes the same way on both sheets', () => {
    expect(['Q1', 'q01', 'Q1.', '第1题', '第一题', '1', '1、', 1].map((c) => normalizeItemCode(c))).toEqual(Array(8).fill('Q1'));
    expect(normalizeItemCode('第十二题')).toBe('Q12');
    expect(normalizeItemCode('维度')).toBeNull();
    expect(parseItemHeader('1.5')).toBeNull();
    expect(parseItemHeader('Quality')).toBeNull();
  });
});

describe('survey items sheet', () => {
  it('题号 · 维度 · 题目 · 权重', () => {
    const result = detectKind(columnsFromLabels(['题号', '维度', '题目', '权重']));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('survey_item');
    expect(fieldHeaders(result.mapping)).toEqual({ item_code: '题号', dimension: '维度', text: '题目', weight: '权重' });
  });
});

describe('survey platform export (问卷星)', () => {
  it('numbered questions asking who answers and whom they rate are fields, the rest are items', () => {
    const result = detectKind(columnsFromLabels([
      '序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的身份是：', '2、您评价的执法部门：',
      '3、执法人员是否主动出示执法证件？', '4、执法程序是否规范？', '5、执法人员态度如何？', '6、您对执法机关的总体评价',
      '7、您对执法工作有何意见建议？', '8、请选择您所在的区县（单选题）',
    ]));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('survey');
    expect(fieldHeaders(result.mapping)).toEqual({
      answered_on: '提交答卷时间', respondent_type: '1、您的身份是：', agency: '2、您评价的执法部门：',
      comment: '7、您对执法工作有何意见建议？', division: '8、请选择您所在的区县（单选题）',
    });
    expect(result.mapping.itemColumns.map((c) => [c.index, c.code])).toEqual([[8, 'Q3'], [9, 'Q4'], [10, 'Q5'], [11, 'Q6']]);
  });
});
