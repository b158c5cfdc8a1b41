/**
 * The five KPI cards with year-over-year arrows. Convention (stated on the page): red ↑ for a rise,
 * green ↓ for a fall, as Chinese dashboards do — the colour shows direction, not good or bad.
 */
import { Card, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { Kpi } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { formatDecimal, formatInt, formatPercent } from '../../format/number.ts';

const ORDER: Kpi['key'][] = ['cases', 'fine_total_wan', 'tickets', 'deviation_rate', 'satisfaction_index'];

/** A KPI value as the card shows it. */
export function formatKpi(key: Kpi['key'], value: number | null): string {
  if (value === null) return '—';
  if (key === 'fine_total_wan') return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (key === 'deviation_rate') return formatPercent(value);
  if (key === 'satisfaction_index') return formatDecimal(value, 1);
  return formatInt(value);
}

function Change({ kpi }: { kpi: Kpi }) {
  if (kpi.change === null || !Number.isFinite(kpi.change)) return <span>{kpi.prior === null ? zh.kpi.noPrior : '—'}</span>;
  const up = kpi.change > 0;
  const pct = formatPercent(Math.abs(kpi.change));
  return (
    <span>
      {zh.kpi.vsPrior}{' '}
      {kpi.change === 0 ? (
        zh.kpi.flat
      ) : (
        <span className={up ? 'up' : 'down'}>
          {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {pct}
        </span>
      )}
    </span>
  );
}

export function KpiCards({ kpis }: { kpis: Kpi[] }) {
  const byKey = new Map(kpis.map((k) => [k.key, k]));
  return (
    <div className="kpi-grid">
      {ORDER.map((key) => {
        const k = byKey.get(key) ?? { key, label: zh.kpi[key], value: null, prior: null, change: null, unit: '' };
        return (
          <Card key={key} size="small" className="kpi-card" data-kpi={key} data-value={k.value ?? ''}>
            <div className="kpi-label">{zh.kpi[key]}</div>
            <Tooltip title={k.prior !== null ? `${zh.kpi.priorValue}${formatKpi(key, k.prior)}` : undefined}>
              <div className="kpi-value">{formatKpi(key, k.value)}</div>
            </Tooltip>
            <div className="kpi-change">
              <Change kpi={k} />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
