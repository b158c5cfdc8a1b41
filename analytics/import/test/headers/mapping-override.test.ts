import { describe, expect, it } from 'vitest';
import { columnsFromLabels } from '../../headers/header-column.ts';
import { mapColumns } from '../../headers/map-columns.ts';
import { applyMappingOverride, parseMappingOverride } from '../../headers/mapping-override.ts';
import { findTable } from '../../headers/find-table.ts';
import { ANNUAL_SHEET } from './annual-rows.ts';
import { AGENCY_CASES, fieldHeaders } from './real-headers.ts';

const base = () => mapColumns(columnsFromLabels([...AGENCY_CASES, '货值（元）', '备用金额']), 'penalty');

describe('applyMappingOverride', () => {
  it('binds a field to the header the user names, taking the column from a wrong guess', () => {
    const result = applyMappingOverride(base(), { columns: { goods_value: '货值（元）', fine: '备用金额' } });
    if (!result.ok) throw new Error(result.message);
    const m = result.value;
    expect(m.fields.goods_value).toEqual({ index: 8, header: '货值（元）', unit: '元', match: 'override', quality: 1 });
    expect(m.fields.fine).toMatchObject({ index: 9, header: '备用金额', match: 'override' });
    // The column 罚款金额（元） is free again and listed.
    expect(m.unmapped.map((u) => u.header)).toEqual(['罚款金额（元）']);
  });

  it('finds a header written with other brackets or spaces, and null unbinds a field', () => {
    const result = applyMappingOverride(base(), { columns: { goods_value: '货值 (元)', tier: null } });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.fields.goods_value.index).toBe(8);
    expect(result.value.fields.tier).toBeUndefined();
    expect(result.value.unmapped.map((u) => u.header)).toContain('裁量阶次');
  });

  it('unknown field → clear error listing the fields', () => {
    const result = applyMappingOverride(base(), { columns: { penalty_amount: '罚款金额（元）' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^映射文件中的字段「penalty_amount」不是「行政处罚」的字段；可用字段：decision_no、party_name、/);
  });

  it('unknown header → clear error listing the headers', () => {
    const result = applyMappingOverride(base(), { columns: { fine: '罚金' } });
    expect(result).toEqual({
      ok: false,
      message: '映射文件中字段「fine」对应的表头「罚金」在文件中不存在；文件表头为「案件编号、当事人、违法行为、裁量阶次、罚款金额（元）、违法所得（元）、决定日期、执法机关、货值（元）、备用金额」',
    });
  });

  it('a kind in the override rebuilds the mapping for that kind', () => {
    const mapping = mapColumns(columnsFromLabels(['执法机关', '检查对象', '检查日期', '得分']), 'inspection');
    const result = applyMappingOverride(mapping, { kind: 'review', columns: {} });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.kind).toBe('review');
    expect(result.value.kindSource).toBe('override');
    expect(fieldHeaders(result.value)).toEqual({ agency: '执法机关', score: '得分' });
  });

  it('annual statistics: an indicator code can be bound to a combined header', () => {
    const table = findTable(ANNUAL_SHEET)!;
    const result = applyMappingOverride(mapColumns(table.columns, 'annual_stat'), { columns: { coercion_enforcement: '行政强制/申请法院强制执行' } });
    if (!result.ok) throw new Error(result.message);
    const enforcement = result.value.indicatorColumns.filter((c) => c.indicator === 'coercion_enforcement');
    expect(enforcement).toEqual([{ index: 19, indicator: 'coercion_enforcement', unit: null }]);
    expect(result.value.unmapped.map((u) => u.header)).toContain('行政强制/执行');
  });

  it('the final mapping survives a JSON round trip (it is stored with the batch)', () => {
    const result = applyMappingOverride(base(), { columns: { goods_value: '货值（元）' } });
    if (!result.ok) throw new Error(result.message);
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });
});

describe('parseMappingOverride', () => {
  it('accepts { kind?, columns }', () => {
    expect(parseMappingOverride({ kind: 'penalty', columns: { fine: '罚金', note: null } })).toEqual({
      ok: true, value: { kind: 'penalty', columns: { fine: '罚金', note: null } },
    });
    expect(parseMappingOverride({ columns: {} })).toEqual({ ok: true, value: { kind: undefined, columns: {} } });
  });

  it('rejects malformed files with a Chinese reason', () => {
    const bad = [[], 'x', { columns: [] }, { kind: 'cases', columns: {} }, { column: {} }, { columns: { fine: 3 } }];
    for (const json of bad) {
      const result = parseMappingOverride(json);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^映射文件格式不对：/);
    }
  });
});
