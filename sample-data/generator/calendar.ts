/**
 * Calendar helpers. Dates travel as `YYYY-MM-DD` strings and wall-clock times as UTC `Date`s that
 * carry the local time (exceljs turns a Date into an Excel serial from its UTC fields, which is what
 * a Chinese office export holds: local time with no zone).
 */

import type { Rng } from './rng.ts';

/** How a date cell is written in an export. */
export type DateStyle = 'excel' | 'serial' | 'iso' | 'slash' | 'dot' | 'cn' | 'datetime';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` from parts. */
export function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** [year, month, day] of a `YYYY-MM-DD` string. */
export function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Days in a month (1-based month). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The UTC Date carrying this wall-clock time. */
export function wallClock(date: string, h = 0, mi = 0, s = 0): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d, h, mi, s));
}

/** Date shifted by whole days. */
export function addDays(date: string, days: number): string {
  const t = wallClock(date);
  t.setUTCDate(t.getUTCDate() + days);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** b − a in days. */
export function dayDiff(a: string, b: string): number {
  return Math.round((wallClock(b).getTime() - wallClock(a).getTime()) / 86_400_000);
}

/** Day of year, 1-based. */
export function dayOfYear(date: string): number {
  return dayDiff(`${date.slice(0, 4)}-01-01`, date) + 1;
}

/** Excel serial number (1900 system) of a wall-clock Date, fractional days included. */
export function excelSerial(t: Date): number {
  return t.getTime() / 86_400_000 + 25569;
}

/** A day in the month, mostly a working day (decisions and inspections happen on weekdays). */
export function pickDay(rng: Rng, y: number, m: number, weekendShare = 0.04): string {
  const n = daysInMonth(y, m);
  const wantWeekend = rng.chance(weekendShare);
  for (let tries = 0; tries < 40; tries++) {
    const d = rng.int(1, n);
    const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if ((dow === 0 || dow === 6) === wantWeekend) return ymd(y, m, d);
  }
  return ymd(y, m, rng.int(1, n));
}

/** A date rendered in one of the styles real exports use. */
export function renderDate(date: string, style: DateStyle): string | number | Date {
  const [y, m, d] = parts(date);
  switch (style) {
    case 'excel': return wallClock(date);
    case 'serial': return excelSerial(wallClock(date));
    case 'iso': return date;
    case 'slash': return `${y}/${m}/${d}`;
    case 'dot': return `${y}.${pad(m)}.${pad(d)}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'datetime': return `${date} 00:00:00`;
  }
}

/** `YYYY-MM-DD HH:MM:SS` of a wall-clock Date. */
export function formatDateTime(t: Date): string {
  return `${ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

/** Seasonal weights of penalty decisions by month: a Spring-Festival dip, a year-end rise. */
export const PENALTY_MONTH_WEIGHTS = [0.85, 0.6, 0.95, 1.0, 1.0, 1.02, 0.98, 1.0, 1.05, 1.08, 1.15, 1.25];
