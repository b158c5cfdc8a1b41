import { describe, expect, it } from 'vitest';
import { checkDateRange, localToday, parseDate, parseTimestamp } from '../../values/date.ts';
import { daysFromCivil, excelSerialDay, formatDays } from '../../values/civil.ts';

const ok = (date: string, time: string | null = null) => ({ ok: true, date, time });
const no = (reason: string) => ({ ok: false, reason });

describe('parseDate: Excel serial numbers', () => {
  it('reads serials with the 1900 leap-year quirk', () => {
    expect(parseDate(1)).toEqual(ok('1900-01-01'));
    expect(parseDate(59)).toEqual(ok('1900-02-28'));
    expect(parseDate(60)).toEqual(no('日期不存在')); // the phantom 1900-02-29
    expect(parseDate(61)).toEqual(ok('1900-03-01'));
    expect(parseDate(25569)).toEqual(ok('1970-01-01'));
    expect(parseDate(36526)).toEqual(ok('2000-01-01'));
    expect(parseDate(45356)).toEqual(ok('2024-03-05'));
    expect(parseDate(45351)).toEqual(ok('2024-02-29'));
  });
  it('reads the fraction as the time of day, rounded to the second', () => {
    expect(parseDate(45356.5)).toEqual(ok('2024-03-05', '12:00:00'));
    expect(parseDate(45356 + (14 * 60 + 30) / 1440)).toEqual(ok('2024-03-05', '14:30:00'));
    expect(parseDate(45356.999999999)).toEqual(ok('2024-03-06'));
  });
  it('reads serials written as text between 20000 and 100000', () => {
    expect(parseDate('45356')).toEqual(ok('2024-03-05'));
    expect(parseDate('45356.25')).toEqual(ok('2024-03-05', '06:00:00'));
    expect(parseDate('１９９９９')).toEqual(no('无法识别的日期'));
    expect(parseDate('100000')).toEqual(no('无法识别的日期'));
  });
  it('supports the 1904 date system', () => {
    expect(parseDate(0, { date1904: true })).toEqual(ok('1904-01-01'));
    expect(parseDate(43894, { date1904: true })).toEqual(ok('2024-03-05'));
  });
  it('rejects serials with no day', () => {
    expect(parseDate(0)).toEqual(no('无法识别的日期'));
    expect(parseDate(-1)).toEqual(no('无法识别的日期'));
    expect(parseDate(3e6)).toEqual(no('无法识别的日期'));
  });
  it('reads an 8-digit number cell as YYYYMMDD', () => {
    expect(parseDate(20240305)).toEqual(ok('2024-03-05'));
    expect(parseDate(20241305)).toEqual(no('月份超出范围'));
  });
});

describe('parseDate: Date objects', () => {
  it('takes UTC components as the wall clock', () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 5)))).toEqual(ok('2024-03-05'));
    expect(parseDate(new Date(Date.UTC(2024, 2, 5, 14, 30)))).toEqual(ok('2024-03-05', '14:30:00'));
    expect(parseDate(new Date(Date.UTC(2024, 2, 5, 14, 29, 59, 999)))).toEqual(ok('2024-03-05', '14:30:00'));
    expect(parseDate(new Date(Number.NaN))).toEqual(no('无法识别的日期'));
  });
});

