/**
 * Excel stores dates as serial day numbers and marks them only through the cell's number format.
 * These helpers decide which formats are dates and turn serials into `Date`s (UTC wall clock: the
 * Date's UTC fields are the clock time the analyst sees in Excel, whatever the machine's time zone).
 */

/**
 * Built-in number format ids that display dates or times. 14–22 and 45–47 are universal; 27–36 and
 * 50–58 are the locale-dependent ids that mean date formats in Chinese Excel/WPS (e.g. 31 =
 * `yyyy"年"m"月"d"日"`) and are used without being defined in styles.xml.
 */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True when a built-in (undefined in styles.xml) number format id shows a date or time. */
export function isBuiltinDateFormat(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

/**
 * True when a format code shows a date or time: it has y/m/d/h/s (any case) outside quoted literals,
 * `[...]` sections (colours, conditions, locales — but `[h]`/`[mm]`/`[ss]` elapsed times count) and the
 * characters escaped by `\`, `_` or `*`. Only the first section is looked at (the positive numbers).
 */
export function isDateFormatCode(code: string): boolean {
  if (/^general$/i.test(code.trim())) return false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (end < 0) return false;
      if (/^\[(h+|m+|s+)\]$/i.test(code.slice(i, end + 1))) return true;
      i = end;
    } else if (ch === ';') {
      return false;
    } else if ('yYmMdDhHsS'.includes(ch)) {
      return true;
    }
  }
  return false;
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system (counting Excel's phantom 1900-02-29). */
const EPOCH_1900 = 25_569;
/** The 1904 system counts from 1904-01-01 = serial 0, which is 1462 days after the 1900 epoch. */
const OFFSET_1904 = 1_462;
/** 9999-12-31, the last date Excel can show. */
const MAX_SERIAL = 2_958_465;

/**
 * Converts an Excel serial to a Date, or null when the number cannot be a date Excel would show
 * (negative, past year 9999, not finite). In the 1900 system serials below 60 are shifted by one day
 * to undo Lotus 1-2-3's phantom 29 February 1900; serial 60 (that phantom day) becomes 1900-02-28.
 */
export function excelSerialToDate(serial: number, date1904 = false): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  let days = serial + (date1904 ? OFFSET_1904 : 0) - EPOCH_1900;
  if (!date1904 && serial < 60) days += 1;
  // Round to the millisecond: serials carry float noise (0.6041666… for 14:30).
  return new Date(Math.round(days * MS_PER_DAY));
}
