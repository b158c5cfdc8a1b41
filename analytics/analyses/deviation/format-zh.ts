/**
 * Number formatting for findings sentences (plain Chinese, as a report would print them). Shared by
 * the deviation, quality and reconcile findings.
 */
import type { FilterSpec } from '../filter.ts';

/** A share 0–1 as a percentage with one decimal: 0.2134 → "21.3%". */
export function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A ratio with one decimal: 6.04 → "6.0". */
export function times(x: number): string {
  return x.toFixed(1);
}

/** An integer with thousands separators: 12345 → "12,345". */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Money in 元 as 万元 with two decimals and separators: 12345600 → "1,234.56万元". */
export function wan(yuan: number): string {
  return `${(yuan / 10000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}万元`;
}

/** Money in 元 with two decimals: 1234.5 → "1,234.50元". */
export function yuan(v: number): string {
  return `${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;
}

/**
 * What a sentence calls the filtered scope: 全市 without a place filter, else the division or the
 * agency (an agency filter is the narrower one), e.g. "海州区" / "连云港市城市管理局".
 */
export function scopeName(filter: FilterSpec): string {
  if (filter.agency) return filter.agency;
  if (filter.division) return filter.division;
  if (filter.sector) return `全市${filter.sector}领域`;
  return '全市';
}