describe('parseDate: text', () => {
  it.each([
    ['2024-03-05', ok('2024-03-05')],
    ['2024-3-5', ok('2024-03-05')],
    ['2024/3/5', ok('2024-03-05')],
    ['2024/03/05', ok('2024-03-05')],
    ['2024.03.05', ok('2024-03-05')],
    ['2024年3月5日', ok('2024-03-05')],
    ['2024年03月05日', ok('2024-03-05')],
    ['2024年3月5号', ok('2024-03-05')],
    ['20240305', ok('2024-03-05')],
    ['3/5/2024', ok('2024-03-05')],
    ['２０２４－０３－０５', ok('2024-03-05')],
    ['２０２４年３月５日', ok('2024-03-05')],
    [' 2024-03-05 ', ok('2024-03-05')],
    ['2024-03-05 14:30:00', ok('2024-03-05', '14:30:00')],
    ['2024/3/5 14:30', ok('2024-03-05', '14:30:00')],
    ['2024-03-05T14:30:00', ok('2024-03-05', '14:30:00')],
    ['2024-03-05T14:30:00.000', ok('2024-03-05', '14:30:00')],
    ['2024年3月5日 14时30分', ok('2024-03-05', '14:30:00')],
    ['2024年3月5日14时30分20秒', ok('2024-03-05', '14:30:20')],
    ['2024年3月5日 下午3时', ok('2024-03-05', '15:00:00')],
    ['2024年3月5日 星期二', ok('2024-03-05')],
    ['2024年3月5日星期二', ok('2024-03-05')],
    ['2024-03-05（周二）', ok('2024-03-05')],
    ['2024-03-05(周二) 14:30', ok('2024-03-05', '14:30:00')],
    ['2024/3/10 星期日 下午3时', ok('2024-03-10', '15:00:00')],
    ['2024/3/5 2:30 PM', ok('2024-03-05', '14:30:00')],
    ['2024-03-05 00:00:00', ok('2024-03-05', '00:00:00')],
    ['202403051430', ok('2024-03-05', '14:30:00')],
    ['20240305143015', ok('2024-03-05', '14:30:15')],
    ['2024-03-05T06:30:00Z', ok('2024-03-05', '14:30:00')],
    ['2024-03-04T20:00:00+00:00', ok('2024-03-05', '04:00:00')],
    ['2024-03-05T14:30:00+08:00', ok('2024-03-05', '14:30:00')],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it('checks the calendar', () => {
    expect(parseDate('2024-13-01')).toEqual(no('月份超出范围'));
    expect(parseDate('2024年13月1日')).toEqual(no('月份超出范围'));
    expect(parseDate('2024-00-10')).toEqual(no('月份超出范围'));
    expect(parseDate('2024年2月30日')).toEqual(no('日期不存在'));
    expect(parseDate('2023-02-29')).toEqual(no('日期不存在'));
    expect(parseDate('2024-02-29')).toEqual(ok('2024-02-29'));
    expect(parseDate('1900-02-29')).toEqual(no('日期不存在'));
    expect(parseDate('2000-02-29')).toEqual(ok('2000-02-29'));
    expect(parseDate('2024-04-31')).toEqual(no('日期不存在'));
    expect(parseDate('2024-03-00')).toEqual(no('日期不存在'));
    expect(parseDate('2024-03-05 25:00')).toEqual(no('时间不存在'));
    expect(parseDate('2024-03-05 14:60')).toEqual(no('时间不存在'));
  });
  it('names incomplete and unknown dates', () => {
    expect(parseDate('2024年3月')).toEqual(no('日期不完整'));
    expect(parseDate('2024-03')).toEqual(no('日期不完整'));
    for (const t of ['明天', '24/3/5', '2024', '3月5日', '2024-03-05 下班后', 'abc']) {
      expect(parseDate(t)).toEqual(no('无法识别的日期'));
    }
  });
  it('returns a blank for blank cells', () => {
    for (const b of ['', ' ', '-', '/', null, undefined]) expect(parseDate(b)).toEqual({ ok: true, date: null, time: null });
  });
});

describe('parseTimestamp', () => {
  it('joins date and time, midnight when there is no time', () => {
    expect(parseTimestamp('2024/3/5 14:30')).toEqual({ ok: true, timestamp: '2024-03-05 14:30:00' });
    expect(parseTimestamp(45356)).toEqual({ ok: true, timestamp: '2024-03-05 00:00:00' });
    expect(parseTimestamp('')).toEqual({ ok: true, timestamp: null });
    expect(parseTimestamp('2024-13-01')).toEqual(no('月份超出范围'));
  });

  it('reads `YYYY-MM-DD HH:MM:SS` exactly as the general parser does (its fast path)', () => {
    // The same text with spaces around it is 21 characters long, so it takes the general path.
    let seed = 20261129;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const two = (n: number) => String(n).padStart(2, '0');
    const cases = ['2024-02-29 23:59:59', '2023-02-29 10:00:00', '2024-04-31 08:00:00', '2024-03-05 24:00:00', '2024-03-05 12:60:00',
      '2024-03-05 12:00:60', '2024-00-10 12:00:00', '0000-01-01 00:00:00', '2024-03-05 00:00:00', '2024-03-05T14:30:00', '2024-3-05 14:30:00x'];
    for (let i = 0; i < 3000; i++) {
      cases.push(`${1990 + rnd(45)}-${two(rnd(14))}-${two(rnd(33))} ${two(rnd(26))}:${two(rnd(62))}:${two(rnd(62))}`);
    }
    for (const c of cases) expect(parseTimestamp(c), c).toEqual(parseTimestamp(` ${c} `));
    expect(parseTimestamp('2024-02-29 23:59:59')).toEqual({ ok: true, timestamp: '2024-02-29 23:59:59' });
    expect(parseTimestamp('2023-02-29 10:00:00')).toEqual(no('日期不存在'));
  });
});

describe('checkDateRange', () => {
  it('accepts the closed range 2000-01-01 … today', () => {
    expect(checkDateRange('2000-01-01')).toEqual({ ok: true });
    expect(checkDateRange(localToday())).toEqual({ ok: true });
    expect(checkDateRange('1999-12-31')).toEqual(no('日期超出范围（2000年至今）'));
    expect(checkDateRange('9999-01-01')).toEqual(no('日期超出范围（2000年至今）'));
  });
  it('names custom bounds', () => {
    expect(checkDateRange('2024-06-01', { min: '2024-01-01', max: '2024-12-31' })).toEqual({ ok: true });
    expect(checkDateRange('2025-01-01', { min: '2024-01-01', max: '2024-12-31' }))
      .toEqual(no('日期超出范围（2024年至2024-12-31）'));
  });
});

describe('civil day arithmetic', () => {
  it('round-trips every day from 1899 to 2101', () => {
    const start = daysFromCivil(1899, 12, 30);
    const end = daysFromCivil(2101, 1, 1);
    const d = new Date(0);
    const wrong: number[] = [];
    for (let z = start; z < end; z++) {
      d.setTime(z * 86400000);
      const iso = d.toISOString().slice(0, 10);
      if (formatDays(z) !== iso || daysFromCivil(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8)) !== z) wrong.push(z);
    }
    expect(wrong).toEqual([]);
  });
  it('maps serials like Excel', () => {
    expect(excelSerialDay(1)).toBe(daysFromCivil(1900, 1, 1));
    expect(excelSerialDay(60)).toBeNull();
    expect(excelSerialDay(61)).toBe(daysFromCivil(1900, 3, 1));
    expect(excelSerialDay(2958465)).toBe(daysFromCivil(9999, 12, 31));
  });
});
