/** Headline numbers of 满意度调查. */
import { StatStrip } from '../../components/stat-strip.tsx';
import { zh } from '../../i18n/zh-CN.ts';
import { formatDecimal, formatInt, formatPercent } from '../../format/number.ts';
import { numOf, objOf } from '../../state/result-access.ts';

export function SurveyStats({ result }: { result: unknown }) {
  const o = objOf(result, 'overall');
  const alpha = numOf(o, 'alpha') ?? numOf(objOf(result, 'reliability'), 'alpha');
  return (
    <StatStrip
      items={[
        { label: zh.stats.surveyIndex, value: formatDecimal(numOf(o, 'index'), 1) },
        { label: zh.stats.ci, value: `${formatDecimal(numOf(o, 'ci_low'), 1)} – ${formatDecimal(numOf(o, 'ci_high'), 1)}` },
        { label: zh.stats.satisfiedRate, value: formatPercent(numOf(o, 'satisfied_rate')) },
        { label: zh.stats.negativeRate, value: formatPercent(numOf(o, 'negative_rate')) },
        { label: zh.stats.alpha, value: formatDecimal(alpha, 2) },
        { label: zh.stats.responses, value: formatInt(numOf(o, 'responses')) },
      ]}
    />
  );
}
