/**
 * Numbers the Chinese way for the UI: 万 / 亿 for large amounts, 元 for money, % for shares.
 * Pure functions; the renderer and report previews share them.
 */
import { zh } from '../i18n/zh-CN.ts';

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

/** A whole count with thousands separators and no 万 shortening (tables, KPI cards): 12345 → "12,345". */
export function formatInt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return Math.round(n).toLocaleString('zh-CN');
}

/** A 万元 figure with separators for KPI cards: 772765400 元 → "77,276.54". */
export function formatWanFigure(yuan: number | null | undefined, digits = 2): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '—';
  return (yuan / WAN).toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A plain decimal with fixed digits (scores, indices, z): 72.6368 → "72.6". */
export function formatDecimal(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  // Tiny negatives round to "-0.0", which reads as a sign error; show them as zero.
  return n.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/^-(0(\.0+)?)$/, '$1');
}

/** A file size for provenance lists: 1536 → "1.5 KB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return (i === 0 ? String(v) : trim(v, 1)) + ' ' + units[i];
}

/** An ISO timestamp shown as local "YYYY-MM-DD HH:mm" (the engine sends local times without zone). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** Any cell value for generic grids: numbers the Chinese way, booleans as 是/否, lists joined. */
export function formatCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('zh-CN', { useGrouping: Math.abs(v) >= 1e4 }) : formatDecimal(v, 2);
  if (typeof v === 'boolean') return v ? zh.common.yes : zh.common.no;
  if (Array.isArray(v)) return v.map(formatCell).join('、');
  return String(v);
}
