/**
 * Chart images for 保存PNG / 保存SVG / 复制图片. PNG comes from the live canvas instance; SVG needs the
 * SVG renderer, so the same option is drawn once more off-screen with it (ECharts renders SVG strings
 * only from an SVG-rendered instance).
 */
import type { ECharts, EChartsOption } from 'echarts';
import { echarts } from './echarts-setup.ts';
import { saveBytes, saveUrl } from '../api/download.ts';

const BACKGROUND = '#ffffff';

/** A PNG data URL of the chart at twice the screen resolution. */
export function pngDataUrl(chart: ECharts): string {
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: BACKGROUND });
}

/** Saves the chart as PNG. */
export function savePng(chart: ECharts, baseName: string): string {
  const name = `${baseName}.png`;
  saveUrl(name, pngDataUrl(chart));
  return name;
}

/** Renders `option` with the SVG renderer at the chart's current size and returns the markup. */
export function svgString(option: EChartsOption, width: number, height: number): string {
  const div = document.createElement('div');
  div.style.cssText = `position:absolute;left:-10000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(div);
  const svgChart = echarts.init(div, null, { renderer: 'svg', width, height, locale: 'ZH' });
  try {
    svgChart.setOption({ ...option, backgroundColor: BACKGROUND, animation: false });
    return svgChart.renderToSVGString();
  } finally {
    svgChart.dispose();
    div.remove();
  }
}

/** Saves the chart as SVG. */
export function saveSvg(chart: ECharts, option: EChartsOption, baseName: string): string {
  const name = `${baseName}.svg`;
  saveBytes(name, new Blob([svgString(option, chart.getWidth(), chart.getHeight())], { type: 'image/svg+xml' }));
  return name;
}

function dataUrlToBlob(url: string): Blob {
  const [head, body] = url.split(',', 2);
  const type = /data:([^;]+)/.exec(head)?.[1] ?? 'image/png';
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Whether this environment can put images on the clipboard. */
export function canCopyImage(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/** Copies the chart as a PNG image to the clipboard. */
export async function copyPng(chart: ECharts): Promise<void> {
  const blob = dataUrlToBlob(pngDataUrl(chart));
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}
