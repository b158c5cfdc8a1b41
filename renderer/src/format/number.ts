/**
 * Numbers the Chinese way for the UI: 万 / 亿 for large amounts, 元 for money, % for shares.
 * Pure functions; the renderer and report previews share them.
 */

const WAN = 1e4;
const YI = 1e8;

function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1');
}

/** A count or amount with 万 / 亿 above ten thousand: 12345 → "1.23万", 3.2e8 → "3.2亿". */
export function formatChineseNumber(n: number | null | undefined, digits = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  if (abs >= YI) return trim(n / YI, digits) + '亿';
  if (abs >= WAN) return trim(n / WAN, digits) + '万';
  return Number.isInteger(n) ? n.toLocaleString('zh-CN') : trim(n, digits);
}

/** Money in 元 shown with its unit: 2000 → "2,000元", 35000 → "3.5万元". */
export function formatYuan(yuan: number | null | undefined, digits = 2): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '—';
  return formatChineseNumber(yuan, digits) + '元';
}

/** Money in 万元 with fixed decimals (tables of official reports): 123456 → "12.35". */
export function toWanYuan(yuan: number, digits = 2): string {
  return (yuan / WAN).toFixed(digits);
}

/** A share in [0, 1] as a percentage: 0.2134 → "21.3%". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return (share * 100).toFixed(digits) + '%';
}

/** A signed change as a percentage with an arrow word: 0.234 → "上升23.4%", -0.05 → "下降5.0%". */
export function formatChange(change: number | null | undefined, digits = 1): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  if (change === 0) return '持平';
  return (change > 0 ? '上升' : '下降') + (Math.abs(change) * 100).toFixed(digits) + '%';
}
