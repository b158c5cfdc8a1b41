/**
 * The survey analysis result (`supervise analyze survey --json`, DESIGN §4 keys plus more). Scores
 * are on 0–100, rates and shares in 0–1, p-values as probabilities. Every number that cannot be
 * computed (no answers, n < 2) is null, never 0.
 */
import type { ResultEnvelope } from '../types.ts';

/** Statistics every group row carries (the city, the scope, an agency, division or respondent type). */
export interface SurveyGroupStats {
  /** Responses in the group (whether or not they answered anything). */
  responses: number;
  /** Responses with a per-respondent index (answered at least one weighted item): the n of the interval. */
  scored: number;
  /** The DOMAIN §6 index of the group's answers (item means → dimension means → weighted). */
  index: number | null;
  /** Mean of the per-respondent indexes: the centre of the t-interval (equals `index` when nothing is blank). */
  respondent_mean: number | null;
  /**
   * 95 % t-interval of the per-respondent indexes: respondent_mean ± t_{0.975, n−1} · s / √n (not
   * clipped to 0–100: a small group's interval may reach past the scale, which is itself a warning).
   */
  ci_low: number | null;
  ci_high: number | null;
  /** Respondents with a rating (answered the overall item; without one: have an index). */
  rated: number;
  /** Share of rated respondents rated 非常满意 / 满意 (+ 基本满意 when configured). */
  satisfied_rate: number | null;
  /** Share of rated respondents rated 不满意 / 非常不满意 (差评率). */
  negative_rate: number | null;
  /** scored < settings.min_group_size: shown, but marked too small to rely on. */
  too_small: boolean;
}

/** The scope's headline numbers, with Cronbach's alpha. */
export interface SurveyOverall extends SurveyGroupStats {
  alpha: number | null;
}

/** One agency, tested against the rest of the city. */
export interface SurveyAgencyRow extends SurveyGroupStats {
  agency: string | null;
  /** Welch t of this agency's per-respondent indexes against the rest of the city's (null: not tested). */
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  /** Two-sided p, unadjusted. */
  p_value: number | null;
  /** Holm-adjusted p over all agencies tested: what the flags use. */
  p_adjusted: number | null;
  /** Mean below the rest of the city with p_adjusted < 0.05. */
  below_city: boolean;
  /** Mean above the rest of the city with p_adjusted < 0.05. */
  above_city: boolean;
}

/** One division. */
export interface SurveyDivisionRow extends SurveyGroupStats {
  division: string | null;
}

/** One respondent group (公众 / 企业 / 律师 / 行政相对人). */
export interface SurveyRespondentTypeRow extends SurveyGroupStats {
  respondent_type: string | null;
}

/** One item (question). */
export interface SurveyItemResult {
  item_code: string;
  dimension: string;
  text: string | null;
  weight: number;
  is_overall: boolean;
  /** Non-blank answers in scope. */
  answered: number;
  /** Responses in scope without a usable answer (blank or 不了解 / 不适用). */
  blank: number;
  /** Item score: mean of the non-blank answers. */
  score: number | null;
  /** 95 % t-interval of the answers. */
  ci_low: number | null;
  ci_high: number | null;
}

/** One dimension. */
export interface SurveyDimensionResult {
  dimension: string;
  /** w_d used in the index (0: not in the index, e.g. 总体评价). */
  weight: number;
  /** Dimension score: unweighted mean of its item scores. */
  score: number | null;
  /** Respondents with a score on this dimension (answered at least one of its items). */
  respondents: number;
  /** 95 % t-interval of the per-respondent dimension scores. */
  ci_low: number | null;
  ci_high: number | null;
  /** Item codes. */
  items: string[];
  /** Pearson r with the overall item (or index); null for overall-only dimensions. */
  importance: number | null;
  quadrant: SurveyQuadrantName | null;
}

/** Cronbach's alpha and alpha-if-item-deleted. */
export interface SurveyReliability {
  alpha: number | null;
  /** Items in the set (non-overall items answered in scope). */
  k: number;
  /** Respondents who answered all k items. */
  n: number;
  alpha_if_deleted: { item_code: string; alpha: number | null }[];
}

/** The analysts' names of the importance–performance quadrants. */
export type SurveyQuadrantName = '优势区' | '维持区' | '改进区' | '机会区';

/** One dimension placed in the importance–performance grid. */
export interface SurveyQuadrant {
  dimension: string;
  importance: number;
  performance: number;
  quadrant: SurveyQuadrantName;
}

/** A frequent word of the comments. */
export interface SurveyKeyword {
  word: string;
  /** Comments containing the word (each comment counts once). */
  count: number;
  /** Two short example comments, personal numbers masked. */
  examples: string[];
}

/** A recurring complaint theme. */
export interface SurveyTheme {
  theme: string;
  keywords: string[];
  /** Comments mentioning any of the keywords. */
  comments: number;
  /** comments / all non-blank comments in scope. */
  share: number | null;
}

/** The Welch comparisons' family and its multiple-comparison note. */
export interface SurveyComparisons {
  method: 'welch_holm';
  alpha: number;
  /** Agencies tested (≥ 2 scored respondents, and a rest of the city with ≥ 2). */
  tests: number;
  /** Agencies with unadjusted p < 0.05. */
  nominal_significant: number;
  /** Agencies flagged after Holm's adjustment. */
  significant: number;
  note: string;
}

/** The survey analysis result. */
export interface SurveyResult extends ResultEnvelope {
  analysis: 'survey';
  overall: SurveyOverall;
  /** The whole city for the year: the reference agencies are tested against. */
  city: SurveyGroupStats;
  dimensions: SurveyDimensionResult[];
  items: SurveyItemResult[];
  by_agency: SurveyAgencyRow[];
  by_division: SurveyDivisionRow[];
  by_respondent_type: SurveyRespondentTypeRow[];
  comparisons: SurveyComparisons;
  reliability: SurveyReliability;
  quadrants: SurveyQuadrant[];
  /** What importance correlates with. */
  importance_basis: 'overall_item' | 'overall_index';
  comments: { total: number };
  keywords: SurveyKeyword[];
  themes: SurveyTheme[];
  /** Settings the numbers depend on. */
  settings: { min_group_size: number; satisfied_includes_basic: boolean; rate_basis: 'label_map' | 'bands'; equal_weights_fallback: boolean };
  /** Years with survey responses (null: undated), to point the user at the right year. */
  years: { year: number | null; responses: number }[];
  /** Caveats in plain Chinese (missing items sheet, fallbacks). */
  notes: string[];
}
