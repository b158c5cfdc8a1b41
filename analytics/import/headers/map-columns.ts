/**
 * Field → column mapping for one kind. Every (field, column) pair that matches is a candidate; the
 * best candidates are taken first, each field and each column at most once, so an exact
 * `处罚机关统一社会信用代码` goes to agency_credit_code before `处罚机关` could claim it by containment.
 */

import type { ImportKind } from '../types.ts';
import { dictionaryOf } from './dictionaries.ts';
import { matchField, type FieldMatch } from './field-match.ts';
import { childName } from './header-column.ts';
import type { ColumnMapping, FieldBinding, FieldSpec, HeaderColumn, IndicatorColumn, SurveyItemColumn } from './header-types.ts';
import { matchIndicator } from './match-indicator.ts';
import { headerName } from './normalize-header.ts';
import { findSurveyItemColumns, parseItemHeader, type KnownSurveyItem } from './survey-items.ts';

/** Options for mapping. */
export interface MapOptions {
  /** Items known from an items sheet or the workspace, to recognise survey columns by their text. */
  surveyItems?: KnownSurveyItem[];
  /** Recorded in the mapping; `detected` when omitted. */
  kindSource?: ColumnMapping['kindSource'];
}

interface Candidate {
  field: string;
  order: number;
  required: boolean;
  column: HeaderColumn;
  quality: number;
  match: 'exact' | 'contains';
  /** Place of the matched synonym in the field's list: earlier synonyms are the more specific names. */
  rank: number;
}

/**
 * Better candidates first: quality, then required fields, then the earlier synonym, then the
 * leftmost column, then dictionary order. The synonym rank settles two exact headers for one field:
 * a case-system export with both 案件编号 and 处罚决定书文号 binds the decision number to
 * 处罚决定书文号 wherever the columns stand.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  return b.quality - a.quality
    || Number(b.required) - Number(a.required)
    || a.rank - b.rank
    || a.column.index - b.column.index
    || a.order - b.order;
}

/** Indicator columns of an annual sheet; a second column for the same indicator stays unmapped. */
function indicatorColumnsOf(columns: HeaderColumn[]): IndicatorColumn[] {
  const seen = new Set<string>();
  const out: IndicatorColumn[] = [];
  for (const column of columns) {
    const indicator = matchIndicator(column);
    if (!indicator || seen.has(indicator)) continue;
    seen.add(indicator);
    out.push({ index: column.index, indicator, unit: column.unit });
  }
  return out;
}

// A group label above a child (`当事人信息/当事人名称`) must not hide the child: matching it alone
// costs a little quality, so a full-label match still wins.
const CHILD_ONLY_FACTOR = 0.95;

/** Matches a field against a column's full name, then against its child part alone. */
function matchColumn(spec: FieldSpec, column: HeaderColumn): FieldMatch | null {
  const full = matchField(spec, column.name);
  if (full || column.parts.length < 2) return full;
  const child = matchField(spec, childName(column));
  return child ? { ...child, quality: child.quality * CHILD_ONLY_FACTOR } : null;
}

