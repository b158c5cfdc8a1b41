import { describe, expect, it } from 'vitest';
import { detectKind } from '../../headers/detect-kind.ts';
import { findTable } from '../../headers/find-table.ts';
import { columnsFromLabels } from '../../headers/header-column.ts';
import { BENCHMARK, fieldHeaders } from './real-headers.ts';

function detect(labels: string[]) {
  const result = detectKind(columnsFromLabels(labels));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('benchmark, inspection, review, division and agency headers', () => {
  it('benchmark table: 序号 · 违法行为 · 法律依据 · 处罚依据 · 违法程度 · 适用情形 · 处罚裁量标准', () => {
    const { kind, mapping } = detect(BENCHMARK);
    expect(kind).toBe('benchmark');
    expect(fieldHeaders(mapping)).toEqual({
      seq: '序号',
      violation_name: '违法行为',
      legal_basis: '法律依据',
      basis: '处罚依据',
      tier: '违法程度',
      condition: '适用情形',
      range_text: '处罚裁量标准',
    });
  });

  it('benchmark variant: 违法情节 / 具体情形 / 裁量基准 with validity and authority columns', () => {
    const { kind, mapping } = detect(['编号', '违法行为名称', '违法依据', '处罚依据', '违法情节', '具体情形', '裁量基准', '施行日期', '制定机关', '执法领域']);
    expect(kind).toBe('benchmark');
    expect(fieldHeaders(mapping)).toEqual({
      seq: '编号', violation_name: '违法行为名称', legal_basis: '违法依据', basis: '处罚依据', tier: '违法情节',
      condition: '具体情形', range_text: '裁量基准', effective_from: '施行日期', authority: '制定机关', sector: '执法领域',
    });
  });

  it('benchmark variants: 法定依据 / 适用条件 / 具体标准, and 处罚种类和幅度', () => {
    const a = detect(['序号', '违法行为', '法定依据', '处罚依据', '裁量阶次', '适用条件', '具体标准']);
    expect(a.kind).toBe('benchmark');
    expect(fieldHeaders(a.mapping)).toEqual({
      seq: '序号', violation_name: '违法行为', legal_basis: '法定依据', basis: '处罚依据', tier: '裁量阶次',
      condition: '适用条件', range_text: '具体标准',
    });
    const b = detect(['序号', '违法行为', '处罚依据', '裁量等级', '违法情形', '处罚种类和幅度']);
    expect(b.kind).toBe('benchmark');
    expect(b.mapping.fields.range_text).toMatchObject({ header: '处罚种类和幅度' });
  });

  it('inspection records', () => {
    const { kind, mapping } = detect(['检查编号', '执法机关', '检查对象', '统一社会信用代码', '检查日期', '检查方式', '所属区县', '是否发现问题']);
    expect(kind).toBe('inspection');
    expect(fieldHeaders(mapping)).toEqual({
      inspection_id: '检查编号', agency: '执法机关', target_name: '检查对象', target_credit_code: '统一社会信用代码',
      inspected_on: '检查日期', mode: '检查方式', division: '所属区县', found_problem: '是否发现问题',
    });
  });

  it('inspection records that name the target 行政相对人 and the result 检查结论', () => {
    const { kind, mapping } = detect(['检查实施机关', '行政相对人名称', '行政相对人统一社会信用代码', '检查时间', '检查类别', '检查结论']);
    expect(kind).toBe('inspection');
    expect(fieldHeaders(mapping)).toEqual({
      agency: '检查实施机关', target_name: '行政相对人名称', target_credit_code: '行政相对人统一社会信用代码',
      inspected_on: '检查时间', mode: '检查类别', found_problem: '检查结论',
    });
  });

  it('case-file review results', () => {
    const { kind, mapping } = detect(['评查编号', '年度', '被评查单位', '案卷编号', '案卷类型', '评查得分', '评查等次', '是否否决']);
    expect(kind).toBe('review');
    expect(fieldHeaders(mapping)).toEqual({
      review_id: '评查编号', year: '年度', agency: '被评查单位', case_no: '案卷编号', case_type: '案卷类型',
      score: '评查得分', grade: '评查等次', veto: '是否否决',
    });
  });

  it('case-file review with 评查得分 merged over 卷面分 · 内容分 · 总分: the score is 总分', () => {
    const table = findTable([
      { row: 1, cells: ['2025年度全市行政执法案卷评查结果'] },
      { row: 2, cells: ['序号', '被评查单位', '案卷名称/文号', '案卷类别', '评查得分', null, null, '否决项', '评查等次'] },
      { row: 3, cells: [null, null, null, null, '卷面分', '内容分', '总分', null, null] },
      { row: 4, cells: [1, '连云港市市场监督管理局', '连市监罚〔2025〕12号', '行政处罚', 18, 75, 93, '无', '优秀'] },
    ])!;
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.dataStartRow).toBe(4);
    const result = detectKind(table.columns);
    expect(result.ok && result.kind).toBe('review');
    if (!result.ok) return;
    expect(fieldHeaders(result.mapping)).toMatchObject({
      agency: '被评查单位', case_type: '案卷类别', score: '评查得分/总分', grade: '评查等次', veto: '否决项',
    });
  });

  it('division table, with a unit on the population column', () => {
    const { kind, mapping } = detect(['区划名称', '上级', '常住人口（万人）', '经营主体数', '下辖街道/乡镇']);
    expect(kind).toBe('division');
    expect(fieldHeaders(mapping)).toEqual({
      name: '区划名称', parent: '上级', population: '常住人口（万人）', entities: '经营主体数', streets: '下辖街道/乡镇',
    });
    expect(mapping.fields.population.unit).toBe('万人');
  });

  it('agency table', () => {
    const { kind, mapping } = detect(['执法机关', '所属区县', '执法领域']);
    expect(kind).toBe('agency');
    expect(fieldHeaders(mapping)).toEqual({ name: '执法机关', division: '所属区县', sector: '执法领域' });
  });

  it('division table with 地区 · 上级地区 · 所辖镇（街道）', () => {
    const { kind, mapping } = detect(['序号', '地区', '区划代码', '上级地区', '常住人口（万人）', '市场主体（户）', '所辖镇（街道）']);
    expect(kind).toBe('division');
    expect(fieldHeaders(mapping)).toEqual({
      name: '地区', parent: '上级地区', population: '常住人口（万人）', entities: '市场主体（户）', streets: '所辖镇（街道）',
    });
  });

  it('agency directory naming agencies 执法主体, with 所属地区 and a credit code', () => {
    const { kind, mapping } = detect(['序号', '执法主体名称', '主体性质', '所属地区', '执法领域', '统一社会信用代码']);
    expect(kind).toBe('agency');
    expect(fieldHeaders(mapping)).toEqual({ name: '执法主体名称', division: '所属地区', sector: '执法领域', credit_code: '统一社会信用代码' });
  });
});
