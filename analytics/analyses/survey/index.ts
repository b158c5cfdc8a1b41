/**
 * Satisfaction survey analysis (执法满意度调查; DOMAIN §6 and §8, issue 5). Definitions, and where
 * each choice is documented:
 *
 * - Responses read (`scope.ts`): year = year of `answered_on`; an undated response belongs to the
 *   latest year with dated responses (to any year asked when none is dated). The filter's division
 *   (with its zones), agency and sector apply to the response's own columns.
 * - Instrument (`instrument.ts`): the items answered in the year city-wide; w_d = mean item weight,
 *   NULL weight = 1, all-zero weights → equal weights over the non-overall dimensions; answered items
 *   without an items sheet go to 未分类.
 * - Scores (`survey-index.ts`): item = mean of non-blank answers; dimension = unweighted mean of its
 *   item scores; index = Σ w_d·D_d / Σ w_d over dimensions with w_d > 0 and a score — the same
 *   formula for the city, the scope and every group.
 * - Per-respondent index (`respondent-sql.ts`): the formula over one respondent's answers; a
 *   dimension they skipped entirely drops out with renormalised weights.
 * - 95 % intervals (`stats/t-interval.ts`): mean of per-respondent indexes ± t_{0.975, n−1}·s/√n,
 *   centred on that mean (`respondent_mean`; equal to `index` when nothing is blank) and not clipped
 *   to 0–100; null for n < 2. Items: over their answers; dimensions: over per-respondent dimension
 *   scores.
 * - 满意率 / 差评率 (`rates.ts`): shares of respondents with a rating — the overall item's score
 *   against the label map's 满意 / 基本满意 levels, or, without an overall item, their index against
 *   the DOMAIN bands.
 * - Groups under `settings.min_group_size` scored respondents are shown with `too_small`.
 * - Agencies vs the rest of the city (`agencies.ts`): Welch's t-test against all other responses of
 *   the year city-wide (also when filtered); flags use Holm-adjusted p < 0.05; raw p shown too.
 * - Reliability (`stats-reliability.ts`): Cronbach's alpha over the non-overall items, respondents
 *   who answered all of them; alpha if each item is deleted.
 * - Quadrants (`quadrants.ts`): importance = Pearson r of per-respondent dimension scores with the
 *   overall item (or the index); performance = dimension score; split at the means.
 * - Comments (`comments/`): Intl.Segmenter words of ≥ 2 characters minus stop words, counted once
 *   per comment, two shortest informative examples with personal numbers masked; complaint theme
 *   shares by keyword lists.
 *
 * The per-respondent work (100 000 respondents × 20 items) stays in DuckDB: one statistics query
 * (`query-stats.ts`) returns only summary rows; JavaScript does the distribution functions, the
 * index formula over item means, and the comments.
 */
import type { FilterSpec } from '../filter.ts';
import type { QueryContext } from '../query.ts';
import { compareAgencies } from './agencies.ts';
import { dimensionResults, itemResults, reliabilityResult } from './assemble.ts';
import { topKeywords } from './comments/keywords.ts';
import { themeShares } from './comments/theme-shares.ts';
import { surveyFindings } from './findings.ts';
import { byIndexAscending, groupStats, ItemScores, levelStats } from './groups.ts';
import { buildInstrument, UNCLASSIFIED, type ItemRow } from './instrument.ts';
import { commentsQuery, type CommentRow } from './query-comments.ts';
import { itemMetaQuery, surveyYearsQuery, type SurveyYearRow } from './query-meta.ts';
import { splitStats, surveyStatsQuery, type StatsRow } from './query-stats.ts';
import type { GroupStatsRow } from './stats-groups.ts';
import { rateThresholds } from './rates.ts';
import { isNarrowed, undatedYear } from './scope.ts';
import { surveyIndex } from './survey-index.ts';
import type { SurveyResult } from './types.ts';

export type * from './types.ts';

/** Canonical order of respondent groups (DOMAIN §6); others follow by name. */
const RESPONDENT_ORDER = ['公众', '企业', '律师', '行政相对人'];

