/** Headline numbers of 裁量基准偏离. */
import { StatStrip } from '../../components/stat-strip.tsx';
import { zh } from '../../i18n/zh-CN.ts';
import { formatInt, formatPercent } from '../../format/number.ts';
import { numOf, objOf } from '../../state/result-access.ts';

export function DeviationStats({ result }: { result: unknown }) {
  const s = objOf(result, 'summary') ?? objOf(result, 'status_counts');
  return (
    <StatStrip
      items={[
        { label: zh.stats.matched, value: formatInt(numOf(s, 'matched')) },
        { label: zh.stats.deviationRate, value: formatPercent(numOf(s, 'deviation_rate')), tone: 'warn' },
        { label: zh.stats.aboveRate, value: formatPercent(numOf(s, 'above_rate')) },
        { label: zh.stats.belowRate, value: formatPercent(numOf(s, 'below_rate')) },
        { label: zh.stats.coverage, value: formatPercent(numOf(s, 'coverage')) },
        { label: zh.status.no_rule, value: formatInt(numOf(s, 'no_rule')) },
        { label: zh.status.not_assessable, value: formatInt(numOf(s, 'not_assessable')) },
      ]}
    />
  );
}
