/**
 * Kind detection: every kind maps the header, the mapping is scored, and the best kind wins only
 * when it is clearly ahead. Guessing wrong would load a sheet into the wrong table, so an unclear
 * sheet gets a message listing what was seen and the closest kinds instead of a guess.
 */

import { IMPORT_KINDS, type ImportKind } from '../types.ts';
import { dictionaryOf } from './dictionaries.ts';
import type { ColumnMapping, HeaderColumn } from './header-types.ts';
import { mapColumns, type MapOptions } from './map-columns.ts';
import { DETECTION_HINT, formatField, formatHeaderList } from './messages.ts';

/** How one kind fits a header. */
export interface KindScore {
  kind: ImportKind;
  /** Chinese name of the kind. */
  label: string;
  /** Σ field weight × match quality (required 3, optional 1; exact 1, containment 0.5–0.9) + 1 per item/indicator column. */
  score: number;
  /** True when the kind could import this sheet: all required fields, enough evidence. */
  eligible: boolean;
  requiredFound: number;
  requiredTotal: number;
  missingRequired: string[];
  /** Fields bound to a column. */
  matchedFields: number;
  /** Survey item or annual indicator columns found. */
  extraColumns: number;
  /** Share of the header columns this kind uses (0–1). */
  coverage: number;
  mapping: ColumnMapping;
}

/** The outcome of detection; on failure the message is ready for the user. */
export type DetectResult =
  | { ok: true; kind: ImportKind; mapping: ColumnMapping; scores: KindScore[] }
  | { ok: false; reason: 'unknown' | 'ambiguous'; message: string; scores: KindScore[] };

const REQUIRED_WEIGHT = 3;
const OPTIONAL_WEIGHT = 1;
const EXTRA_WEIGHT = 1;
// A kind with little evidence (one required field such as 名称) must also explain most of the header.
const STRONG_SCORE = 6;
const MIN_WEAK_COVERAGE = 0.5;
// The winner must lead the runner-up by this factor, or the sheet is ambiguous.
const LEAD_RATIO = 1.25;

/** Scores one kind against the header. */
function scoreKind(columns: HeaderColumn[], kind: ImportKind, options: MapOptions): KindScore {
  const dict = dictionaryOf(kind);
  const mapping = mapColumns(columns, kind, options);
  let score = 0;
  for (const spec of dict.fields) {
    const binding = mapping.fields[spec.field];
    if (!binding) continue;
    score += (spec.required ? REQUIRED_WEIGHT : OPTIONAL_WEIGHT) * binding.quality;
  }
  const extraColumns = mapping.itemColumns.length + mapping.indicatorColumns.length;
  score += extraColumns * EXTRA_WEIGHT;
  const matchedFields = Object.keys(mapping.fields).length;
  const requiredTotal = dict.fields.filter((f) => f.required).length;
  const coverage = columns.length === 0 ? 0 : (columns.length - mapping.unmapped.length) / columns.length;
  const eligible = mapping.missingRequired.length === 0
    && extraColumns >= (dict.extra?.min ?? 0)
    && matchedFields + extraColumns >= 2
    && (score >= STRONG_SCORE || coverage >= MIN_WEAK_COVERAGE);
  return {
    kind, label: dict.label, score: round(score), eligible,
    requiredFound: requiredTotal - mapping.missingRequired.length, requiredTotal,
    missingRequired: mapping.missingRequired, matchedFields, extraColumns, coverage: round(coverage), mapping,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Scores every kind against the header, best first. */
export function scoreKinds(columns: HeaderColumn[], options: MapOptions = {}): KindScore[] {
  return IMPORT_KINDS.map((kind) => scoreKind(columns, kind, options))
    .sort((a, b) => b.score - a.score || Number(b.eligible) - Number(a.eligible));
}

// Naming what is missing helps only when the kind is close: a long list is noise.
const MAX_NAMED_MISSING = 3;

/** `行政处罚（4/5 个必填列，缺少 处罚决定日期（decided_on））` — how close a kind came. */
export function describeCandidate(s: KindScore): string {
  const parts: string[] = [];
  if (s.requiredTotal > 0) parts.push(`${s.requiredFound}/${s.requiredTotal} 个必填列`);
  const extra = dictionaryOf(s.kind).extra;
  if (extra) parts.push(`${s.extraColumns} 个${extra.family === 'survey_items' ? '题目列' : '统计指标列'}`);
  if (s.requiredFound > 0 && s.missingRequired.length > 0 && s.missingRequired.length <= MAX_NAMED_MISSING) {
    parts.push(`缺少 ${s.missingRequired.map((f) => formatField(s.kind, f)).join('、')}`);
  }
  return `${s.label}（${parts.join('，')}）`;
}

/**
 * Detects the kind of a sheet from its header columns. The best eligible kind wins when it is the
 * only one or leads the next eligible kind by 25 %; otherwise the result is an error whose Chinese
 * message lists the headers seen and the closest kinds.
 */
export function detectKind(columns: HeaderColumn[], options: MapOptions = {}): DetectResult {
  const scores = scoreKinds(columns, options);
  const eligible = scores.filter((s) => s.eligible);
  const seen = `看到的表头为${formatHeaderList(columns)}`;
  if (eligible.length === 0) {
    const near = scores.filter((s) => s.score > 0).slice(0, 3);
    const closest = near.length > 0 ? `最接近的是 ${near.map(describeCandidate).join('、')}` : '没有任何类型的表头与之相符';
    return { ok: false, reason: 'unknown', message: `无法识别文件类型：${seen}；${closest}。${DETECTION_HINT}`, scores };
  }
  const [best, second] = eligible;
  if (second && best.score < second.score * LEAD_RATIO) {
    const tied = eligible.filter((s) => s.score * LEAD_RATIO > best.score).slice(0, 3);
    const list = tied.map((s) => `${describeCandidate(s)}，得分 ${s.score}`).join('；');
    return { ok: false, reason: 'ambiguous', message: `无法确定文件类型：表头同时符合 ${list}；${seen}。${DETECTION_HINT}`, scores };
  }
  return { ok: true, kind: best.kind, mapping: best.mapping, scores };
}
