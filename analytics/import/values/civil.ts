/**
 * Calendar arithmetic on plain integers (days since 1970-01-01 in the proleptic Gregorian calendar),
 * so date parsing needs no `Date` objects and no time zone: a date in a table is a wall-clock date.
 * Algorithms from Howard Hinnant, "chrono-compatible low-level date algorithms".
 */

/** `00`–`99`, precomputed: formatting runs once per cell. */
const PAD2: string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function formatDays(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatYmd(y, m, d);
}

/** `YYYY-MM-DD` from components (years 0–9999). */
export function formatYmd(y: number, m: number, d: number): string {
  const ys = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return ys + '-' + PAD2[m] + '-' + PAD2[d];
}

/** `HH:MM:SS` of a second of the day (0–86399). */
export function formatSeconds(sec: number): string {
  const h = Math.floor(sec / 3600);
  const mi = Math.floor((sec - h * 3600) / 60);
  return PAD2[h] + ':' + PAD2[mi] + ':' + PAD2[sec - h * 3600 - mi * 60];
}

/** Day number of Excel's serial 0 in the 1900 system is 1899-12-30 for serials after the phantom 29 Feb. */
const EXCEL_1900_EPOCH = -25569; // daysFromCivil(1899, 12, 30)
/** Serial 0 of the 1904 system (Mac Excel, "1904 date system" workbooks) is 1904-01-01. */
const EXCEL_1904_EPOCH = -24107; // daysFromCivil(1904, 1, 1)
/** Last serial Excel accepts: 9999-12-31. */
export const EXCEL_MAX_SERIAL = 2958465;

/**
 * Day number (days since 1970-01-01) of an Excel whole-day serial, or null when there is no such day.
 *
 * 1900 system (the default): serial 1 is 1900-01-01. Excel (copying Lotus 1-2-3) treats 1900 as a leap
 * year, so serial 60 is the phantom 1900-02-29 → null, serial 61 is 1900-03-01, and serials 1–59 are
 * one day later than a plain count from 1899-12-30 would give. Serial 0 (Excel's "1900-01-00") → null.
 * 1904 system: serial 0 is 1904-01-01, no quirk.
 */
export function excelSerialDay(serial: number, date1904 = false): number | null {
  if (!Number.isInteger(serial) || serial > EXCEL_MAX_SERIAL) return null;
  if (date1904) return serial >= 0 ? EXCEL_1904_EPOCH + serial : null;
  if (serial < 1 || serial === 60) return null;
  return serial < 60 ? EXCEL_1900_EPOCH + serial + 1 : EXCEL_1900_EPOCH + serial;
}
