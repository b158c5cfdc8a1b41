/**
 * Personal numbers in free text: mobile, landline and 18-digit ID numbers are masked, other digits
 * (amounts, dates, document numbers) are left alone.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonal } from '../mask.ts';

describe('maskPersonal', () => {
  it('masks mobile numbers as 138****1234', () => {
    expect(maskPersonal('来电号码13812341234。')).toBe('来电号码138****1234。');
    expect(maskPersonal('电话:18804388625,15853979680')).toBe('电话:188****8625,158****9680');
    expect(maskPersonal('13812341234')).toBe('138****1234');
  });

  it('masks 18-digit ID numbers, keeping the region code and the last four', () => {
    expect(maskPersonal('身份证320706199001011234')).toBe('身份证320706********1234');
    expect(maskPersonal('身份证32070619900101123X。')).toBe('身份证320706********123X。');
  });

  it('masks landlines as the reports do, keeping the area code', () => {
    expect(maskPersonal('联系电话0518-85551234')).toBe('联系电话0518-********');
  });

  it('leaves other numbers alone', () => {
    for (const s of ['罚款12000元', '2025-03-05', '连交罚〔2025〕198号', '账号6222021234567890123', '编号12345678901234567890', '12345热线', '1381234123']) {
      expect(maskPersonal(s)).toBe(s);
    }
  });
});
