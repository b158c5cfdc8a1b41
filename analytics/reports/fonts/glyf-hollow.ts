/**
 * TrueType counterpart of cff-hollow: `glyf` keeps only the glyphs in `keep` (and the components
 * of kept composite glyphs), `loca` is rewritten in the long format, and `head` says so. Glyph ids
 * stay the same.
 */

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Offsets of each glyph in `glyf` from `loca`. */
function locations(loca: Uint8Array, long: boolean, glyphs: number): number[] {
  const v = view(loca);
  return Array.from({ length: glyphs + 1 }, (_, i) => (long ? v.getUint32(4 * i) : 2 * v.getUint16(2 * i)));
}

/** Component glyph ids of a composite glyph. */
function components(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const v = view(glyph);
  if (v.getInt16(0) >= 0) return [];
  const out: number[] = [];
  let p = 10;
  for (;;) {
    const flags = v.getUint16(p);
    out.push(v.getUint16(p + 2));
    p += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20) || p + 4 > glyph.length) return out;
  }
}

/** New glyf, loca and head tables. */
export function hollowGlyf(tables: Map<string, Uint8Array>, keep: ReadonlySet<number>): Map<string, Uint8Array> {
  const head = tables.get('head')!;
  const glyf = tables.get('glyf')!;
  const glyphs = view(tables.get('maxp')!).getUint16(4);
  const loc = locations(tables.get('loca')!, view(head).getInt16(50) === 1, glyphs);
  const kept = new Set<number>();
  const visit = (g: number) => {
    if (g >= glyphs || kept.has(g)) return;
    kept.add(g);
    components(glyf.subarray(loc[g], loc[g + 1])).forEach(visit);
  };
  keep.forEach(visit);
  const size = [...kept].reduce((s, g) => s + ((loc[g + 1] - loc[g] + 3) & ~3), 0);
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array(4 * (glyphs + 1));
  const lv = view(newLoca);
  let at = 0;
  for (let g = 0; g < glyphs; g++) {
    lv.setUint32(4 * g, at);
    if (!kept.has(g)) continue;
    newGlyf.set(glyf.subarray(loc[g], loc[g + 1]), at);
    at += (loc[g + 1] - loc[g] + 3) & ~3;
  }
  lv.setUint32(4 * glyphs, at);
  const newHead = new Uint8Array(head);
  view(newHead).setInt16(50, 1);
  return new Map([...tables, ['glyf', newGlyf], ['loca', newLoca], ['head', newHead]]);
}
