/**
 * Which number formats are dates, and serial → Date in both date systems (with the 1900 leap-year
 * quirk), plus the byte-level number parser's agreement with parseFloat.
 */
import { describe, expect, it } from 'vitest';
import { excelSerialToDate, isBuiltinDateFormat, isDateFormatCode } from '../../read/excel-dates.ts';
import { parseColumnBytes, parseIsoDate, parseNumberBytes } from '../../read/xlsx-cell-values.ts';
import { columnName } from '../../read/xlsx-sheet-scanner.ts';

describe('date formats', () => {
  it('recognises date and time format codes', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"d"日";@', 'm/d/yy h:mm', 'hh:mm:ss', '[h]:mm:ss',
      '[DBNum1][$-804]yyyy"年"m"月"', 'YYYY/MM/DD', 'mmm-yy', 'dddd, mmmm dd, yyyy', 'h:mm AM/PM']) {
      expect(isDateFormatCode(code), code).toBe(true);
    }
  });

  it('does not mistake numbers, text and quoted letters for dates', () => {
    for (const code of ['General', '0.00', '#,##0.00 "元"', '0.00"天"', '[Red]#,##0;[Blue]-#,##0', '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)',
      '@', '0.00E+00', '0%', '\\d0', '#,##0;"day"']) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });

  it('knows the built-in date ids including the Chinese locale ones', () => {
    expect([14, 22, 31, 57, 45].every(isBuiltinDateFormat)).toBe(true);
    expect([0, 1, 4, 10, 49, 164].some(isBuiltinDateFormat)).toBe(false);
  });
});

describe('serials', () => {
  it('converts the 1900 system with the phantom 29 February', () => {
    expect(excelSerialToDate(45356)).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(excelSerialToDate(45356.604166666664)).toEqual(new Date('2024-03-05T14:30:00Z'));
    expect(excelSerialToDate(61)).toEqual(new Date('1900-03-01T00:00:00Z'));
    expect(excelSerialToDate(60)).toEqual(new Date('1900-02-28T00:00:00Z'));
    expect(excelSerialToDate(59)).toEqual(new Date('1900-02-28T00:00:00Z'));
    expect(excelSerialToDate(1)).toEqual(new Date('1900-01-01T00:00:00Z'));
  });

  it('converts the 1904 system', () => {
    expect(excelSerialToDate(0, true)).toEqual(new Date('1904-01-01T00:00:00Z'));
    expect(excelSerialToDate(43894, true)).toEqual(new Date('2024-03-05T00:00:00Z'));
  });

  it('refuses serials Excel cannot show', () => {
    expect(excelSerialToDate(-1)).toBeNull();
    expect(excelSerialToDate(3e6)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
  });

  it('parses ISO dates of t="d" cells as wall clock', () => {
    expect(parseIsoDate('2024-03-05')).toEqual(new Date('2024-03-05T00:00:00Z'));
    expect(parseIsoDate('2024-03-05T08:15:30.5+08:00')).toEqual(new Date('2024-03-05T08:15:30.500Z'));
    expect(parseIsoDate('昨天')).toBeNull();
  });
});

describe('byte parsers', () => {
  it('parses numbers exactly like parseFloat', () => {
    for (const s of ['0', '-0.5', '0.1', '123456789012345', '1234567890123456789', '0.30000000000000004', '1.5E-3', '-7', '45356.604166666664', '3.14159', '1e308']) {
      expect(parseNumberBytes(Buffer.from(s), 0, s.length), s).toBe(parseFloat(s));
    }
    expect(parseNumberBytes(Buffer.from('abc'), 0, 3)).toBeNaN();
  });

  it('converts column letters both ways', () => {
    for (const [name, idx] of [['A', 0], ['Z', 25], ['AA', 26], ['AZ', 51], ['XFD', 16383]] as const) {
      expect(parseColumnBytes(Buffer.from(`${name}12`), 0, name.length + 2)).toBe(idx);
      expect(columnName(idx)).toBe(name);
    }
    expect(parseColumnBytes(Buffer.from('12'), 0, 2)).toBe(-1);
  });
});
