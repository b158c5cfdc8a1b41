/**
 * Character → glyph lookup from a face's `cmap` (formats 4 and 12, the Unicode subtables every CJK
 * font has). Only lookups of given characters are needed, so no full map is built.
 */

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

function subtable(cmap: Uint8Array): { offset: number; format: number } | null {
  const v = view(cmap);
  const n = v.getUint16(2);
  let best: { offset: number; format: number; rank: number } | null = null;
  for (let i = 0; i < n; i++) {
    const platform = v.getUint16(4 + 8 * i);
    const encoding = v.getUint16(6 + 8 * i);
    const offset = v.getUint32(8 + 8 * i);
    const format = v.getUint16(offset);
    // Prefer the full-repertoire table (format 12) over the BMP one (format 4).
    const rank = format === 12 ? 2 : format === 4 && (platform === 3 || platform === 0) && encoding !== 0 ? 1 : format === 4 ? 0.5 : -1;
    if (rank > 0 && (!best || rank > best.rank)) best = { offset, format, rank };
  }
  return best;
}

function format12(v: DataView, at: number, code: number): number {
  const groups = v.getUint32(at + 12);
  let lo = 0;
  let hi = groups - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const g = at + 16 + 12 * mid;
    const start = v.getUint32(g);
    const end = v.getUint32(g + 4);
    if (code < start) hi = mid - 1;
    else if (code > end) lo = mid + 1;
    else return v.getUint32(g + 8) + (code - start);
  }
  return 0;
}

function format4(v: DataView, at: number, code: number): number {
  if (code > 0xffff) return 0;
  const segX2 = v.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    if (code > v.getUint16(ends + s)) continue;
    const start = v.getUint16(starts + s);
    if (code < start) return 0;
    const delta = v.getInt16(deltas + s);
    const range = v.getUint16(ranges + s);
    if (range === 0) return (code + delta) & 0xffff;
    const glyph = v.getUint16(ranges + s + range + 2 * (code - start));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/** Glyph ids of the characters of `text` (0 for characters the font lacks). */
export function glyphIds(cmap: Uint8Array, chars: Iterable<string>): Set<number> {
  const table = subtable(cmap);
  const out = new Set<number>([0]);
  if (!table) return out;
  const v = view(cmap);
  for (const ch of chars) {
    const code = ch.codePointAt(0)!;
    out.add(table.format === 12 ? format12(v, table.offset, code) : format4(v, table.offset, code));
  }
  return out;
}
