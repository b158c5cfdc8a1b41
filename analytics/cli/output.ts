/**
 * Human and JSON output for CLI commands. JSON goes to stdout as one document; human output is a
 * plain aligned table that handles CJK double-width characters.
 */
import type { JsonRow, JsonValue } from '../sql/json-rows.ts';

/** Where a command writes; tests pass a recorder. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars). */
  isTTY: boolean;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function cellText(v: JsonValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Rows as an aligned text table (header, separator, rows), `(0 行)` when empty. */
export function formatTable(rows: JsonRow[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  if (!rows.length) return cols.join('  ') + '\n(0 行)';
  const cells = rows.map((r) => cols.map((c) => cellText(r[c] ?? null)));
  const widths = cols.map((c, i) => Math.min(60, Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i])))));
  const pad = (s: string, w: number) => {
    const t = displayWidth(s) > w ? [...s].slice(0, w - 1).join('') + '…' : s;
    return t + ' '.repeat(Math.max(0, w - displayWidth(t)));
  };
  const lines = [cols.map((c, i) => pad(c, widths[i])).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells) lines.push(r.map((s, i) => pad(s, widths[i])).join('  '));
  lines.push(`(${rows.length} 行)`);
  return lines.join('\n');
}
