import { describe, expect, it } from 'vitest';
import { formatChange, formatChineseNumber, formatPercent, formatYuan, toWanYuan } from './number.ts';

describe('Chinese number formatting', () => {
  it('uses 万 and 亿 above ten thousand', () => {
    expect(formatChineseNumber(9999)).toBe('9,999');
    expect(formatChineseNumber(12345)).toBe('1.23万');
    expect(formatChineseNumber(20000)).toBe('2万');
    expect(formatChineseNumber(320000000)).toBe('3.2亿');
    expect(formatChineseNumber(-15000)).toBe('-1.5万');
    expect(formatChineseNumber(null)).toBe('—');
  });
  it('formats money, 万元 columns, shares and changes', () => {
    expect(formatYuan(2000)).toBe('2,000元');
    expect(formatYuan(35000)).toBe('3.5万元');
    expect(toWanYuan(123456)).toBe('12.35');
    expect(formatPercent(0.2134)).toBe('21.3%');
    expect(formatChange(0.234)).toBe('上升23.4%');
    expect(formatChange(-0.05)).toBe('下降5.0%');
    expect(formatChange(0)).toBe('持平');
  });
});
