/** A row of headline numbers above an analysis page (label over value, Chinese formatting done by the caller). */
import type { ReactNode } from 'react';
import { Card, Tooltip } from 'antd';

export interface StatItem {
  label: string;
  value: string;
  hint?: string;
  tone?: 'warn' | 'normal';
}

export function StatStrip({ items, extra }: { items: StatItem[]; extra?: ReactNode }) {
  return (
    <Card size="small" className="stat-strip">
      <div className="stat-row">
        <div className="stat-grid">
          {items.map((s) => (
            <div key={s.label} className={s.tone === 'warn' ? 'stat warn' : 'stat'}>
              <div className="stat-label">{s.hint ? <Tooltip title={s.hint}>{s.label}</Tooltip> : s.label}</div>
              <div className="stat-value">{s.value}</div>
            </div>
          ))}
        </div>
        {extra && <div className="stat-extra">{extra}</div>}
      </div>
    </Card>
  );
}
