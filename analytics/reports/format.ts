/**
 * How the documents write numbers: thousands separators, money in 万元 with two decimals (the unit
 * of annual statistics and of most supervision reports), percentages with one decimal, changes as
 * 上升 / 下降, dates as `2026年1月15日` (GB/T 9704 writes dates in Arabic numerals).
 */
import { maskPersonal } from '../analyses/survey/comments/mask.ts';

/** Integer with thousands separators: 20,000. */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Fixed decimals with thousands separators: 1,234.50. */
export function fixed(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 元 → 万元 text with two decimals (72,815.07). */
export function wan(yuan: number): string {
  return fixed(yuan / 10_000, 2);
}

/** A share in 0–1 as a percentage (4.6%); `—` when unknown. */
export function pct(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined || !Number.isFinite(share) ? '—' : `${fixed(100 * share, digits)}%`;
}

/** A score (72.6); `—` when unknown. */
export function score(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : fixed(x, digits);
}

/** A relative change as prose: 上升66.7% / 下降3.2% / 基本持平. */
export function change(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '';
  if (Math.abs(ratio) < 0.0005) return '基本持平';
  return `${ratio > 0 ? '上升' : '下降'}${fixed(Math.abs(100 * ratio), 1)}%`;
}

/** A relative change for a table cell: +66.7% / −3.2% / —. */
export function changeCell(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${ratio >= 0 ? '+' : '−'}${fixed(Math.abs(100 * ratio), 1)}%`;
}

/** A difference of two scores or rates in points: 上升1.2个百分点 / 下降0.4分. */
export function pointChange(delta: number | null, unit: '个百分点' | '分'): string {
  if (delta === null || !Number.isFinite(delta)) return '';
  if (Math.abs(delta) < 0.05) return '基本持平';
  return `${delta > 0 ? '上升' : '下降'}${fixed(Math.abs(delta), 1)}${unit}`;
}

/** (current − prior) / prior, or null without a base. */
export function ratio(current: number, prior: number | null | undefined): number | null {
  return prior ? (current - prior) / prior : null;
}

/** 2026年1月15日 (local date). */
export function dateZh(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** `2025-03-01 10:00:00` (local time) for the sources sheet. */
export function timestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二 (heading numbers up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[n % 10]}`;
}

/** One sentence: trimmed, ending with a full stop. */
export function sentence(text: string): string {
  const t = text.trim().replace(/[；;，,]$/, '');
  return /[。！？]$/.test(t) ? t : `${t}。`;
}

/** Sentences joined into one paragraph. */
export function paragraph(...texts: (string | null | undefined | false)[]): string {
  return texts.filter((t): t is string => Boolean(t && t.trim())).map(sentence).join('');
}

/** Text as it may appear in a document: phone and ID numbers masked unless the workspace says not to. */
export function safeText(text: string, mask: boolean): string {
  return mask ? maskPersonal(text) : text;
}
