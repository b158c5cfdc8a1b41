/** Survey index (DOMAIN §6) and the planted below-city agency, from the generated answers. */

import { PLANTED_AGENCIES } from './agencies.ts';
import type { SurveyResponse } from './survey.ts';
import { LABEL_SCORE, NEGATIVE_THEMES, POSITIVE_THEMES, SURVEY_ITEMS } from './survey-items.ts';
import { mean, round, welch } from './stats.ts';
import type { Truth } from './truth-types.ts';

const DIMENSIONS = [...new Set(SURVEY_ITEMS.map((q) => q.dimension))];
const dimWeight = (d: string): number => mean(SURVEY_ITEMS.filter((q) => q.dimension === d).map((q) => q.weight));

/** Index of a set of responses: item means → dimension means → weighted by mean item weight. */
export function surveyIndex(rs: readonly SurveyResponse[]): number {
  let num = 0;
  let den = 0;
  for (const d of DIMENSIONS) {
    const w = dimWeight(d);
    if (w === 0) continue;
    const items = SURVEY_ITEMS.filter((q) => q.dimension === d).map((q) => {
      const xs = rs.map((r) => r.answers[q.code]).filter((l) => l !== '').map((l) => LABEL_SCORE[l]);
      return xs.length > 0 ? mean(xs) : NaN;
    }).filter((x) => !Number.isNaN(x));
    // A respondent who left a whole dimension blank is scored on the dimensions answered.
    if (items.length === 0) continue;
    num += w * mean(items);
    den += w;
  }
  return num / den;
}

/** The survey part of truth.json and the planted agency. */
export function surveyTruth(rs: readonly SurveyResponse[]): { survey: Truth['survey']; below: Truth['planted']['survey_below_agency'] } {
  const own = rs.filter((r) => r.agency.name === PLANTED_AGENCIES.survey);
  const rest = rs.filter((r) => r.agency.name !== PLANTED_AGENCIES.survey);
  const per = (r: SurveyResponse): number => surveyIndex([r]);
  const w = welch(own.map(per), rest.map(per));
  const keywords: Record<string, number> = {};
  for (const t of [...NEGATIVE_THEMES, ...POSITIVE_THEMES]) keywords[t.keyword] = rs.filter((r) => r.comment.includes(t.keyword)).length;
  const cityIndex = surveyIndex(rs);
  return {
    survey: { responses: rs.length, items: SURVEY_ITEMS.length, city_index: round(cityIndex, 2), comment_keywords: keywords },
    below: { agency: PLANTED_AGENCIES.survey, responses: own.length, index: round(surveyIndex(own), 2), city_index: round(cityIndex, 2), t: round(w.t, 3), p_value: Number(w.p.toPrecision(3)) },
  };
}
