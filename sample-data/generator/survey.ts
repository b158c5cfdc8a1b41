/**
 * Satisfaction survey answers. Each respondent has a general satisfaction level drawn by stratified
 * quantiles per agency (so every agency's mean is what it was set to, not what noise made it), and
 * answers each item around that level — items correlate as real answers do. One agency is set
 * clearly lower; the others sit near the city so none looks significantly below by chance.
 */

import { PLANTED_AGENCIES, type Agency } from './agencies.ts';
import { allocate } from './alloc.ts';
import { pickDay } from './calendar.ts';
import type { Rng } from './rng.ts';
import { normalQuantile } from './stats.ts';
import { LABELS, NEGATIVE_THEMES, POSITIVE_THEMES, SURVEY_ITEMS } from './survey-items.ts';

/** One questionnaire. */
export interface SurveyResponse {
  id: string;
  type: '公众' | '企业' | '律师' | '行政相对人';
  agency: Agency;
  date: string;
  /** Label per item code, '' for blank. */
  answers: Record<string, string>;
  comment: string;
}

const CITY_LEVEL = 76;
const BELOW_LEVEL = 63;
const SPREAD = 13;

function label(x: number): string {
  return x >= 88 ? LABELS[0] : x >= 72 ? LABELS[1] : x >= 55 ? LABELS[2] : x >= 35 ? LABELS[3] : LABELS[4];
}

function comment(rng: Rng, level: number): string {
  if (!rng.chance(level < 65 ? 0.55 : 0.3)) return '';
  const negative = level < 72 ? rng.chance(0.85) : rng.chance(0.25);
  const themes = negative ? NEGATIVE_THEMES : POSITIVE_THEMES;
  const first = rng.weighted(themes, themes.map((t) => t.weight));
  let text = rng.pick(first.texts);
  if (rng.chance(0.12)) {
    const second = rng.weighted(themes, themes.map((t) => t.weight));
    if (second !== first) text += rng.pick(second.texts);
  }
  return text;
}

/** `n` questionnaires (about 2 000), the planted agency getting 80 of them. */
export function generateSurvey(rng0: Rng, agencies: Agency[], year: number, n: number): SurveyResponse[] {
  const rng = rng0.fork('survey');
  const belowCount = 80;
  const others = agencies.filter((a) => a.name !== PLANTED_AGENCIES.survey);
  const counts = allocate(n - belowCount, others.map((a) => Math.sqrt(a.weight) + 0.6));
  const out: SurveyResponse[] = [];
  for (const a of agencies) {
    const below = a.name === PLANTED_AGENCIES.survey;
    const k = below ? belowCount : counts[others.indexOf(a)];
    const centre = below ? BELOW_LEVEL : CITY_LEVEL + rng.uniform(-0.8, 2.0);
    const levels = rng.shuffle(Array.from({ length: k }, (_, q) => centre + SPREAD * normalQuantile((q + 0.5) / k)));
    for (const level of levels) {
      const answers: Record<string, string> = {};
      for (const item of SURVEY_ITEMS) {
        const overall = item.weight === 0;
        if (rng.chance(overall ? 0.01 : 0.03)) answers[item.code] = '';
        else answers[item.code] = label(level + item.shift + (overall ? 6 : 9) * rng.normal());
      }
      out.push({
        id: '', type: rng.weighted(['公众', '企业', '律师', '行政相对人'] as const, [0.35, 0.3, 0.05, 0.3]), agency: a,
        date: pickDay(rng, year, rng.pick([10, 11]), 0.3), answers, comment: comment(rng, level),
      });
    }
  }
  out.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
  out.forEach((r, i) => { r.id = `MY${year}${String(i + 1).padStart(5, '0')}`; });
  return out;
}
