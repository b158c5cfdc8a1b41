/**
 * Date and datetime cells → `YYYY-MM-DD` (+ `HH:MM:SS`), in every form DOMAIN §1 lists: Excel dates
 * as the reader hands them over, Excel serial numbers, and the text forms Chinese systems export.
 * Dates are wall-clock dates (DESIGN §3 stores local time): nothing here depends on the process's
 * time zone except {@link localToday}.
 */
import {
  daysFromCivil, daysInMonth, excelSerialDay, formatDays, formatSeconds, formatYmd,
} from './civil.ts';
import { REASONS, reject, type Rejected } from './reasons.ts';
import { cleanCell, toHalfWidth } from './text.ts';

/** A parsed date; `time` is null when the cell carries no time of day. */
export interface DateValue {
  ok: true;
  date: string;
  time: string | null;
}

/** A blank cell; whether the column is required is the caller's rule. */
export interface BlankDate {
  ok: true;
  date: null;
  time: null;
}

/** Result of {@link parseDate}. */
export type DateResult = DateValue | BlankDate | Rejected;

/** Options for {@link parseDate}. */
export interface DateOptions {
  /** The workbook uses the 1904 date system (`<workbookPr date1904="1"/>`); serials start at 1904-01-01. */
  date1904?: boolean;
}

const BLANK: BlankDate = { ok: true, date: null, time: null };

/** `2024-03-05`, `2024/3/5`, `2024.03.05`, `2024年3月5日` (day optional, to say 日期不完整), then the rest. */
const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月\s*)?(?:[-/.]?\s*(\d{1,2})\s*[日号]?)?(.*)$/;
/** `3/5/2024`: month first, the only order a 4-digit-year-last date takes in exports seen here. */
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/;
/**
 * Time after the date: `14:30`, `14:30:00(.000)`, `T14:30:00`, `14时30分(00秒)`, `14点30`, `下午3时`,
 * `2:30 PM`, optionally with a zone suffix (`Z`, `+08:00`).
 */
const TIME = /^[T\s]*(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2})\s*[:时点]\s*(?:(\d{1,2})\s*(?:[:分]\s*(?:(\d{1,2})(?:\.\d+)?\s*秒?)?)?)?\s*(AM|PM|am|pm)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const DIGITS = /^\d+(?:\.\d+)?$/;
/** A weekday after the date (`2024年3月5日 星期二`, `2024-03-05（周二）`), as OA systems print it; ignored. */
const WEEKDAY = /^\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天][)）]?/;
const CHINA_OFFSET_MIN = 8 * 60;

/** Why y-m-d is no date (month 13, 31 April), or null when it is one. */
function ymdReason(y: number, m: number, d: number): Rejected | null {
  if (m < 1 || m > 12) return reject(REASONS.monthOutOfRange);
  if (d < 1 || d > daysInMonth(y, m)) return reject(REASONS.dayNotExist);
  return null;
}

function dateOrReason(y: number, m: number, d: number): string | Rejected {
  return ymdReason(y, m, d) ?? formatYmd(y, m, d);
}

function fromSerial(serial: number, date1904: boolean): DateResult {
  if (!Number.isFinite(serial) || serial < 0) return reject(REASONS.dateUnknown);
  let day = Math.floor(serial);
  let sec = Math.round((serial - day) * 86400);
  if (sec === 86400) { day += 1; sec = 0; }
  const z = excelSerialDay(day, date1904);
  if (z === null) return reject(day === 60 && !date1904 ? REASONS.dayNotExist : REASONS.dateUnknown);
  return { ok: true, date: formatDays(z), time: sec === 0 ? null : formatSeconds(sec) };
}

/** `20240305` / `202403051430` / `20240305143000` → parts, as numeric-cell or text exports write them. */
function fromCompact(s: string): DateResult {
  const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8);
  const date = dateOrReason(y, m, d);
  if (typeof date !== 'string') return date;
  if (s.length === 8) return { ok: true, date, time: null };
  return withTime(date, y, m, d, +s.slice(8, 10), +s.slice(10, 12), s.length === 14 ? +s.slice(12, 14) : 0, null);
}

