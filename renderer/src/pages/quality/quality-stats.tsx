/** Headline numbers of 执法检查与评查. */
import { StatStrip } from '../../components/stat-strip.tsx';
import { zh } from '../../i18n/zh-CN.ts';
import { formatDecimal, formatInt, formatPercent } from '../../format/number.ts';
import { numOf, objOf } from '../../state/result-access.ts';

export function QualityStats({ result }: { result: unknown }) {
  const modes = objOf(result, 'mode_share');
  const repeat = objOf(result, 'repeat_inspections');
  const reviews = objOf(result, 'review_summary');
  const episodes = numOf(repeat, 'episodes');
  return (
    <StatStrip
      items={[
        { label: zh.stats.inspections, value: formatInt(numOf(modes, 'inspections')) },
        { label: zh.stats.randomShare, value: formatPercent(numOf(modes, 'random_or_joint_share')) },
        { label: zh.stats.episodes, value: formatInt(episodes), tone: episodes ? 'warn' : 'normal' },
        { label: zh.stats.targets, value: formatInt(numOf(repeat, 'targets')) },
        { label: zh.stats.reviews, value: formatInt(numOf(reviews, 'reviews')) },
        { label: zh.stats.reviewMean, value: formatDecimal(numOf(reviews, 'mean_score'), 1) },
        { label: zh.stats.vetoRate, value: formatPercent(numOf(reviews, 'veto_rate')) },
      ]}
    />
  );
}
