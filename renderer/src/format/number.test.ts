import { describe, expect, it } from 'vitest';
import { formatBytes, formatCell, formatChange, formatChineseNumber, formatDateTime, formatDecimal, formatInt, formatPercent, formatWanFigure, formatYuan, toWanYuan } from './number.ts';

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
  it('formats KPI figures, decimals, sizes, times and grid cells', () => {
    expect(formatInt(20000)).toBe('20,000');
    expect(formatInt(null)).toBe('—');
    expect(formatWanFigure(772765400)).toBe('77,276.54');
    expect(formatDecimal(72.6368)).toBe('72.6');
    expect(formatDecimal(-0.04)).toBe('0.0');
    expect(formatDecimal(-0.06)).toBe('-0.1');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatDateTime('2025-11-28T19:26:03')).toBe('2025-11-28 19:26');
    expect(formatCell(true)).toBe('是');
    expect(formatCell(['罚款', '警告'])).toBe('罚款、警告');
    expect(formatCell(2025)).toBe('2025');
    expect(formatCell(12000)).toBe('12,000');
    expect(formatCell(null)).toBe('');
  });
});
