/** Headline numbers of 投诉热点 (ticket handling summary). */
import type { ReactNode } from 'react';
import { StatStrip } from '../../components/stat-strip.tsx';
import { zh } from '../../i18n/zh-CN.ts';
import { formatDecimal, formatInt, formatPercent } from '../../format/number.ts';
import { numOf, objOf } from '../../state/result-access.ts';

export function HotspotStats({ result, extra }: { result: unknown; extra?: ReactNode }) {
  const s = objOf(result, 'summary');
  const days = numOf(s, 'mean_days_to_close');
  return (
      <StatStrip
        extra={extra}
        items={[
          { label: zh.stats.tickets, value: formatInt(numOf(s, 'tickets')) },
          { label: zh.stats.closedRate, value: formatPercent(numOf(s, 'closed_rate')) },
          { label: zh.stats.onTimeRate, value: formatPercent(numOf(s, 'on_time_rate')) },
          { label: zh.stats.satisfiedRate, value: formatPercent(numOf(s, 'satisfied_rate')) },
          { label: zh.stats.dissatisfiedRate, value: formatPercent(numOf(s, 'dissatisfied_rate')) },
          { label: zh.stats.meanDays, value: days === null ? '—' : zh.stats.days(formatDecimal(days, 1)) },
          { label: zh.stats.unplaced, value: formatInt(numOf(s, 'unplaced')) },
        ]}
      />
  );
}
