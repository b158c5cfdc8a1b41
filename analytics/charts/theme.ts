/**
 * What every chart shares: the CJK font stack, the palette, text sizes and the base option. The
 * builders are pure (data → ECharts option) and import nothing from Node, so the renderer's
 * dashboards and the server-side report renderer draw the same pictures.
 */
import type { EChartsOption } from 'echarts';

/**
 * Font stack for chart text. Set explicitly because the server-side SVG renderer has no CSS to
 * inherit from: without it the rasteriser picks a Latin font and Chinese turns into boxes. The
 * report renderer passes the one family it found on the system instead.
 */
export const CHART_FONT_FAMILY =
  'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif';

/** Sober colours that survive greyscale printing in the order they are used. */
export const PALETTE = ['#2f5597', '#c0504d', '#70ad47', '#ed7d31', '#4bacc6', '#8064a2', '#7f7f7f', '#bf9000'];

/** Colours with a meaning: within / below / above the benchmark, a warning, a neutral grey. */
export const TONE = { ok: '#70ad47', low: '#4bacc6', high: '#c0504d', warn: '#ed7d31', muted: '#a6a6a6', main: '#2f5597' } as const;

/** Options every builder takes. */
export interface ChartStyle {
  /** Font family (default CHART_FONT_FAMILY). */
  fontFamily?: string;
  /** Title drawn inside the chart; documents leave it out and caption the figure instead. */
  title?: string;
  /** Base font size in px (default 14: about 8 pt when a 720-px chart is printed 15 cm wide). */
  fontSize?: number;
}

/** The parts of an option every chart starts from. */
export function baseOption(style: ChartStyle = {}): EChartsOption {
  const fontSize = style.fontSize ?? 14;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: style.fontFamily ?? CHART_FONT_FAMILY, fontSize, color: '#333333' },
    ...(style.title ? { title: { text: style.title, left: 'center', top: 8, textStyle: { fontSize: fontSize + 4, fontWeight: 'bold' } } } : {}),
  };
}

/** Grid margins leaving room for a title when there is one. */
export function grid(style: ChartStyle, extra: { left?: number | string; right?: number; bottom?: number; top?: number } = {}) {
  return {
    left: extra.left ?? 64,
    right: extra.right ?? 32,
    top: (extra.top ?? 40) + (style.title ? 36 : 0),
    bottom: extra.bottom ?? 48,
    containLabel: true,
  };
}

/** Shortens a long category label for an axis (agency names run to 15 characters). */
export function shorten(text: string, max = 12): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Rounds for labels so the option JSON stays readable and stable. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Integer with thousands separators (labels). */
export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A share in 0–1 as a label: 12.3%. */
export function percentLabel(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

/** A round axis maximum at or above `v` (1, 2, 2.5, 5 × 10ⁿ steps). */
export function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * p >= v) ?? 10) * p;
}
