import { describe, expect, it } from 'vitest';
import { decAdd, decFromDigits, decToHundredths, decToNumber } from '../../values/decimal.ts';
import { readNumeral } from '../../values/numeral.ts';

function read(s: string): number | null {
  const t = readNumeral(s, 0);
  return t ? decToNumber(t.value) : null;
}

describe('readNumeral', () => {
  it('reads Arabic numbers with thousands separators and fractions', () => {
    expect(read('1,200.50元')).toBe(1200.5);
    expect(read('10,000,000')).toBe(10000000);
    expect(read('1,2')).toBe(1); // not a thousands group: stops before the comma
  });
  it('reads Chinese and financial numerals, including 两 and 零', () => {
    expect(read('五千元')).toBe(5000);
    expect(read('二十五万')).toBe(250000);
    expect(read('两万')).toBe(20000);
    expect(read('十万')).toBe(100000);
    expect(read('一百零五')).toBe(105);
    expect(read('壹万贰仟元整')).toBe(12000);
    expect(read('三亿五千万')).toBe(350000000);
  });
  it('reads mixtures of digits and units', () => {
    expect(read('1.2万')).toBe(12000);
    expect(read('1万2千')).toBe(12000);
    expect(read('1百万')).toBe(1000000);
    expect(read('5千万')).toBe(50000000);
  });
  it('reports the multiplier written after the digits', () => {
    expect(readNumeral('1.2万元', 0)?.arabicUnit).toBe('万');
    expect(readNumeral('3百万元', 0)?.arabicUnit).toBe('百万');
    expect(readNumeral('2000元', 0)?.arabicUnit).toBe('');
    expect(readNumeral('五千元', 0)?.arabic).toBe(false);
  });
  it('does not start a number at 万 or 千', () => {
    expect(readNumeral('万元', 0)).toBeNull();
  });
  it('keeps 0.29 万 exact', () => {
    const t = readNumeral('0.29万', 0);
    expect(t && decToHundredths(t.value)).toBe(2900);
  });
});

describe('decimal', () => {
  it('rounds half up on the written digits', () => {
    expect(decToHundredths({ m: 1005, e: -3 })).toBe(1.01);
    expect(decToHundredths({ m: 1004, e: -3 })).toBe(1);
    expect(decToHundredths({ m: 29, e: 2 })).toBe(2900);
  });
  it('rounds over-long fractions instead of failing', () => {
    const d = decFromDigits('1234', '5600000000000001');
    expect(d && decToHundredths(d)).toBe(1234.56);
    expect(decFromDigits('1234567890123456', '')).toBeNull();
  });
  it('adds with alignment', () => {
    expect(decAdd({ m: 1, e: 4 }, { m: 25, e: -1 })).toEqual({ m: 100025, e: -1 });
  });
});
