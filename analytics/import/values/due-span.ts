/**
 * 办理时限 written as a span instead of a deadline. Hotline exports give the time limit either as a
 * date (`2025-04-10 17:00`) or as the number of days the handling unit has (`5`, `5个工作日`, `3天`,
 * `15日`, `24小时`); the second form is the deadline counted from the ticket's 受理时间.
 */
import { cleanCell, toHalfWidth } from './text.ts';
import { daysFromCivil, formatDays, formatSeconds } from './civil.ts';

/** A time limit counted from the receiving time. */
export interface DueSpan {
  amount: number;
  /** `day` = calendar days (天, 日, 自然日, or a bare number), `workday` = 工作日, `hour` = 小时. */
  unit: 'day' | 'workday' | 'hour';
}

// Work-order time limits are short: more than a year is not a time limit but a typo or a date.
const MAX_DAYS = 366;
const SPAN_TEXT = /^(\d{1,4})(?:个)?(工作日|自然日|天|日|小时|h)?(?:内|以内)?$/i;

/**
 * Reads a 办理时限 cell as a span, or returns null when it is not one (a date, a blank, other text).
 * A number cell is a span only when it is a whole number from 1 to 366 — an Excel date serial of
 * the years this importer accepts is above 36 000, so the two cannot be confused.
 */
export function parseDueSpan(raw: unknown): DueSpan | null {
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 1 && raw <= MAX_DAYS ? { amount: raw, unit: 'day' } : null;
  }
  const s = cleanCell(raw);
  if (s === null) return null;
  const m = SPAN_TEXT.exec(toHalfWidth(s).replace(/\s+/g, ''));
  if (!m) return null;
  const amount = Number(m[1]);
  const unit = m[2] === '工作日' ? 'workday' : m[2] === '小时' || m[2]?.toLowerCase() === 'h' ? 'hour' : 'day';
  const limit = unit === 'hour' ? MAX_DAYS * 24 : MAX_DAYS;
  return amount >= 1 && amount <= limit ? { amount, unit } : null;
}

/** 1970-01-01 was a Thursday: day number z is a Saturday when (z + 4) mod 7 is 6, a Sunday when 0. */
function isWeekend(z: number): boolean {
  const wd = (((z + 4) % 7) + 7) % 7;
  return wd === 0 || wd === 6;
}

/**
 * The deadline `span` after `received` (`YYYY-MM-DD HH:MM:SS`), same format. Working days skip
 * Saturdays and Sundays only: the statutory holiday calendar changes every year and is not in the
 * workspace, so a deadline across 国庆 or 春节 comes out a few days early.
 */
export function addDueSpan(received: string, span: DueSpan): string {
  const [y, m, d] = received.slice(0, 10).split('-').map(Number);
  const time = received.slice(11) || '00:00:00';
  let z = daysFromCivil(y, m, d);
  if (span.unit === 'hour') {
    const [hh, mi, ss] = time.split(':').map(Number);
    const total = hh * 3600 + mi * 60 + ss + span.amount * 3600;
    return `${formatDays(z + Math.floor(total / 86400))} ${formatSeconds(total % 86400)}`;
  }
  if (span.unit === 'day') return `${formatDays(z + span.amount)} ${time}`;
  for (let left = span.amount; left > 0;) {
    z++;
    if (!isWeekend(z)) left--;
  }
  return `${formatDays(z)} ${time}`;
}
