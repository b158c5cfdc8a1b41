/**
 * Safe access to analysis result JSON (`Record<string, unknown>`): analyses are still landing and
 * may omit keys, so pages read through these and get empty arrays / nulls instead of crashing.
 */

export type Row = Record<string, unknown>;

/** An array of row objects at `key`, else []. */
export function rowsOf(obj: unknown, key: string): Row[] {
  const v = (obj as Row | null | undefined)?.[key];
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Row[]) : [];
}

/** The object at `key`, else null. */
export function objOf(obj: unknown, key: string): Row | null {
  const v = (obj as Row | null | undefined)?.[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : null;
}

/** The number at `key`, else null. */
export function numOf(obj: unknown, key: string): number | null {
  const v = (obj as Row | null | undefined)?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The string array at `key`, else []. */
export function stringsOf(obj: unknown, key: string): string[] {
  const v = (obj as Row | null | undefined)?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