/** Runs the survey analysis for one filter (definitions above). */
export async function runSurvey(q: QueryContext, filter: FilterSpec): Promise<SurveyResult> {
  const s = q.settings;
  const minSize = s.min_group_size;
  const years = await q.rows<SurveyYearRow>('survey_years', surveyYearsQuery());
  const undated = undatedYear(years, filter.year);
  const inst = buildInstrument(await q.rows<ItemRow>('survey_item_meta', itemMetaQuery(filter, undated)));
  const th = rateThresholds(s.survey_label_map, s.survey_satisfied_includes_basic, inst.has_overall ? 'labels' : 'bands');
  const stats = splitStats(await q.rows<StatsRow>('survey_stats', surveyStatsQuery(filter, inst, th, undated)));
  const groups = stats.groups;
  const scores = new ItemScores(stats.items, inst.items.map((i) => i.item_code));
  const comments = await q.rows<CommentRow>('survey_comments', commentsQuery(filter, undated));

  const at = (level: GroupStatsRow['level']) => groups.find((g) => g.level === level);
  const scopeIndex = surveyIndex(inst, scores.scores('overall', null));
  const overallStats = groupStats(at('overall'), scopeIndex.index, minSize);
  const city = groupStats(at('city'), surveyIndex(inst, scores.scores('city', null)).index, minSize);
  const agencies = compareAgencies(levelStats('agency', groups, scores, inst, minSize), at('city'), groups.filter((g) => g.level === 'city_agency'));
  const items = itemResults(inst, scores, overallStats.responses);
  const { dimensions, quadrants } = dimensionResults(inst, scopeIndex.dimensions, stats.dimensions);
  const reliability = reliabilityResult(inst, items, stats.reliability);
  const typeRank = (t: string | null) => (t === null ? 99 : RESPONDENT_ORDER.indexOf(t) >= 0 ? RESPONDENT_ORDER.indexOf(t) : 50);

  const body = {
    overall: { ...overallStats, alpha: reliability.alpha },
    city,
    dimensions,
    items,
    by_agency: agencies.rows.sort(byIndexAscending((r) => r.agency)),
    by_division: levelStats('division', groups, scores, inst, minSize).map((g) => ({ division: g.key, ...g.stats })).sort(byIndexAscending((r) => r.division)),
    by_respondent_type: levelStats('respondent_type', groups, scores, inst, minSize).map((g) => ({ respondent_type: g.key, ...g.stats }))
      .sort((a, b) => typeRank(a.respondent_type) - typeRank(b.respondent_type) || (a.respondent_type ?? '').localeCompare(b.respondent_type ?? '', 'zh')),
    comparisons: agencies.comparisons,
    reliability,
    quadrants,
    importance_basis: inst.has_overall ? 'overall_item' as const : 'overall_index' as const,
    comments: { total: comments.reduce((n, c) => n + c.n, 0) },
    keywords: topKeywords(comments, { top: 20, examples: 2, mask: s.mask_personal_data }),
    themes: themeShares(comments),
    settings: { min_group_size: minSize, satisfied_includes_basic: s.survey_satisfied_includes_basic, rate_basis: th.basis, equal_weights_fallback: inst.equal_weights_fallback },
    years,
    notes: notes(inst, th.basis),
  };
  return { analysis: 'survey', filter, ...body, findings: surveyFindings(body, scopeName(filter), filter.year) };
}

/** What the overall numbers cover, for the findings. */
function scopeName(filter: FilterSpec): string {
  if (!isNarrowed(filter)) return '全市';
  return filter.agency ?? filter.division ?? `${filter.sector}领域`;
}

function notes(inst: ReturnType<typeof buildInstrument>, basis: 'label_map' | 'bands'): string[] {
  const out: string[] = [];
  if (inst.undescribed.length) out.push(`题目${inst.undescribed.join('、')}没有题目表（题号/维度/题目/权重），已归入“${UNCLASSIFIED}”维度、权重按1计；请导入题目表。`);
  if (inst.equal_weights_fallback) out.push('各维度权重均为0，已按等权计算满意度指数。');
  if (!inst.has_overall && inst.items.length) out.push('问卷没有“总体评价”题：满意率、差评率按每份问卷的满意度指数分档（满意≥80，基本满意60–79，不满意<60），重要性按各维度与总体指数的相关系数计算。');
  else if (basis === 'bands' && inst.items.length) out.push('答案标签映射中缺少“满意”或“基本满意”，满意率、差评率按分数分档（满意≥80，不满意<60）计算。');
  return out;
}