function withTime(
  date: string, y: number, m: number, d: number, h: number, mi: number, sec: number, zone: string | null,
): DateResult {
  if (h > 23 || mi > 59 || sec > 59) return reject(REASONS.timeNotExist);
  if (zone === null) return { ok: true, date, time: formatSeconds(h * 3600 + mi * 60 + sec) };
  // An explicit zone (`2024-03-05T06:30:00Z`, a system export in UTC) is converted to China time, the
  // wall clock the rest of the workspace uses.
  const off = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  const t = daysFromCivil(y, m, d) * 86400 + h * 3600 + mi * 60 + sec + (CHINA_OFFSET_MIN - off) * 60;
  const z = Math.floor(t / 86400);
  return { ok: true, date: formatDays(z), time: formatSeconds(t - z * 86400) };
}

/** The decimal number written by `s[a, b)`, or -1 when a character there is not a digit. */
function digitsAt(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function fromText(s: string, date1904: boolean): DateResult {
  // Fast path: ISO `2024-03-05`, the most common text form.
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    // All eight digits: the text is already the canonical form, so it is returned as it is once the
    // month and day are checked (no slices, no new string; ~0.1 s per million rows).
    const y = digitsAt(s, 0, 4), m = digitsAt(s, 5, 7), d = digitsAt(s, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return ymdReason(y, m, d) ?? { ok: true, date: s, time: null };
    const yy = +s.slice(0, 4), mm = +s.slice(5, 7), dd = +s.slice(8, 10);
    if (yy === yy && mm === mm && dd === dd) {
      const date = dateOrReason(yy, mm, dd);
      return typeof date === 'string' ? { ok: true, date, time: null } : date;
    }
  }
  if (DIGITS.test(s)) {
    const n = +s;
    if (Number.isInteger(n) && (s.length === 8 || s.length === 12 || s.length === 14)) return fromCompact(s);
    // Excel serials written as text: 20000 (1954) to 99999 (2173) covers every plausible date and no
    // year, month count or amount a clerk might type into a date column.
    if (n >= 20000 && n < 100000) return fromSerial(n, date1904);
    return reject(REASONS.dateUnknown);
  }
  let y: number, m: number, dRaw: string | undefined, rest: string;
  const a = YMD.exec(s);
  if (a) {
    y = +a[1]; m = +a[2]; dRaw = a[3]; rest = a[4];
  } else {
    const b = MDY.exec(s);
    if (!b) return reject(REASONS.dateUnknown);
    y = +b[3]; m = +b[1]; dRaw = b[2]; rest = b[4];
  }
  if (dRaw === undefined) return rest.trim() === '' ? reject(REASONS.dateIncomplete) : reject(REASONS.dateUnknown);
  const d = +dRaw;
  const date = dateOrReason(y, m, d);
  if (typeof date !== 'string') return date;
  if (rest.length !== 0 && WEEKDAY.test(rest)) rest = rest.replace(WEEKDAY, '');
  if (rest.length === 0 || rest.trim() === '') return { ok: true, date, time: null };
  const t = TIME.exec(rest);
  if (!t) return reject(REASONS.dateUnknown);
  let h = +t[2];
  const half = t[1] ?? t[5]?.toUpperCase();
  if ((half === '下午' || half === '晚上' || half === 'PM') && h < 12) h += 12;
  else if ((half === 'AM' || half === '凌晨' || half === '上午') && h === 12) h = 0;
  return withTime(date, y, m, d, h, t[3] ? +t[3] : 0, t[4] ? +t[4] : 0, t[6] ?? null);
}

/**
 * Parses a date or datetime cell.
 *
 * - `Date` objects (Excel readers): their **UTC** components are taken as the wall-clock value shown
 *   in Excel — exceljs and our sheet reader build dates with `Date.UTC(...)` — rounded to the second
 *   (Excel stores times as fractions of a day, so 14:30 can arrive as 14:29:59.999). Midnight → time null.
 * - Numbers: an 8-digit `YYYYMMDD` value (a date typed into a number cell) when it is a valid date,
 *   otherwise an Excel serial (1900 system unless `date1904`; serial 60 is the phantom 1900-02-29 →
 *   `日期不存在`; the fraction is the time of day, none → time null).
 * - Text: `2024-03-05`, `2024/3/5`, `2024.03.05`, `2024年3月5日`, `2024年03月05日`, `3/5/2024`, `20240305`,
 *   serials written as text (20000 ≤ n < 100000), and any of these with a time: `2024-03-05 14:30:00`,
 *   `2024/3/5 14:30`, `2024-03-05T14:30:00`, `2024年3月5日 14时30分`, `下午3时`, `2:30 PM`. A zone suffix
 *   (`Z`, `+00:00`) is converted to China time (UTC+8). Full-width digits are accepted, and so is a
 *   weekday after the date (`2024年3月5日 星期二`, `2024-03-05（周二）14:30`), which is not checked.
 * - Rejected: month outside 1–12 → `月份超出范围`; a day the month lacks (`2月30日`) → `日期不存在`;
 *   hour > 23 or minute/second > 59 → `时间不存在`; year and month only → `日期不完整`; anything else →
 *   `无法识别的日期`. Two-digit years are rejected (`24/3/5` is ambiguous), and so are dates in Chinese
 *   numerals (`二〇二四年三月五日`), which belong in documents, not in table cells.
 */
export function parseDate(raw: unknown, options?: DateOptions): DateResult {
  const date1904 = options?.date1904 === true;
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 19000101 && raw <= 29991231) return fromCompact(String(raw));
    return fromSerial(raw, date1904);
  }
  if (raw instanceof Date) {
    const ms = raw.getTime();
    if (Number.isNaN(ms)) return reject(REASONS.dateUnknown);
    const t = Math.round(ms / 1000);
    const z = Math.floor(t / 86400);
    const sec = t - z * 86400;
    return { ok: true, date: formatDays(z), time: sec === 0 ? null : formatSeconds(sec) };
  }
  const s = cleanCell(raw);
  if (s === null) return BLANK;
  return fromText(toHalfWidth(s), date1904);
}

