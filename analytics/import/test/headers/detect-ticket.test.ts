import { describe, expect, it } from 'vitest';
import { detectKind } from '../../headers/detect-kind.ts';
import { columnsFromLabels } from '../../headers/header-column.ts';
import { TICKET_OTHER, TICKET_PREFIXED, TICKET_UNPREFIXED, fieldHeaders } from './real-headers.ts';

function detect(labels: string[]) {
  const result = detectKind(columnsFromLabels(labels));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('12345 ticket headers', () => {
  it('export with the 12345 prefix', () => {
    const { kind, mapping } = detect(TICKET_PREFIXED);
    expect(kind).toBe('ticket');
    expect(fieldHeaders(mapping)).toEqual({
      ticket_no: '12345工单编号',
      received_at: '12345受理时间',
      source: '12345工单来源',
      address: '12345诉求地址',
      appeal_type: '12345工单类型',
      content: '12345内容描述',
      handling_unit: '主办单位',
      reply: '答复市民要点',
      street: '街道',
      category_1: '一级分类',
      category_2: '二级分类',
      category_3: '三级分类',
      category_4: '四级分类',
      category_5: '五级分类',
    });
    expect(mapping.unmapped).toEqual([]);
    // The prefix is kept on the column as a hint for hotline_ticket.line.
    expect(mapping.columns[0].hotlinePrefix).toBe('12345');
  });

  it('the same export in a year without the prefix maps to the same fields', () => {
    const { kind, mapping } = detect(TICKET_UNPREFIXED);
    expect(kind).toBe('ticket');
    const prefixed = detect(TICKET_PREFIXED).mapping;
    expect(Object.fromEntries(Object.entries(mapping.fields).map(([f, b]) => [f, b.index])))
      .toEqual(Object.fromEntries(Object.entries(prefixed.fields).map(([f, b]) => [f, b.index])));
    expect(mapping.columns[0].hotlinePrefix).toBeNull();
  });

  it('the other export: 来电时间, 诉求类型, 承办单位, 办结时间, 满意度', () => {
    const { kind, mapping } = detect(TICKET_OTHER);
    expect(kind).toBe('ticket');
    expect(fieldHeaders(mapping)).toEqual({
      ticket_no: '工单编号',
      received_at: '来电时间',
      appeal_type: '诉求类型',
      content: '诉求内容',
      division: '所属区县',
      handling_unit: '承办单位',
      closed_at: '办结时间',
      due_at: '办理时限',
      resolved: '是否解决',
      satisfaction: '满意度',
    });
  });

  it('the other export with the prefix and extra columns of a real system', () => {
    const { kind, mapping } = detect(['12345工单编号', '12345来电时间', '来电人', '联系电话', '12345诉求内容', '热线', '回访满意度', '办结时限', '标题']);
    expect(kind).toBe('ticket');
    expect(fieldHeaders(mapping)).toEqual({
      ticket_no: '12345工单编号', received_at: '12345来电时间', content: '12345诉求内容', line: '热线',
      satisfaction: '回访满意度', due_at: '办结时限', title: '标题',
    });
    // Personal data columns are not fields; they are listed and never loaded.
    expect(mapping.unmapped.map((u) => u.header)).toEqual(['来电人', '联系电话']);
  });
});

describe('12348 legal-aid hotline headers', () => {
  it('咨询内容, 问题类型 and 回访评价 are the ticket content, category and satisfaction', () => {
    const { kind, mapping } = detect(['序号', '工单编号', '来电时间', '来电号码', '问题类型', '咨询内容', '答复内容', '接听人员', '所属区县', '回访评价']);
    expect(kind).toBe('ticket');
    expect(fieldHeaders(mapping)).toEqual({
      ticket_no: '工单编号', received_at: '来电时间', category: '问题类型', content: '咨询内容', reply: '答复内容',
      division: '所属区县', satisfaction: '回访评价',
    });
    expect(mapping.unmapped.map((u) => u.header)).toEqual(['序号', '来电号码', '接听人员']);
  });
});
