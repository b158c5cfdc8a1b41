import { describe, expect, it } from 'vitest';
import { detectKind } from '../../headers/detect-kind.ts';
import { columnsFromLabels } from '../../headers/header-column.ts';
import { resolveMapping } from '../../headers/resolve-mapping.ts';
import { AGENCY_CASES, fieldHeaders } from './real-headers.ts';

describe('unknown and ambiguous sheets', () => {
  it('a file of unknown shape: the message lists the headers seen and the closest kinds', () => {
    const result = detectKind(columnsFromLabels(['序号', '名称', '金额']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('unknown');
    expect(result.message).toMatch(/^无法识别文件类型：看到的表头为「序号、名称、金额」；最接近的是 /);
    expect(result.message).toContain('--kind');
  });

  it('a penalty export lacking one required column names the missing one', () => {
    const result = detectKind(columnsFromLabels(['案件编号', '当事人', '罚款金额', '执法机关']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // 罚款金额 is optional (the 2016 双公示 template has no such column): four required columns.
    expect(result.message).toContain('最接近的是 行政处罚（3/4 个必填列，缺少 处罚决定日期（decided_on））');
  });

  it('nothing in common with any kind', () => {
    const result = detectKind(columnsFromLabels(['Column1', 'Column2']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('无法识别文件类型：看到的表头为「Column1、Column2」；没有任何类型的表头与之相符。可手动指定类型（导入页的“识别类型”，命令行 --kind），或在表头映射中指定各列（命令行 --mapping）。');
  });

  it('an ambiguous sheet (inspection and review headers mixed) is not guessed', () => {
    const result = detectKind(columnsFromLabels(['执法机关', '检查对象', '检查日期', '得分', '案卷编号', '等次']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('ambiguous');
    expect(result.message).toContain('无法确定文件类型');
    expect(result.message).toContain('行政检查（3/3 个必填列）');
    expect(result.message).toContain('案卷评查（2/2 个必填列）');
    expect(result.message).toContain('「执法机关、检查对象、检查日期、得分、案卷编号、等次」');
  });

  it('ranks every kind, best first', () => {
    const result = detectKind(columnsFromLabels(AGENCY_CASES));
    expect(result.scores.map((s) => s.kind)).toHaveLength(10);
    expect(result.scores[0]).toMatchObject({ kind: 'penalty', eligible: true, requiredFound: 4, requiredTotal: 4 });
    expect(result.scores[0].score).toBeGreaterThan(result.scores[1].score * 1.25);
  });
});

describe('resolveMapping (--kind, --mapping)', () => {
  it('--kind skips detection: the ambiguous sheet imports as the kind asked for', () => {
    const result = resolveMapping(columnsFromLabels(['执法机关', '检查对象', '检查日期', '得分', '案卷编号', '等次']), { kind: 'inspection' });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.mapping.kindSource).toBe('forced');
    expect(fieldHeaders(result.value.mapping)).toEqual({ agency: '执法机关', target_name: '检查对象', inspected_on: '检查日期' });
    expect(result.value.mapping.unmapped.map((u) => u.header)).toEqual(['得分', '案卷编号', '等次']);
    expect(result.value.scores).toEqual([]);
  });

  it('--kind with missing required fields names them', () => {
    const result = resolveMapping(columnsFromLabels(['当事人', '罚款金额（元）', '执法机关']), { kind: 'penalty' });
    expect(result).toEqual({
      ok: false,
      message: '按「行政处罚」导入缺少必填列：行政处罚决定书文号（decision_no）、处罚决定日期（decided_on）；看到的表头为「当事人、罚款金额（元）、执法机关」。可在表头映射中指定这些字段对应的列（命令行 --mapping）。',
    });
  });

  it('--kind survey without any item column', () => {
    const result = resolveMapping(columnsFromLabels(['编号', '身份']), { kind: 'survey' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('缺少题目列');
  });

  it('detected kind passes through with its scores', () => {
    const result = resolveMapping(columnsFromLabels(AGENCY_CASES));
    if (!result.ok) throw new Error(result.message);
    expect(result.value.kind).toBe('penalty');
    expect(result.value.mapping.kindSource).toBe('detected');
    expect(result.value.scores[0].kind).toBe('penalty');
  });

  it('--kind and a mapping file naming another kind conflict', () => {
    const result = resolveMapping(columnsFromLabels(AGENCY_CASES), { kind: 'penalty', override: { kind: 'ticket', columns: {} } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('不一致');
    // The mapping file is at fault, not the export: the refusal says so by its code.
    if (!result.ok) expect(result.code).toBe('MAPPING');
    const unknown = resolveMapping(columnsFromLabels(AGENCY_CASES), { override: { kind: 'penalty', columns: { penalty_amount: '罚款金额（元）' } } });
    expect(unknown).toMatchObject({ ok: false, code: 'MAPPING' });
  });

  it('an override supplies the column detection could not find', () => {
    const columns = columnsFromLabels(['案件编号', '当事人', '罚款金额', '执法机关', '落款日期']);
    expect(resolveMapping(columns).ok).toBe(false);
    const result = resolveMapping(columns, { override: { kind: 'penalty', columns: { decided_on: '落款日期' } } });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.mapping.fields.decided_on).toMatchObject({ index: 4, header: '落款日期', match: 'override' });
    expect(result.value.mapping.missingRequired).toEqual([]);
  });
});
