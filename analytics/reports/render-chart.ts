/**
 * Charts for documents: an ECharts option rendered server-side to SVG (no browser, no canvas), then
 * rasterised to PNG at print resolution with resvg and a CJK font found on the system — Word,
 * PowerPoint and Excel show PNG everywhere, SVG not reliably.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import { requireCjkFont, type CjkFont } from './cjk-font.ts';

/** Logical size of a chart in CSS pixels; text sizes in the option are relative to it. */
export interface ChartSize {
  width: number;
  height: number;
}

/** A rendered chart. */
export interface ChartImage {
  png: Buffer;
  /** Logical size (the PNG is `scale` times larger). */
  width: number;
  height: number;
}

/**
 * Pixels per logical pixel. 720 px printed 15 cm wide at ×2.5 gives 1800 px: about 300 dpi, so text
 * and lines stay sharp on paper and on a projector.
 */
export const PRINT_SCALE = 2.5;

/** The option as an SVG document (server-side rendering). */
export function renderChartSvg(option: EChartsOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** An SVG rasterised with the CJK font (white background: documents print on paper). */
export function rasterize(svg: string, font: CjkFont, scale = PRINT_SCALE): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    // System font scanning is slow and may pick a Latin font: give resvg exactly the one we found.
    font: { loadSystemFonts: false, fontFiles: [font.file], defaultFontFamily: font.family },
  });
  return resvg.render().asPng();
}

/**
 * Renders an option to PNG. The option should name `font.family` as its font (the chart builders
 * take it as `fontFamily`); anything else falls back to it anyway.
 */
export function renderChartPng(option: EChartsOption, size: ChartSize, font: CjkFont = requireCjkFont()): ChartImage {
  return { png: rasterize(renderChartSvg(option, size), font), width: size.width, height: size.height };
}
