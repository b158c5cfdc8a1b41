/**
 * Data is never HTML in a chart: ECharts puts a custom tooltip formatter's string into the page as
 * markup, so every builder is fed names carrying `<img onerror>` / `<b>` and each formatter is called
 * for every data point — the output may hold our own `<br/>` and nothing else that starts a tag.
 */
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import * as f from './test-fixtures/fixtures.ts';
import { BUILDERS } from './test-fixtures/builders.ts';
import { donutOption } from './common.ts';
import { escapeHtml } from './theme.ts';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>粗体</b>';
/** Name-like fields that come from imported files (status and quadrant keys stay: they select series). */
const NAME_FIELDS = new Set(['agency', 'division', 'category', 'dimension', 'decision_no', 'violation', 'tier', 'indicator', 'indicator_label', 'label', 'word', 'month']);

type Obj = Record<string, unknown>;
type Formatter = (p: unknown) => unknown;

function hostileRows<T>(rows: T): T {
  if (Array.isArray(rows)) return rows.map((r) => hostileRows(r)) as T;
  if (!rows || typeof rows !== 'object') return rows;
  return Object.fromEntries(Object.entries(rows as Obj).map(([k, v]) => [k, NAME_FIELDS.has(k) && typeof v === 'string' ? `${HOSTILE}${v}` : v])) as T;
}

/** Every string a tooltip formatter returns for every data point of every series. */
function tooltipOutputs(option: EChartsOption): string[] {
  const formatters: Formatter[] = [];
  const top = option.tooltip as Obj | undefined;
  if (typeof top?.formatter === 'function') formatters.push(top.formatter as Formatter);
  const series = (option.series ?? []) as Obj[];
  const axisData = ((option.xAxis as Obj | undefined)?.data ?? (option.yAxis as Obj | undefined)?.data ?? []) as unknown[];
  const out: string[] = [];
  for (const fmt of formatters) {
    series.forEach((s, seriesIndex) => {
      ((s.data ?? []) as unknown[]).forEach((d, dataIndex) => {
        const name = (d as Obj | null)?.name ?? axisData[dataIndex] ?? '';
        const param = { seriesIndex, dataIndex, data: d, name, value: (d as Obj | null)?.value ?? d, percent: 12.5, seriesName: s.name };
        for (const p of [param, [param]]) {
          try {
            const r = fmt(p);
            if (typeof r === 'string') out.push(r);
          } catch {
            // A formatter that needs another shape of parameter is exercised by the other call.
          }
        }
      });
    });
  }
  return out;
}

/**
 * Runs `build` with the shared fixture rows swapped for hostile copies. The builders read the
 * fixture arrays when called, so the arrays are refilled in place and restored afterwards.
 */
function withHostileFixtures<T>(build: () => T): T {
  const originals: [unknown[], unknown[]][] = [];
  for (const rows of Object.values(f as Obj)) {
    if (!Array.isArray(rows)) continue;
    originals.push([rows, [...rows]]);
    rows.splice(0, rows.length, ...hostileRows(rows));
  }
  try {
    return build();
  } finally {
    for (const [rows, copy] of originals) rows.splice(0, rows.length, ...copy);
  }
}

describe('chart tooltips', () => {
  it('escape HTML in data text', () => {
    expect(escapeHtml('<img src=x onerror="a">&\'')).toBe('&#60;img src=x onerror=&#34;a&#34;&#62;&#38;&#39;');
    expect(escapeHtml(null)).toBe('');
  });

  it('never put a tag from the data into the page, for every chart with a custom tooltip', () => {
    let exercised = 0;
    for (const [name, build] of Object.entries(BUILDERS)) {
      for (const html of tooltipOutputs(withHostileFixtures(build))) {
        expect(html.replaceAll('<br/>', ''), name).not.toContain('<');
        if (html.includes('&#60;img')) exercised++;
      }
    }
    const donut = tooltipOutputs(donutOption([{ name: HOSTILE, value: 3 }], { seriesName: 's' }));
    expect(donut[0]).toContain('&#60;b&#62;粗体&#60;/b&#62;');
    // Penalties, hotspots, deviation, quality, survey (3) and reconcile tooltips all saw the name.
    expect(exercised).toBeGreaterThanOrEqual(8);
  });
});
