import { describe, expect, it } from 'vitest';
import { normalizeHeader, toHalfWidthText } from '../../headers/normalize-header.ts';

describe('normalizeHeader', () => {
  it('splits a unit in full-width brackets, with the spaces exports put around it', () => {
    expect(normalizeHeader('罚款金额 （万元）')).toEqual({ original: '罚款金额 （万元）', name: '罚款金额', unit: '万元', hotlinePrefix: null });
    expect(normalizeHeader('罚款金额（元）')).toMatchObject({ name: '罚款金额', unit: '元' });
    expect(normalizeHeader('罚款金额(万元)')).toMatchObject({ name: '罚款金额', unit: '万元' });
  });

  it('reads units written as 单位：…, after a slash, or in square brackets', () => {
    expect(normalizeHeader('罚没金额（单位：万元）')).toMatchObject({ name: '罚没金额', unit: '万元' });
    expect(normalizeHeader('罚款金额/万元')).toMatchObject({ name: '罚款金额', unit: '万元' });
    expect(normalizeHeader('罚款金额【元】')).toMatchObject({ name: '罚款金额', unit: '元' });
    expect(normalizeHeader('常住人口（万人）')).toMatchObject({ name: '常住人口', unit: '万人' });
  });

  it('keeps a bracket that qualifies the name rather than giving a unit', () => {
    expect(normalizeHeader('行政相对人代码_1(统一社会信用代码)')).toMatchObject({ name: '行政相对人代码_1(统一社会信用代码)', unit: null });
    expect(normalizeHeader('行政相对人代码_1（统一社会信用代码）').name).toBe('行政相对人代码_1(统一社会信用代码)');
    // A slash between words is not a unit either (暂扣/降级 is an annual-form column).
    expect(normalizeHeader('暂扣/降级')).toMatchObject({ name: '暂扣/降级', unit: null });
  });

  it('removes newlines, ideographic spaces and required-field markers', () => {
    expect(normalizeHeader('*行政相对人名称').name).toBe('行政相对人名称');
    expect(normalizeHeader('罚款金额\n（万元）')).toMatchObject({ name: '罚款金额', unit: '万元' });
    expect(normalizeHeader('处罚\u3000机关').name).toBe('处罚机关');
    expect(normalizeHeader('填报单位：').name).toBe('填报单位');
  });

  it('drops a 12345 prefix and remembers it', () => {
    expect(normalizeHeader('12345工单编号')).toMatchObject({ name: '工单编号', hotlinePrefix: '12345' });
    expect(normalizeHeader('12345受理时间')).toMatchObject({ name: '受理时间', hotlinePrefix: '12345' });
    expect(normalizeHeader('工单编号').hotlinePrefix).toBeNull();
    // A longer number is not the hotline prefix.
    expect(normalizeHeader('123456').name).toBe('123456');
  });

  it('lower-cases Latin letters and half-widths full-width ones', () => {
    expect(normalizeHeader('Ｑ１').name).toBe('q1');
    expect(normalizeHeader('decision_no').name).toBe('decision_no');
    expect(toHalfWidthText('（万元）：１２')).toBe('(万元):12');
  });
});
