/**
 * Satisfaction survey analysis (执法满意度调查; DOMAIN §6 and §8, issue 5).
 *
 * For the filter's responses: item, dimension and overall scores with the exact formula of DOMAIN §6
 * (`survey-index.ts`), 95 % t-intervals on per-respondent indexes, 满意率 and 差评率 (`rates.ts`) —
 * overall and by agency, division and respondent type, groups under `min_group_size` marked; each
 * agency against the rest of the city with Welch's t-test and Holm's adjustment (`agencies.ts`);
 * Cronbach's alpha with alpha-if-item-deleted (`query-reliability.ts`); importance–performance
 * quadrants (`quadrants.ts`); comment keywords and complaint themes (`comments/`); findings in plain
 * Chinese (`findings.ts`).
 *
 * The per-respondent work (100 000 respondents × 20 items) stays in DuckDB: five grouped queries
 * over the shared respondent CTEs (`respondent-sql.ts`) return only summary rows; JavaScript does
 * the distribution functions, the index formula over item means and the comments.
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
import { dimensionStatsQuery, type DimensionStatsRow } from './query-dimensions.ts';
import { groupStatsQuery, type GroupStatsRow } from './query-groups.ts';
import { itemScoresQuery, type ItemScoreRow } from './query-item-scores.ts';
import { itemMetaQuery, surveyYearsQuery, type SurveyYearRow } from './query-meta.ts';
import { reliabilityQuery, type ReliabilityRow } from './query-reliability.ts';
import { rateThresholds } from './rates.ts';
import { isNarrowed } from './scope.ts';
import { surveyIndex } from './survey-index.ts';
import type { SurveyResult } from './types.ts';

export type * from './types.ts';

/** Canonical order of respondent groups (DOMAIN §6); others follow by name. */
const RESPONDENT_ORDER = ['公众', '企业', '律师', '行政相对人'];

/** Runs the survey analysis for one filter. */
export async function runSurvey(q: QueryContext, filter: FilterSpec): Promise<SurveyResult> {
  const s = q.settings;
  const minSize = s.min_group_size;
  const years = await q.rows<SurveyYearRow>('survey_years', surveyYearsQuery());
  const inst = buildInstrument(await q.rows<ItemRow>('survey_item_meta', itemMetaQuery(filter)));
  const th = rateThresholds(s.survey_label_map, s.survey_satisfied_includes_basic, inst.has_overall ? 'labels' : 'bands');
  const groups = await q.rows<GroupStatsRow>('survey_groups', groupStatsQuery(filter, inst, th));
  const scores = new ItemScores(await q.rows<ItemScoreRow>('survey_item_scores', itemScoresQuery(filter, inst)));
  const relRows = await q.rows<ReliabilityRow>('survey_reliability', reliabilityQuery(filter, inst));
  const dimRows = await q.rows<DimensionStatsRow>('survey_dimensions', dimensionStatsQuery(filter, inst));
  const comments = await q.rows<CommentRow>('survey_comments', commentsQuery(filter));

  const at = (level: GroupStatsRow['level']) => groups.find((g) => g.level === level);
  const scopeIndex = surveyIndex(inst, scores.scores('overall', null));
  const overallStats = groupStats(at('overall'), scopeIndex.index, minSize);
  const city = groupStats(at('city'), surveyIndex(inst, scores.scores('city', null)).index, minSize);
  const agencies = compareAgencies(levelStats('agency', groups, scores, inst, minSize), at('city'), groups.filter((g) => g.level === 'city_agency'));
  const items = itemResults(inst, scores, overallStats.responses);
  const { dimensions, quadrants } = dimensionResults(inst, scopeIndex.dimensions, dimRows);
  const reliability = reliabilityResult(inst, items, relRows);
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
