/**
 * Shared look of every chart: a restrained official palette, CJK fonts, no animation (charts must
 * be ready the moment data arrives — the UI benchmark and the PNG export wait for a finished render),
 * and helpers for long Chinese agency names.
 */
import type { EChartsOption } from 'echarts';

/** Palette: government blue first, then calm distinguishable hues. */
export const PALETTE = ['#1f5fbf', '#37a2da', '#32b38a', '#f2a93b', '#8d6bc9', '#e06c5a', '#5b8ff9', '#9fb40f', '#c28d4b', '#6dc8ec'];

/** Semantic colours (red = worse / above, blue = below, green = fine). */
export const COLORS = {
  primary: '#1f5fbf',
  danger: '#d9363e',
  warning: '#f2a93b',
  success: '#389e0d',
  below: '#3b82f6',
  muted: '#bfc7d5',
  grid: '#e8ecf2',
  text: '#333a45',
  subtext: '#6b7483',
};

/** Font stack with the CJK faces found on Windows, macOS and domestic Linux desktops. */
export const FONT_FAMILY = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Options every chart starts from. */
export function baseOption(): EChartsOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT_FAMILY, color: COLORS.text, fontSize: 12 },
    tooltip: { confine: true, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 12, right: 24, top: 36, bottom: 12, containLabel: true },
  };
}

/**
 * Data text for an HTML tooltip. ECharts puts a custom formatter's string into the page as HTML,
 * and names come from imported files (agency names, categories, decision numbers): escaped, a name
 * like `<img onerror=…>` is shown as the text it is.
 */
export function escapeHtml(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Shortens a long name for an axis label; the tooltip still shows the full name. */
export function shortName(name: string, max = 12): string {
  return name.length > max ? name.slice(0, max - 1) + '…' : name;
}

/** Numbers from unknown JSON values (missing → 0). */
export function num(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

/** Numbers from unknown JSON values, keeping missing as null. */
export function numOrNull(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Rounds for display inside chart labels. */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
