/**
 * One ECharts instance bound to a div: sized by its container (ResizeObserver), re-drawn whenever the
 * option object changes, reporting pending / finished to the page's ReadyScope, and forwarding
 * clicks (linked views). The instance is handed to `onInstance` for image export.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import type { ECharts, EChartsOption } from 'echarts';
import { echarts } from './echarts-setup.ts';
import { useReadyReporter } from './page-ready.tsx';

/** What a click on a chart element tells the page. */
export interface ChartClick {
  name: string;
  seriesName?: string;
  dataIndex: number;
  data: unknown;
}

interface Props {
  option: EChartsOption;
  height: number;
  onClick?: (e: ChartClick) => void;
  onInstance?: (chart: ECharts | null) => void;
}

export function EChart({ option, height, onClick, onInstance }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  const ready = useReadyReporter();
  const id = useId();

  useLayoutEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useLayoutEffect(() => {
    const div = el.current;
    if (!div) return;
    const c = echarts.init(div, null, { renderer: 'canvas', locale: 'ZH' }) as unknown as ECharts;
    chart.current = c;
    onInstance?.(c);
    c.on('finished', () => ready?.report(id, true));
    c.on('click', (p) => {
      const q = p as unknown as ChartClick;
      clickRef.current?.({ name: q.name, seriesName: q.seriesName, dataIndex: q.dataIndex, data: q.data });
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(div);
    return () => {
      ro.disconnect();
      ready?.report(id, true);
      onInstance?.(null);
      c.dispose();
      chart.current = null;
    };
    // The instance lives as long as the element; option changes are applied below.
  }, []);

  useLayoutEffect(() => {
    const c = chart.current;
    if (!c) return;
    ready?.report(id, false);
    c.setOption(option, { notMerge: true });
  }, [option, ready, id]);

  return <div ref={el} style={{ width: '100%', height }} />;
}
