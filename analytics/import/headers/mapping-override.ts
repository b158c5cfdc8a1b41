/**
 * User mapping overrides (`--mapping FILE.json`):
 * `{ "kind"?: "penalty", "columns": { "<field>": "<header label as seen>" | null } }`.
 * An override binds a field to a column whatever the dictionaries say; null unbinds a field the
 * dictionaries got wrong. Reading the file is the caller's job; this module is pure.
 */

import { IMPORT_KINDS, type ImportKind } from '../types.ts';
import { annualIndicator } from './annual-indicators.ts';
import { dictionaryOf, fieldNames } from './dictionaries.ts';
import { headerName } from './normalize-header.ts';
import type { ColumnMapping, FieldBinding, HeaderColumn, HeaderResult } from './header-types.ts';
import { finishMapping, mapColumns, type MapOptions } from './map-columns.ts';
import { formatHeaderList, kindLabel } from './messages.ts';

/** A parsed mapping override file. */
export interface MappingOverride {
  kind?: ImportKind;
  /** Field name (or, for annual_stat, an indicator code) → header label as seen; null unbinds. */
  columns: Record<string, string | null>;
}

const isKind = (k: unknown): k is ImportKind => typeof k === 'string' && (IMPORT_KINDS as readonly string[]).includes(k);

/** Validates the JSON of a mapping file; the message explains what is wrong in Chinese. */
export function parseMappingOverride(json: unknown): HeaderResult<MappingOverride> {
  const bad = (why: string): HeaderResult<MappingOverride> => ({ ok: false, message: `映射文件格式不对：${why}` });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('应为 { "kind": "…", "columns": { "字段": "表头" } }');
  const obj = json as Record<string, unknown>;
  const extra = Object.keys(obj).filter((k) => k !== 'kind' && k !== 'columns');
  if (extra.length > 0) return bad(`不认识的键「${extra.join('、')}」（只允许 kind 和 columns）`);
  if (obj.kind !== undefined && !isKind(obj.kind)) return bad(`kind「${String(obj.kind)}」不是可用类型（${IMPORT_KINDS.join(' / ')}）`);
  const columns = obj.columns;
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) return bad('columns 应为 { "字段": "表头" } 形式的对象');
  for (const [field, header] of Object.entries(columns)) {
    if (header !== null && typeof header !== 'string') return bad(`字段「${field}」的值应为表头文字或 null`);
  }
  return { ok: true, value: { kind: obj.kind as ImportKind | undefined, columns: columns as Record<string, string | null> } };
}

/** The column a user-written header label denotes: the label as seen, else the same normalised name. */
function findColumn(columns: HeaderColumn[], header: string): HeaderColumn | undefined {
  const wanted = header.trim();
  return columns.find((c) => c.label === wanted)
    ?? columns.find((c) => c.name === headerName(wanted));
}

/** Removes whatever the dictionaries bound to `index` (an override takes the column). */
function release(mapping: ColumnMapping, index: number): void {
  for (const [field, b] of Object.entries(mapping.fields)) {
    if (b.index === index && b.match !== 'override') delete mapping.fields[field];
  }
  mapping.itemColumns = mapping.itemColumns.filter((c) => c.index !== index);
  mapping.indicatorColumns = mapping.indicatorColumns.filter((c) => c.index !== index);
}

/**
 * Applies a user override to a mapping. When the override names another kind, the mapping is
 * rebuilt for it from the stored columns first. Unknown fields and headers are errors, not ignored:
 * a typo in a mapping file must not silently import the wrong column.
 */
export function applyMappingOverride(
  mapping: ColumnMapping,
  override: MappingOverride,
  options: MapOptions = {},
): HeaderResult<ColumnMapping> {
  const kind = override.kind ?? mapping.kind;
  const base = kind !== mapping.kind ? mapColumns(mapping.columns, kind, { ...options, kindSource: 'override' }) : mapping;
  const out: ColumnMapping = structuredClone(base);
  const known = fieldNames(kind);
  for (const [field, header] of Object.entries(override.columns)) {
    const isIndicator = kind === 'annual_stat' && annualIndicator(field) !== undefined;
    if (!known.includes(field) && !isIndicator) {
      const extra = kind === 'annual_stat' ? '，或统计指标代码（penalty_total …）' : '';
      return { ok: false, message: `映射文件中的字段「${field}」不是「${kindLabel(kind)}」的字段；可用字段：${known.join('、')}${extra}` };
    }
    if (header === null || header.trim() === '') {
      if (isIndicator) out.indicatorColumns = out.indicatorColumns.filter((c) => c.indicator !== field);
      else delete out.fields[field];
      continue;
    }
    const column = findColumn(out.columns, header);
    if (!column) {
      return { ok: false, message: `映射文件中字段「${field}」对应的表头「${header}」在文件中不存在；文件表头为${formatHeaderList(out.columns)}` };
    }
    release(out, column.index);
    if (isIndicator) {
      out.indicatorColumns = out.indicatorColumns.filter((c) => c.indicator !== field);
      out.indicatorColumns.push({ index: column.index, indicator: field, unit: column.unit });
      out.indicatorColumns.sort((a, b) => a.index - b.index);
    } else {
      const binding: FieldBinding = { index: column.index, header: column.label, unit: column.unit, match: 'override', quality: 1 };
      out.fields[field] = binding;
    }
  }
  if (override.kind !== undefined && override.kind !== mapping.kind) out.kindSource = 'override';
  return { ok: true, value: finishMapping(out) };
}

/** The Chinese labels of a kind's fields, for help texts: `decision_no：行政处罚决定书文号`. */
export function describeFields(kind: ImportKind): string[] {
  return dictionaryOf(kind).fields.map((f) => `${f.field}：${f.label}${f.required ? '（必填）' : ''}`);
}
