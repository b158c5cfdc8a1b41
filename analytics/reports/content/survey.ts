/**
 * 六、执法满意度调查: the index with its interval and the change on last year, the respondent
 * groups, the dimensions (with the importance–performance grid), the agencies significantly below
 * the city, and what the free comments say.
 */
import type { ReportData } from '../data/types.ts';
import { int, paragraph, pct, pointChange, score } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import { texts, unavailable } from './findings.ts';
import { figure, para, sub, table, type Block, type Section } from './model.ts';

/** The survey section. */
export function surveySection(d: ReportData): Section {
  const s = d.survey;
  const heading = T.sections.survey;
  if (!s) return { heading, blocks: [para(unavailable(d, 'survey', '满意度调查'))] };
  if (s.overall.responses === 0) return { heading, blocks: [para(T.noData('满意度调查问卷'))] };
  const prior = d.prior.survey?.overall.index ?? null;
  const trend = prior !== null && s.overall.index !== null ? `满意度指数较上年${pointChange(s.overall.index - prior, '分')}` : null;
  const blocks: Block[] = [sub('总体满意度')];
  blocks.push(para(paragraph(...texts(d, s.findings, { ids: ['survey.overall'] }), trend, ...texts(d, s.findings, { ids: ['survey.reliability'] }))));
  const groups = s.by_respondent_type.filter((g) => g.responses > 0);
  if (groups.length) {
    blocks.push(
      table(
        '不同调查对象满意度情况',
        [{ header: T.cols.respondentType, width: 1.2 }, { header: T.cols.responses, align: 'right' }, { header: T.cols.index, align: 'right', width: 1.1 }, { header: T.cols.ci, align: 'center', width: 1.4 }, { header: T.cols.satisfied, align: 'right' }, { header: T.cols.negative, align: 'right' }],
        groups.map((g) => [g.respondent_type ?? '未登记', int(g.responses), score(g.index), ci(g.ci_low, g.ci_high), pct(g.satisfied_rate), pct(g.negative_rate)]),
      ),
    );
  }
  blocks.push(sub('各维度表现'));
  blocks.push(para(paragraph(...texts(d, s.findings, { ids: ['survey.lowest_dimension', 'survey.lowest_item', 'survey.priority_dimension'] }))));
  blocks.push(figure('survey_dimensions', C.survey_dimensions));
  if (s.quadrants.length > 2) blocks.push(figure('ipa_quadrant', C.ipa_quadrant));
  blocks.push(sub('执法机关比较'));
  const below = texts(d, s.findings, { ids: ['survey.below_city'] });
  blocks.push(para(paragraph(below.length ? below.join('；') : '未发现满意度指数显著低于全市的执法机关', ...texts(d, s.findings, { ids: ['survey.multiple_comparisons'] }))));
  const low = s.by_agency
    .filter((a) => a.agency !== null && a.index !== null && !a.too_small)
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .slice(0, 8);
  if (low.length > 1) {
    blocks.push(
      table(
        '满意度指数较低的执法机关',
        [{ header: T.cols.agency, width: 2.2 }, { header: T.cols.responses, align: 'right' }, { header: T.cols.index, align: 'right', width: 1.1 }, { header: T.cols.ci, align: 'center', width: 1.4 }, { header: T.cols.judged, align: 'center', width: 1.3 }],
        low.map((a) => [a.agency ?? '', int(a.responses), score(a.index), ci(a.ci_low, a.ci_high), a.below_city ? '显著偏低' : '无显著差异']),
        `注：仅列有效问卷${s.settings.min_group_size}份以上的执法机关；显著性经Welch t检验并按Holm法校正。`,
      ),
    );
  }
  const themes = texts(d, s.findings, { ids: ['survey.themes'] });
  if (themes.length || s.keywords.length) {
    blocks.push(sub('群众意见建议'));
    const words = s.keywords.slice(0, 6).map((k) => `“${k.word}”`).join('、');
    blocks.push(para(paragraph(...themes, words ? `意见中出现较多的词语有${words}` : null)));
  }
  return { heading, blocks };
}

function ci(low: number | null, high: number | null): string {
  return low === null || high === null ? '—' : `${score(low)}–${score(high)}`;
}
