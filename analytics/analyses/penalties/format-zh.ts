/**
 * Number wording for findings sentences, as a Chinese report writes them: counts with thousands
 * separators (20,000件), money in 元 / 万元 / 亿元 by size, percentages with one decimal, changes as
 * 上升 / 下降. Shared with the hotspots findings (a candidate for a shared analyses module).
 */

/** `20,000`. */
export function fmtCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Fixed decimals without a trailing `.0` only when asked (`12.3`). */
export function fmtNumber(x: number, digits = 1): string {
  return x.toFixed(digits);
}

/** `1.23` without trailing zeros: `1.2`, `1`. */
function trim(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `1.23亿元`, `456.7万元`, `1万元`, `2,000元`, `199.50元`. */
export function fmtYuan(yuan: number): string {
  const a = Math.abs(yuan);
  if (a >= 1e8) return `${trim((yuan / 1e8).toFixed(2))}亿元`;
  if (a >= 1e4) return `${trim((yuan / 1e4).toFixed(a >= 1e6 ? 0 : 1))}万元`;
  return Number.isInteger(yuan) ? `${fmtCount(yuan)}元` : `${yuan.toFixed(2)}元`;
}

/** `12.3%` of a share in 0–1. */
export function fmtPct(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** `上升12.3%` / `下降4.5%` / `持平` of a relative change. */
export function fmtChange(ratio: number): string {
  const pct = Math.abs(ratio * 100).toFixed(1);
  if (pct === '0.0') return '持平';
  return ratio > 0 ? `上升${pct}%` : `下降${pct}%`;
}

/** Rounds a share or ratio for a finding's `numbers` (4 decimals keeps 0.1 % precision). */
export function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}

/** Rounds money for a finding's `numbers` (to the 分). */
export function round2(x: number | null): number | null {
  return x === null ? null : Math.round(x * 100) / 100;
}
