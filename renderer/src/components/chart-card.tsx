/**
 * A chart in a card: title, a "?" with the definition (DOMAIN §8, in Chinese), the image actions
 * (保存PNG / 保存SVG / 复制图片), and an empty state when there is nothing to draw.
 */
import { useCallback, useRef, type ReactNode } from 'react';
import { App, Button, Card, Empty, Space, Tooltip } from 'antd';
import { CopyOutlined, FileImageOutlined, PictureOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { ECharts, EChartsOption } from 'echarts';
import { EChart, type ChartClick } from './echart.tsx';
import { canCopyImage, copyPng, savePng, saveSvg } from './chart-export.ts';
import { zh } from '../i18n/zh-CN.ts';

interface Props {
  title: string;
  definition: string;
  /** null draws the empty state instead. */
  option: EChartsOption | null;
  height?: number;
  onClick?: (e: ChartClick) => void;
  /** Extra controls beside the actions (e.g. a mode switch). */
  extra?: ReactNode;
  /** Text under the chart (e.g. a note on the scope). */
  footer?: ReactNode;
}

export function ChartCard({ title, definition, option, height = 300, onClick, extra, footer }: Props) {
  const chart = useRef<ECharts | null>(null);
  const { message } = App.useApp();
  const onInstance = useCallback((c: ECharts | null) => {
    chart.current = c;
  }, []);

  const act = async (kind: 'png' | 'svg' | 'copy') => {
    const c = chart.current;
    if (!c || !option) return;
    if (kind === 'png') message.success(zh.chart.saved(savePng(c, title)));
    else if (kind === 'svg') message.success(zh.chart.saved(saveSvg(c, option, title)));
    else if (!canCopyImage()) message.warning(zh.errors.copyUnsupported);
    else {
      try {
        await copyPng(c);
        message.success(zh.chart.copied);
      } catch {
        message.warning(zh.errors.copyFailed);
      }
    }
  };

  const actions = (
    <Space size={2}>
      {extra}
      <Tooltip title={zh.chart.savePng}>
        <Button type="text" size="small" aria-label={zh.chart.savePng} icon={<PictureOutlined />} disabled={!option} onClick={() => act('png')} />
      </Tooltip>
      <Tooltip title={zh.chart.saveSvg}>
        <Button type="text" size="small" aria-label={zh.chart.saveSvg} icon={<FileImageOutlined />} disabled={!option} onClick={() => act('svg')} />
      </Tooltip>
      <Tooltip title={zh.chart.copy}>
        <Button type="text" size="small" aria-label={zh.chart.copy} icon={<CopyOutlined />} disabled={!option} onClick={() => act('copy')} />
      </Tooltip>
    </Space>
  );

  const heading = (
    <Space size={6}>
      <span>{title}</span>
      {definition && (
        <Tooltip title={<div className="chart-definition"><b>{zh.chart.definition}</b><br />{definition}</div>} styles={{ root: { maxWidth: 420 } }}>
          <QuestionCircleOutlined className="chart-help" aria-label={zh.chart.definition} />
        </Tooltip>
      )}
    </Space>
  );

  return (
    <Card size="small" title={heading} extra={actions} className="chart-card" data-chart={title}>
      {option ? (
        <EChart option={option} height={height} onClick={onClick} onInstance={onInstance} />
      ) : (
        <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={zh.common.noDataForFilter} />
        </div>
      )}
      {footer && <div className="chart-footer">{footer}</div>}
    </Card>
  );
}