/** A parsed timestamp `YYYY-MM-DD HH:MM:SS`; a date without a time is taken at 00:00:00. */
export type TimestampResult = { ok: true; timestamp: string | null } | Rejected;

/** {@link parseDate} for TIMESTAMP columns (受理时间, 办结时间): the same forms, one string out. */
export function parseTimestamp(raw: unknown, options?: DateOptions): TimestampResult {
  // Fast path: `YYYY-MM-DD HH:MM:SS`, how hotline systems write every time (0.56 of 7.8 CPU-s of a
  // 300 k-ticket import went through the general parser). A valid one is already the canonical
  // form; anything else, valid or not, takes the general path below.
  if (typeof raw === 'string' && raw.length === 19 && isCanonicalTimestamp(raw)) return { ok: true, timestamp: raw };
  const r = parseDate(raw, options);
  if (!r.ok) return r;
  if (r.date === null) return { ok: true, timestamp: null };
  return { ok: true, timestamp: r.date + ' ' + (r.time ?? '00:00:00') };
}

/** True for a valid `YYYY-MM-DD HH:MM:SS` (all digits, a day the month has, a time of day). */
function isCanonicalTimestamp(s: string): boolean {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const y = digitsAt(s, 0, 4), m = digitsAt(s, 5, 7), d = digitsAt(s, 8, 10);
  const h = digitsAt(s, 11, 13), mi = digitsAt(s, 14, 16), sec = digitsAt(s, 17, 19);
  if (y < 0 || m < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || h > 23 || mi > 59 || sec > 59) return false;
  return ymdReason(y, m, d) === null;
}

/** Today's date on this machine's clock, `YYYY-MM-DD` (the analyst's local day). */
export function localToday(): string {
  const now = new Date();
  return formatYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Bounds for {@link checkDateRange}; both inclusive, `YYYY-MM-DD`. */
export interface DateRange {
  /** Default `2000-01-01` (DOMAIN/issue: dates before 2000 are typos in these exports). */
  min?: string;
  /** Default {@link localToday}: a decision dated in the future is a typo. */
  max?: string;
}

/**
 * Checks a parsed date against inclusive bounds. The reason names the bounds the way users read
 * them: with the defaults `日期超出范围（2000年至今）`; a year-start minimum prints as `2000年`, a
 * missing maximum as `今`, other bounds in full.
 */
export function checkDateRange(date: string, range?: DateRange): { ok: true } | Rejected {
  const min = range?.min ?? '2000-01-01';
  const max = range?.max ?? localToday();
  if (date >= min && date <= max) return { ok: true };
  const from = min.endsWith('-01-01') ? min.slice(0, 4) + '年' : min;
  const to = range?.max === undefined ? '今' : max;
  return reject(REASONS.dateOutOfRange(from, to));
}
