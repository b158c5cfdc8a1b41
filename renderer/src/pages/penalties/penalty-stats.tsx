/** Headline numbers of 处罚分布 (summary and flags). */
import { StatStrip } from '../../components/stat-strip.tsx';
import { zh } from '../../i18n/zh-CN.ts';
import { formatInt, formatPercent, formatYuan } from '../../format/number.ts';
import { numOf, objOf } from '../../state/result-access.ts';

export function PenaltyStats({ result }: { result: unknown }) {
  const s = objOf(result, 'summary');
  const f = objOf(result, 'flags');
  const overCap = numOf(f, 'simple_procedure_over_cap');
  const dec = numOf(f, 'december_share');
  const decLimit = numOf(f, 'december_threshold') ?? 2 / 12;
  return (
    <StatStrip
      items={[
        { label: zh.stats.cases, value: formatInt(numOf(s, 'cases')) },
        { label: zh.stats.fineTotal, value: formatYuan(numOf(s, 'fine_total_yuan')) },
        { label: zh.stats.confiscation, value: formatYuan(numOf(s, 'confiscation_total_yuan')) },
        { label: zh.stats.fineMedian, value: formatYuan(numOf(s, 'fine_median_yuan')) },
        { label: zh.stats.fineP90, value: formatYuan(numOf(s, 'fine_p90_yuan')) },
        { label: zh.stats.overCap, value: formatInt(overCap), tone: overCap ? 'warn' : 'normal' },
        { label: zh.stats.decemberShare, value: formatPercent(dec), tone: dec !== null && dec > decLimit ? 'warn' : 'normal' },
        { label: zh.stats.top1Share, value: formatPercent(numOf(f, 'top1pct_fine_share')) },
      ]}
    />
  );
}
