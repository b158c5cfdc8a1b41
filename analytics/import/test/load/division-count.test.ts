import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../headers/normalize-header.ts';
import { count } from '../../load/kinds/division.ts';

describe('division head counts', () => {
  it('reads 万 from the cell or from the header unit', () => {
    expect(count('460050')).toBe(460050);
    expect(count('1,003,844')).toBe(1003844);
    expect(count('80.5万')).toBe(805000);
    expect(count('80.5', '万人')).toBe(805000);
    expect(count('12.3', '万户')).toBe(123000);
    expect(count('120000', '户')).toBe(120000);
    expect(count('120000户')).toBe(120000);
    expect(count('约八十万')).toBe('bad');
    expect(count(null, '万人')).toBeNull();
  });
  it('splits 万户 / 万家 off a header like 万人', () => {
    expect(normalizeHeader('市场主体（万户）')).toMatchObject({ name: '市场主体', unit: '万户' });
    expect(normalizeHeader('经营主体数(万家)')).toMatchObject({ name: '经营主体数', unit: '万家' });
  });
});
