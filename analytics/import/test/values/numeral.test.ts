import { describe, expect, it } from 'vitest';
import { decAdd, decFromDigits, decToHundredths, decToNumber } from '../../values/decimal.ts';
import { isNumeralStart, readNumeral } from '../../values/numeral.ts';
import { parseRange } from '../../values/range.ts';

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

describe('isNumeralStart', () => {
  // Checked by character code (range and money scanners call it on every character of a text).
  it('accepts every character a number can start with, at any position of the text', () => {
    for (const ch of '0123456789零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾') {
      expect(isNumeralStart(`处以${ch}`, 2), ch).toBe(true);
      expect(readNumeral(`${ch}`, 0), ch).not.toBeNull();
    }
  });
  it('refuses units that cannot open a number and other characters', () => {
    for (const ch of '万萬千仟百佰亿億元倍%处罚款 a.,') expect(isNumeralStart(`一${ch}`, 1), ch).toBe(false);
    expect(isNumeralStart('五', 1)).toBe(false); // past the end
  });
  it('finds the numbers of a long range text behind many other characters', () => {
    const clause = '当事人能够主动消除或者减轻违法行为危害后果，积极配合调查，如实陈述违法事实'.repeat(20);
    expect(parseRange(`${clause}，处壹万元以上贰万伍仟元以下罚款`)).toEqual({ ok: true, value: { kind: 'fixed', minYuan: 10000, maxYuan: 25000 } });
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
