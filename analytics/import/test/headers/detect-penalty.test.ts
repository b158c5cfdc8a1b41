import { describe, expect, it } from 'vitest';
import { detectKind } from '../../headers/detect-kind.ts';
import { columnsFromLabels } from '../../headers/header-column.ts';
import { AGENCY_CASES, SHUANGGONGSHI_LEGAL, SHUANGGONGSHI_NATURAL, fieldHeaders } from './real-headers.ts';

function detect(labels: string[]) {
  const result = detectKind(columnsFromLabels(labels));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('penalty headers', () => {
  it('双公示 legal-person template (26 columns): every column in order', () => {
    const { kind, mapping } = detect(SHUANGGONGSHI_LEGAL);
    expect(kind).toBe('penalty');
    expect(fieldHeaders(mapping)).toEqual({
      party_name: '行政相对人名称',
      credit_code: '行政相对人代码_1(统一社会信用代码)',
      legal_rep: '法定代表人',
      legal_rep_id: '法定代表人身份证号',
      decision_no: '行政处罚决定书文号',
      violation_name: '违法行为类型',
      facts: '违法事实',
      basis: '处罚依据',
      categories: '处罚类别',
      content: '处罚内容',
      fine: '罚款金额(万元)',
      confiscation: '没收违法所得、没收非法财物的金额(万元)',
      license: '暂扣或吊销证照名称及编号',
      decided_on: '处罚决定日期',
      valid_until: '处罚有效期',
      publish_until: '公示截止期',
      agency: '处罚机关',
      agency_credit_code: '处罚机关统一社会信用代码',
      data_source: '数据来源单位',
      data_source_code: '数据来源单位统一社会信用代码',
      note: '备注',
    });
    // Money in the template is in 万元: the unit travels with the binding.
    expect(mapping.fields.fine).toMatchObject({ index: 15, unit: '万元', match: 'exact' });
    expect(mapping.fields.confiscation).toMatchObject({ index: 16, unit: '万元' });
    // The other registration numbers (codes 2–6) have no canonical field and are listed.
    expect(mapping.unmapped.map((u) => u.index)).toEqual([2, 3, 4, 5, 6]);
    expect(mapping.missingRequired).toEqual([]);
  });

  it('双公示 natural-person version: 证件类型 + 证件号码 instead of the codes', () => {
    const { kind, mapping } = detect(SHUANGGONGSHI_NATURAL);
    expect(kind).toBe('penalty');
    expect(fieldHeaders(mapping)).toMatchObject({
      party_name: '行政相对人名称',
      id_type: '证件类型',
      id_number: '证件号码',
      decision_no: '行政处罚决定书文号',
      fine: '罚款金额(万元)',
      decided_on: '处罚决定日期',
      agency: '处罚机关',
    });
    expect(mapping.fields.credit_code).toBeUndefined();
    expect(mapping.fields.legal_rep).toBeUndefined();
    expect(mapping.unmapped).toEqual([]);
  });

  it('agency case-system export: 元 columns, 裁量阶次, 违法所得', () => {
    const { kind, mapping } = detect(AGENCY_CASES);
    expect(kind).toBe('penalty');
    expect(fieldHeaders(mapping)).toEqual({
      decision_no: '案件编号',
      party_name: '当事人',
      violation_name: '违法行为',
      tier: '裁量阶次',
      fine: '罚款金额（元）',
      illegal_gain: '违法所得（元）',
      decided_on: '决定日期',
      agency: '执法机关',
    });
    expect(mapping.fields.fine.unit).toBe('元');
    expect(mapping.fields.illegal_gain.unit).toBe('元');
  });

  it('two exact headers for one field: the more specific name wins wherever it stands', () => {
    // Case systems list their own 案件编号 beside the 处罚决定书文号 the 双公示 record is keyed on.
    for (const headers of [
      ['案件编号', '处罚决定书文号', '当事人', '罚款金额（元）', '决定日期', '执法机关', '办案单位'],
      ['处罚决定书文号', '案件编号', '当事人', '罚款金额（元）', '决定日期', '办案单位', '执法机关'],
    ]) {
      const { kind, mapping } = detect(headers);
      expect(kind).toBe('penalty');
      expect(mapping.fields.decision_no.header).toBe('处罚决定书文号');
      expect(mapping.fields.agency.header).toBe('执法机关');
    }
  });

  it('full-width brackets, spaces, * markers and synonyms from other case systems', () => {
    const { kind, mapping } = detect(['*案件编号', '当事人名称', '罚款金额 （万元）', '作出处罚决定日期', '实施机关', '违法行为 ', '没收金额（元）', '执法人员', '程序类型']);
    expect(kind).toBe('penalty');
    expect(fieldHeaders(mapping)).toEqual({
      decision_no: '*案件编号',
      party_name: '当事人名称',
      fine: '罚款金额 （万元）',
      decided_on: '作出处罚决定日期',
      agency: '实施机关',
      violation_name: '违法行为',
      confiscation: '没收金额（元）',
      officers: '执法人员',
      procedure: '程序类型',
    });
    expect(mapping.fields.fine.unit).toBe('万元');
  });

  it('a header naming no unit leaves the unit null (the loader takes 元 and says so)', () => {
    const { mapping } = detect(['处罚决定书编号', '被处罚人', '罚款', '处罚日期', '办案单位']);
    expect(fieldHeaders(mapping)).toEqual({
      decision_no: '处罚决定书编号', party_name: '被处罚人', fine: '罚款', decided_on: '处罚日期', agency: '办案单位',
    });
    expect(mapping.fields.fine.unit).toBeNull();
  });

  it('a longer header still matches by containment, and an exact header beats it', () => {
    const { mapping } = detect(['处罚决定书文号', '当事人名称', '罚款金额(元)', '处罚决定日期', '作出处罚决定的机关名称', '行政处罚机关统一社会信用代码']);
    expect(mapping.fields.agency).toMatchObject({ header: '作出处罚决定的机关名称', match: 'exact' });
    // Contains 处罚机关 and 统一社会信用代码, but is neither the agency name nor the party's code.
    expect(mapping.fields.agency_credit_code).toMatchObject({ header: '行政处罚机关统一社会信用代码', match: 'contains' });
    expect(mapping.fields.credit_code).toBeUndefined();
  });

  it('names case systems use for the fine, the agency, the date and the party', () => {
    const { kind, mapping } = detect(['文书号', '违法主体名称', '处罚金额（元）', '处罚时间', '执法部门']);
    expect(kind).toBe('penalty');
    expect(fieldHeaders(mapping)).toEqual({
      decision_no: '文书号', party_name: '违法主体名称', fine: '处罚金额（元）', decided_on: '处罚时间', agency: '执法部门',
    });
    expect(mapping.fields.fine.unit).toBe('元');
  });

  it('where and when the violation happened are not the violation', () => {
    const { mapping } = detect([
      '处罚决定书文号', '当事人', '违法行为发生地', '违法行为发生时间', '违法行为', '罚款金额', '决定日期', '处罚机关',
    ]);
    expect(mapping.fields.violation_name).toMatchObject({ header: '违法行为' });
    // Alone, a place or a time column must still not be taken for the violation.
    const alone = detect(['处罚决定书文号', '当事人', '违法行为发生地', '违法行为发生时间', '罚款金额', '决定日期', '处罚机关']);
    expect(alone.mapping.fields.violation_name).toBeUndefined();
  });

  it('our own canonical column names (re-imported exports, Parquet) map to themselves', () => {
    const { kind, mapping } = detect(['decision_no', 'party_name', 'fine', 'decided_on', 'agency', 'division']);
    expect(kind).toBe('penalty');
    expect(Object.keys(mapping.fields).sort()).toEqual(['agency', 'decided_on', 'decision_no', 'division', 'fine', 'party_name']);
  });
});
