/**
 * Renders every chart the report holds once, at one size, for all formats. The SVGs are drawn
 * first so the chart font can be cut down to the characters they use (see fonts/hollow-font.ts),
 * then each is rasterised. The 760 × 420 size fits the text width of an A4 page and the chart area
 * of a 16:9 slide alike.
 */
import { rasterize, renderChartSvg, type ChartImage, type ChartSize } from '../render-chart.ts';
import { requireCjkFont } from '../cjk-font.ts';
import { chartFont, svgChars } from '../fonts/hollow-font.ts';
import type { ReportData } from '../data/types.ts';
import { chartOptions } from './chart-options.ts';
import type { ChartId } from './chart-ids.ts';

/** Logical size of report charts. */
export const REPORT_CHART_SIZE: ChartSize = { width: 760, height: 420 };

/** The rendered charts by id (only those the data supports). */
export type ChartImages = Map<ChartId, ChartImage>;

/** Renders the report's charts; throws CjkFontError when no Chinese font is installed. */
export function renderFigures(d: ReportData, onChart?: (done: number, total: number) => void): ChartImages {
  const font = requireCjkFont();
  const svgs = new Map<ChartId, string>();
  for (const [id, option] of chartOptions(d, { fontFamily: font.family })) svgs.set(id, renderChartSvg(option, REPORT_CHART_SIZE));
  const small = chartFont(font, svgChars(svgs.values()));
  const out: ChartImages = new Map();
  try {
    for (const [id, svg] of svgs) {
      out.set(id, { png: rasterize(svg, small), ...REPORT_CHART_SIZE });
      onChart?.(out.size, svgs.size);
    }
  } finally {
    small.dispose();
  }
  return out;
}
