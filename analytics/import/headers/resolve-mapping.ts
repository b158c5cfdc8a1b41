/**
 * The one call the loader makes per sheet: choose the kind (forced by `--kind`, named by the
 * mapping file, or detected), map the columns, apply the user's override, and refuse a mapping
 * that lacks what the kind needs — with a message naming the missing fields and the headers seen.
 */

import type { ImportKind } from '../types.ts';
import { detectKind, type KindScore } from './detect-kind.ts';
import { dictionaryOf } from './dictionaries.ts';
import type { ColumnMapping, HeaderColumn, HeaderResult } from './header-types.ts';
import { applyMappingOverride, type MappingOverride } from './mapping-override.ts';
import { mapColumns, type MapOptions } from './map-columns.ts';
import { formatField, formatHeaderList, kindLabel } from './messages.ts';

/** Options of `resolveMapping`. */
export interface ResolveOptions extends Pick<MapOptions, 'surveyItems'> {
  /** `--kind` given by the user: detection is skipped. */
  kind?: ImportKind;
  /** The parsed `--mapping` file. */
  override?: MappingOverride;
}

/** A usable mapping, with the detection scores when the kind was detected ([] otherwise). */
export interface ResolvedMapping {
  kind: ImportKind;
  mapping: ColumnMapping;
  scores: KindScore[];
}

/**
 * Why a mapping cannot import, or null when it can: required fields without a column, or (survey,
 * annual statistics) no item / indicator column at all.
 */
export function mappingProblem(mapping: ColumnMapping): string | null {
  const label = kindLabel(mapping.kind);
  const seen = `看到的表头为${formatHeaderList(mapping.columns)}`;
  if (mapping.missingRequired.length > 0) {
    const missing = mapping.missingRequired.map((f) => formatField(mapping.kind, f)).join('、');
    return `按「${label}」导入缺少必填列：${missing}；${seen}。可在表头映射中指定这些字段对应的列（命令行 --mapping）。`;
  }
  const extra = dictionaryOf(mapping.kind).extra;
  const extraCount = mapping.itemColumns.length + mapping.indicatorColumns.length;
  // Detection asks for two such columns as evidence; a forced import needs only one to have data.
  if (extra && extraCount === 0) return `按「${label}」导入缺少${extra.label}；${seen}。`;
  return null;
}

/** Chooses the kind, maps, applies the override and checks the result. */
export function resolveMapping(columns: HeaderColumn[], options: ResolveOptions = {}): HeaderResult<ResolvedMapping> {
  const { kind: forced, override } = options;
  if (forced && override?.kind && forced !== override.kind) {
    return { ok: false, code: 'MAPPING', message: `命令行指定的类型「${kindLabel(forced)}」与映射文件中的类型「${kindLabel(override.kind)}」不一致。` };
  }
  let mapping: ColumnMapping;
  let scores: KindScore[] = [];
  const chosen = forced ?? override?.kind;
  if (chosen) {
    mapping = mapColumns(columns, chosen, { surveyItems: options.surveyItems, kindSource: forced ? 'forced' : 'override' });
  } else {
    const detected = detectKind(columns, { surveyItems: options.surveyItems });
    if (!detected.ok) return { ok: false, message: detected.message };
    mapping = detected.mapping;
    scores = detected.scores;
  }
  if (override) {
    const applied = applyMappingOverride(mapping, override, { surveyItems: options.surveyItems });
    // A mapping file that does not fit the sheet is the file's fault, not the export's.
    if (!applied.ok) return { ...applied, code: 'MAPPING' };
    mapping = applied.value;
  }
  const problem = mappingProblem(mapping);
  if (problem) return { ok: false, message: problem };
  return { ok: true, value: { kind: mapping.kind, mapping, scores } };
}
