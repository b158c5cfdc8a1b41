/**
 * The registry of header dictionaries, one per import kind, and a kind-independent "is this a
 * known header word" score that the table finder uses to tell the header row from title and data rows.
 */

import type { ImportKind } from '../types.ts';
import { AGENCY_DICTIONARY } from './agency.ts';
import { ANNUAL_STAT_DICTIONARY } from './annual-stat.ts';
import { BENCHMARK_DICTIONARY } from './benchmark.ts';
import { DIVISION_DICTIONARY } from './division.ts';
import { matchField } from './field-match.ts';
import type { KindDictionary } from './header-types.ts';
import { INSPECTION_DICTIONARY } from './inspection.ts';
import { isIndicatorWord } from './match-indicator.ts';
import { headerName } from './normalize-header.ts';
import { PENALTY_DICTIONARY } from './penalty.ts';
import { REVIEW_DICTIONARY } from './review.ts';
import { SURVEY_ITEM_DICTIONARY } from './survey-item.ts';
import { parseItemHeader } from './survey-items.ts';
import { SURVEY_DICTIONARY } from './survey.ts';
import { TICKET_DICTIONARY } from './ticket.ts';

/** Every kind's dictionary, keyed by kind. */
export const DICTIONARIES: Readonly<Record<ImportKind, KindDictionary>> = {
  penalty: PENALTY_DICTIONARY,
  benchmark: BENCHMARK_DICTIONARY,
  ticket: TICKET_DICTIONARY,
  inspection: INSPECTION_DICTIONARY,
  review: REVIEW_DICTIONARY,
  survey: SURVEY_DICTIONARY,
  survey_item: SURVEY_ITEM_DICTIONARY,
  annual_stat: ANNUAL_STAT_DICTIONARY,
  division: DIVISION_DICTIONARY,
  agency: AGENCY_DICTIONARY,
};

/** The dictionary of one kind. */
export function dictionaryOf(kind: ImportKind): KindDictionary {
  return DICTIONARIES[kind];
}

/** The canonical field names of a kind, in dictionary order. */
export function fieldNames(kind: ImportKind): string[] {
  return DICTIONARIES[kind].fields.map((f) => f.field);
}

const ALL_FIELDS = Object.values(DICTIONARIES).flatMap((d) => d.fields);

/**
 * How much a label looks like a known header in any kind: 1 for an exact synonym, an item code or
 * an annual-form word, the containment quality (0.5–0.9) for a partial match, 0 otherwise.
 */
export function knownHeaderScore(label: string): number {
  const name = headerName(label);
  if (name === '') return 0;
  if (parseItemHeader(label) || isIndicatorWord(label)) return 1;
  let best = 0;
  for (const spec of ALL_FIELDS) {
    const m = matchField(spec, name);
    if (m && m.quality > best) best = m.quality;
    if (best === 1) break;
  }
  return best;
}
