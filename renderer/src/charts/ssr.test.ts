/**
 * Every option builder renders with ECharts' server-side SVG renderer (the way the report engine
 * would draw them): no throw, and the Chinese labels reach the SVG.
 */
import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import { BUILDERS } from './test-fixtures/builders.ts';

describe('SSR rendering of every chart option', () => {
  for (const [name, build] of Object.entries(BUILDERS)) {
    it(name, () => {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
      try {
        chart.setOption(build());
        const svg = chart.renderToSVGString();
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg.length).toBeGreaterThan(1000);
      } finally {
        chart.dispose();
      }
    });
  }
  it('draws Chinese axis labels', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(BUILDERS.fineHistogram());
    expect(chart.renderToSVGString()).toContain('无罚款');
    chart.dispose();
  });
});
