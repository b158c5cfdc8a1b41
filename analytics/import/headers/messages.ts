/**
 * Chinese user-facing messages of the header layer. Every message names what the user sees (the
 * headers as written in the file) so the problem can be fixed without opening a debugger.
 */

import type { ImportKind } from '../types.ts';
import { dictionaryOf } from './dictionaries.ts';
import type { HeaderColumn } from './header-types.ts';

const MAX_LISTED_HEADERS = 30;

/** `「序号、名称、金额」`; long header lists are cut with a count of the rest. */
export function formatHeaderList(columns: Pick<HeaderColumn, 'label'>[]): string {
  const labels = columns.map((c) => c.label);
  if (labels.length === 0) return '「（无）」';
  const shown = labels.slice(0, MAX_LISTED_HEADERS).join('、');
  const rest = labels.length - MAX_LISTED_HEADERS;
  return rest > 0 ? `「${shown}…」（共 ${labels.length} 列）` : `「${shown}」`;
}

/** `处罚决定书文号（decision_no）` for a field of a kind. */
export function formatField(kind: ImportKind, field: string): string {
  const spec = dictionaryOf(kind).fields.find((f) => f.field === field);
  return spec ? `${spec.label}（${field}）` : field;
}

/** The Chinese name of a kind, e.g. 行政处罚. */
export function kindLabel(kind: ImportKind): string {
  return dictionaryOf(kind).label;
}

/** Hint appended to detection failures: how the user can tell us what the file is. */
export const DETECTION_HINT = '可手动指定类型（导入页的“识别类型”，命令行 --kind），或在表头映射中指定各列（命令行 --mapping）。';