/** Binds fields to columns greedily by candidate quality (`extra`: candidates found another way). */
function bindFields(kind: ImportKind, columns: HeaderColumn[], taken: Set<number>, extra: Candidate[] = []): Record<string, FieldBinding> {
  const candidates: Candidate[] = [...extra];
  dictionaryOf(kind).fields.forEach((spec, order) => {
    for (const column of columns) {
      if (taken.has(column.index)) continue;
      const m = matchColumn(spec, column);
      if (m) candidates.push({ field: spec.field, order, required: spec.required, column, quality: m.quality, match: m.match, rank: Math.max(0, spec.synonyms.indexOf(m.synonym)) });
    }
  });
  candidates.sort(compareCandidates);
  const fields: Record<string, FieldBinding> = {};
  for (const c of candidates) {
    if (fields[c.field] || taken.has(c.column.index)) continue;
    fields[c.field] = { index: c.column.index, header: c.column.label, unit: c.column.unit, match: c.match, quality: round2(c.quality) };
    taken.add(c.column.index);
  }
  return fields;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Completes a mapping's derived lists (unmapped columns, missing required fields) from its bindings. */
export function finishMapping(mapping: Omit<ColumnMapping, 'unmapped' | 'missingRequired'>): ColumnMapping {
  const used = new Set<number>([
    ...Object.values(mapping.fields).map((b) => b.index),
    ...mapping.itemColumns.map((c) => c.index),
    ...mapping.indicatorColumns.map((c) => c.index),
  ]);
  const unmapped = mapping.columns.filter((c) => !used.has(c.index)).map((c) => ({ index: c.index, header: c.label }));
  const missingRequired = dictionaryOf(mapping.kind).fields
    .filter((f) => f.required && !mapping.fields[f.field])
    .map((f) => f.field);
  return { ...mapping, unmapped, missingRequired };
}

/**
 * Builds the mapping of `columns` for `kind`. Survey item columns and annual indicator columns are
 * claimed before fields: a question such as `Q12 您对执法机关的总体评价` contains a field word
 * (执法机关) but is an item.
 */
export function mapColumns(columns: HeaderColumn[], kind: ImportKind, options: MapOptions = {}): ColumnMapping {
  const taken = new Set<number>();
  let itemColumns: SurveyItemColumn[] = [];
  let indicatorColumns: IndicatorColumn[] = [];
  let questions: Candidate[] = [];
  if (kind === 'survey') {
    questions = profileQuestions(kind, columns);
    const asked = new Set(questions.map((q) => q.column.index));
    // A header that is exactly a field synonym (编号, 意见建议) is that field even if it looks like an item.
    itemColumns = findSurveyItemColumns(columns.filter((c) => !isExactFieldHeader(kind, c) && !asked.has(c.index)), options.surveyItems);
    for (const c of itemColumns) taken.add(c.index);
  }
  if (kind === 'annual_stat') {
    indicatorColumns = indicatorColumnsOf(columns);
    for (const c of indicatorColumns) taken.add(c.index);
  }
  const fields = bindFields(kind, columns, taken, questions);
  return finishMapping({
    kind,
    kindSource: options.kindSource ?? 'detected',
    columns,
    fields,
    itemColumns,
    indicatorColumns,
  });
}

/** True when the column is exactly a synonym of one of the kind's fields. */
function isExactFieldHeader(kind: ImportKind, column: HeaderColumn): boolean {
  return dictionaryOf(kind).fields.some((spec) => matchColumn(spec, column)?.match === 'exact');
}

// What a questionnaire puts around the thing it asks for: `您的…是：`, `请选择您所在的…`, `…（单选题）`.
const ASKING_LEAD = /^(请问|请选择|请填写)?(您|你)?(的|所在的?|所属的?)?/;
const ASKING_TAIL = /(是|为)?(\([^()]*\))?[:?。]*$/;
// A field word at the end of a question must be this long to count (`意见建议`, `执法部门`, not `单位`).
const MIN_TAIL_SYNONYM = 4;
// Below an exact header, above a containment match: the question names the field in so many words.
const QUESTION_QUALITY = 0.9;

/**
 * Numbered questions that ask who answers or whom they rate rather than for a rating — survey
 * platforms (问卷星 and the like) number every question: `1、您的身份是：`, `2、您评价的执法部门：`,
 * `7、您对执法工作有何意见建议？`. Without its asking words the question is a field synonym, or ends
 * with one of 4 or more characters; a rated item (`Q12 您对执法机关的总体评价`) is neither.
 */
function profileQuestions(kind: ImportKind, columns: HeaderColumn[]): Candidate[] {
  const out: Candidate[] = [];
  const specs = dictionaryOf(kind).fields;
  for (const column of columns) {
    const parsed = parseItemHeader(column.parts[column.parts.length - 1] ?? column.label);
    if (!parsed || parsed.text === '') continue;
    const asked = headerName(parsed.text).replace(ASKING_TAIL, '').replace(ASKING_LEAD, '');
    if (asked === '') continue;
    const order = specs.findIndex((spec) => spec.synonyms.some((s) => asked === s || (s.length >= MIN_TAIL_SYNONYM && asked.endsWith(s))));
    if (order < 0) continue;
    const spec = specs[order];
    out.push({ field: spec.field, order, required: spec.required, column, quality: QUESTION_QUALITY, match: 'contains', rank: 0 });
  }
  return out;
}
