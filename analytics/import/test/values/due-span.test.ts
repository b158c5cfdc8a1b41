import { describe, expect, it } from 'vitest';
import { addDueSpan, parseDueSpan } from '../../values/due-span.ts';

describe('parseDueSpan: 办理时限 as a number of days', () => {
  it('reads the spans hotline exports write', () => {
    expect(parseDueSpan('5')).toEqual({ amount: 5, unit: 'day' });
    expect(parseDueSpan(7)).toEqual({ amount: 7, unit: 'day' });
    expect(parseDueSpan('3天')).toEqual({ amount: 3, unit: 'day' });
    expect(parseDueSpan('15日')).toEqual({ amount: 15, unit: 'day' });
    expect(parseDueSpan('5个工作日')).toEqual({ amount: 5, unit: 'workday' });
    expect(parseDueSpan('１０个工作日内')).toEqual({ amount: 10, unit: 'workday' });
    expect(parseDueSpan('24小时')).toEqual({ amount: 24, unit: 'hour' });
  });
  it('leaves dates, serials and other text to the date parser', () => {
    expect(parseDueSpan('2025-04-10')).toBeNull();
    expect(parseDueSpan(45757)).toBeNull(); // an Excel serial (2025-04-10)
    expect(parseDueSpan(2.5)).toBeNull();
    expect(parseDueSpan('0')).toBeNull();
    expect(parseDueSpan('')).toBeNull();
    expect(parseDueSpan('尽快')).toBeNull();
    expect(parseDueSpan(20250410)).toBeNull();
  });
});

describe('addDueSpan', () => {
  it('counts calendar days and hours from the receiving time', () => {
    expect(addDueSpan('2025-04-01 09:10:00', { amount: 5, unit: 'day' })).toBe('2025-04-06 09:10:00');
    expect(addDueSpan('2025-12-30 08:00:00', { amount: 3, unit: 'day' })).toBe('2026-01-02 08:00:00');
    expect(addDueSpan('2025-04-01 20:00:00', { amount: 24, unit: 'hour' })).toBe('2025-04-02 20:00:00');
    expect(addDueSpan('2025-04-01 20:00:00', { amount: 6, unit: 'hour' })).toBe('2025-04-02 02:00:00');
  });
  it('skips Saturdays and Sundays for working days', () => {
    // 2025-04-03 is a Thursday: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10.
    expect(addDueSpan('2025-04-03 10:00:00', { amount: 5, unit: 'workday' })).toBe('2025-04-10 10:00:00');
    // Received on a Saturday: Mon 7 is the first working day.
    expect(addDueSpan('2025-04-05 10:00:00', { amount: 1, unit: 'workday' })).toBe('2025-04-07 10:00:00');
  });
});
