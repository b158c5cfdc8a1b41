/**
 * Checks of what the renderer sends. Both hosts pass untrusted JSON (IPC from a page, HTTP from a
 * browser), so every argument is checked for shape here before it reaches the engine; values are
 * then bound as SQL parameters, never spliced.
 */
import type { AnalysisName, FilterSpec, ImportKind } from '../contract.ts';
import { IMPORT_KINDS } from '../import/types.ts';
import { FILTER_PART_LABELS } from '../analyses/filter.ts';
import { isAbsolute } from 'node:path';
import { invalid, WorkstationError } from './errors.ts';
import { M } from './messages.ts';

const MAX_TEXT = 1000;

/** A plain object, or an error naming `what`. */
export function asObject(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`${what} 应为对象`);
  return v as Record<string, unknown>;
}

/** A non-empty string of sane length. */
export function asText(v: unknown, what: string, max = MAX_TEXT): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max || v.includes('\0')) throw invalid(`${what} 应为文本`);
  return v;
}

/** An optional string: '' and null become null. */
export function asOptionalText(v: unknown, what: string): string | null {
  if (v === undefined || v === null || v === '') return null;
  return asText(v, what);
}

/** An integer within bounds. */
export function asInt(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw invalid(`${what} 应为 ${min}–${max} 之间的整数`);
  return v;
}

/** The global filter. */
export function asFilter(v: unknown): FilterSpec {
  const o = asObject(v, '筛选条件');
  return {
    year: asInt(o.year, FILTER_PART_LABELS.year, 2000, 2100),
    division: asOptionalText(o.division, FILTER_PART_LABELS.division),
    agency: asOptionalText(o.agency, FILTER_PART_LABELS.agency),
    sector: asOptionalText(o.sector, FILTER_PART_LABELS.sector),
  };
}

/** The analyses (DESIGN §4), in page order. */
export const ANALYSIS_NAMES = ['penalties', 'hotspots', 'deviation', 'quality', 'reconcile', 'survey'] as const satisfies readonly AnalysisName[];

/** An analysis name. */
export function asAnalysisName(v: unknown): AnalysisName {
  if (typeof v !== 'string' || !(ANALYSIS_NAMES as readonly string[]).includes(v)) throw invalid(`分析名称 ${String(v)}`);
  return v as AnalysisName;
}

/** An import kind, or undefined. */
export function asOptionalKind(v: unknown): ImportKind | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(IMPORT_KINDS as readonly string[]).includes(v)) throw invalid(`数据类型 ${String(v)}`);
  return v as ImportKind;
}

/** Bytes of an upload (IPC delivers Uint8Array; Node Buffers are Uint8Arrays too). */
export function asBytes(v: unknown, what: string): Uint8Array {
  if (!(v instanceof Uint8Array)) throw invalid(`${what} 应为文件内容`);
  return v;
}

/** A list of at most `max` items checked by `item`. */
export function asList<T>(v: unknown, what: string, item: (x: unknown) => T, max = 1000): T[] {
  if (!Array.isArray(v) || v.length > max) throw invalid(`${what} 应为列表`);
  return v.map(item);
}

/** An optional boolean flag (absent means false). */
export function asFlag(v: unknown, what: string): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw invalid(`${what} 应为是或否`);
  return v;
}

/** An absolute file path (a relative one would depend on the host's working folder). */
export function asAbsolutePath(v: unknown, what: string): string {
  const path = asText(v, what, 4096);
  if (!isAbsolute(path)) throw new WorkstationError('INVALID_ARGUMENT', M.absolutePath(what));
  return path;
}
