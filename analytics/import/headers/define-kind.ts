/**
 * A compact way to write a kind's header dictionary. Synonyms are written as they appear in real
 * exports and normalised once here, so dictionary files read like the documents they come from.
 */

import type { ImportKind } from '../types.ts';
import type { ExtraColumns, FieldSpec, KindDictionary } from './header-types.ts';
import { headerName } from './normalize-header.ts';

/** A field as written in a dictionary file. */
export interface FieldDraft {
  /** Canonical field name. */
  field: string;
  /** Header synonyms as seen in exports; the first one is the Chinese label used in messages. */
  synonyms: string[];
  required?: boolean;
  /** Words that forbid a containment match (e.g. 代码 for an agency name field). */
  notContaining?: string[];
}

/** Builds a field spec, normalising the synonyms the way headers are normalised. */
function toSpec(draft: FieldDraft): FieldSpec {
  const synonyms = [...new Set(draft.synonyms.map(headerName).filter((s) => s !== ''))];
  return {
    field: draft.field,
    label: draft.synonyms[0] ?? draft.field,
    required: draft.required ?? false,
    synonyms,
    notContaining: (draft.notContaining ?? []).map(headerName),
  };
}

/** Builds a kind's dictionary from field drafts. */
export function defineKind(
  kind: ImportKind,
  label: string,
  fields: FieldDraft[],
  extra: { family: ExtraColumns; label: string; min: number } | null = null,
): KindDictionary {
  return { kind, label, fields: fields.map(toSpec), extra };
}
