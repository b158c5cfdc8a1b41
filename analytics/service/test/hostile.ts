/**
 * The injection sweep's ammunition and bookkeeping: hostile strings, the checks every answer must
 * pass (a clean Chinese refusal, never an SQL error), result normalisation for "same as a value that
 * matches nothing", and a tally of strings × entry points tried.
 */
import { tableFromIPC } from 'apache-arrow';
import { expect } from 'vitest';
import type { WireError } from '../../contract.ts';
import { toWireError } from '../errors.ts';

/** Strings an attacker (or a messy export) may put wherever the API takes text. */
export const HOSTILE: readonly string[] = [
  "'",
  '"',
  "'; DROP TABLE penalty_case; --",
  '") OR 1=1 --',
  "x' OR '1'='1",
  "' UNION SELECT key, value FROM setting --",
  "'||(SELECT string_agg(key, ',') FROM setting)||'",
  '\\',
  "\\'; DELETE FROM agency; --",
  'a\u0000b',
  '\u202e连云区\u202c',
  '连\u200b云\u200d区\ufeff',
  'x'.repeat(999),
  '区'.repeat(5000),
  '%27',
  '%',
  '_',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '<img src=x onerror="window.__pwned=1">',
  "=cmd|' /C calc'!A0",
  '${process.exit(1)}',
  '$1',
  '😀🚨',
];

/** A value that matches nothing: what a hostile value must behave like. */
export const PLAIN = '不存在的名称';

/** Hostile strings the argument checks refuse as text (NUL, longer than 1000 characters). */
export function refusedAsText(h: string): boolean {
  return h.includes('\0') || h.length > 1000;
}

/** What a call came to. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: WireError };

/** Runs a call, catching what it throws (a synchronous throw too) as its wire error. */
export async function outcome(call: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, value: await call() };
  } catch (e) {
    return { ok: false, error: toWireError(e) };
  }
}

const SQL_LEAK = /Parser Error|Binder Error|Catalog Error|Conversion Error|syntax error|DuckDB|SQL|SELECT|\$\d/;
const CJK = /[\u4e00-\u9fff]/;

/**
 * An error must be a clean refusal: one of `codes`, a Chinese message, nothing of the SQL (the
 * message may quote the hostile input `h` back; that part is not held against it).
 */
export function expectRefusal(o: Outcome, label: string, h: string, codes: readonly string[] = ['INVALID_ARGUMENT']): void {
  expect(o.ok, `${label}: 应被拒绝`).toBe(false);
  if (o.ok) return;
  expect(codes, `${label}: ${o.error.code} ${o.error.message}`).toContain(o.error.code);
  expect(o.error.message, label).toMatch(CJK);
  expect(o.error.message.split(h).join('').replaceAll(/「[^」]*」?/g, ''), label).not.toMatch(SQL_LEAK);
}

/**
 * A success — or, for strings too odd to be text (NUL, over-long), possibly a clean refusal. Returns
 * whether there is a value to compare.
 */
export function expectValueAnswer(o: Outcome, h: string, label: string): o is { ok: true; value: unknown } {
  if (!o.ok && refusedAsText(h)) {
    expectRefusal(o, label, h);
    return false;
  }
  if (!o.ok) throw new Error(`${label}: ${o.error.code} ${o.error.message}`);
  return true;
}

/** Rows of Arrow IPC bytes as plain JSON, in a stable order (some analysis tables come unordered). */
function arrowRows(bytes: Uint8Array): unknown[] {
  const json = tableFromIPC(bytes).toArray().map((r) => JSON.stringify(r, (_k, x: unknown) => (typeof x === 'bigint' || typeof x === 'number' ? normalize(x) : x)));
  return json.sort().map((r) => JSON.parse(r) as unknown);
}

/** Comparable form of an answer: Arrow bytes as rows, BigInt as numbers, floats rounded, timings dropped. */
export function normalize(v: unknown): unknown {
  if (v instanceof Uint8Array) return arrowRows(v);
  if (typeof v === 'bigint') return Number(v);
  // Parallel aggregation sums floats in any order: the last digits differ from run to run.
  if (typeof v === 'number') return Number.isInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(10));
  if (Array.isArray(v)) return v.map((x) => normalize(x));
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'elapsedMs').map(([k, x]) => [k, normalize(x)]));
  }
  return v;
}

/**
 * What the answer for `h` must be, given the (normalized) answer for PLAIN: the same, with PLAIN
 * wherever it was echoed back (filter, finding sentences) read as `h`.
 */
export function expectedFor(base: unknown, h: string): unknown {
  if (typeof base === 'string') return base.split(PLAIN).join(h);
  if (Array.isArray(base)) return base.map((x) => expectedFor(x, h));
  if (base && typeof base === 'object') return Object.fromEntries(Object.entries(base).map(([k, x]) => [k, expectedFor(x, h)]));
  return base;
}

/** A file-name-safe form of a hostile string (no separators, NUL or over-long names). */
export function fileSafe(h: string): string {
  return h.replaceAll(/[/\0]/g, '_').slice(0, 60);
}

/** Counts hostile strings × entry points actually tried. */
export class Tally {
  private readonly entries = new Set<string>();
  private readonly strings = new Set<string>();
  calls = 0;

  /** Records one call of `entry` with `h`. */
  tried(entry: string, h: string): void {
    this.entries.add(entry);
    this.strings.add(h);
    this.calls++;
  }

  /** `24 hostile strings × 57 entry points = 1368 calls`. */
  summary(what: string): string {
    return `[hostile] ${what}: ${this.strings.size} hostile strings × ${this.entries.size} entry points = ${this.calls} calls`;
  }
}
