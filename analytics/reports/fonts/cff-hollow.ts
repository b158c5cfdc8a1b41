/**
 * A CFF table with every glyph outside `keep` emptied (its charstring becomes a lone `endchar`).
 * Glyph ids stay the same, so cmap, hmtx and the rest of the font remain valid, while the table
 * shrinks from ~15 MB to ~1.5 MB for a CJK font. Handles CID-keyed fonts (FDArray / FDSelect) and
 * plain ones (one Private DICT); subroutines are kept whole.
 */
import { concat, readDict, readIndex, writeDict, writeIndex, type DictEntry } from './cff-index.ts';

const OP = { charset: 15, encoding: 16, charStrings: 17, private: 18, subrs: 19, fdArray: 1236, fdSelect: 1237 } as const;
const ENDCHAR = new Uint8Array([14]);

const get = (d: DictEntry[], op: number) => d.find((e) => e.op === op)?.values;

function charsetLength(cff: Uint8Array, at: number, glyphs: number): number {
  const format = cff[at];
  if (format === 0) return 1 + 2 * (glyphs - 1);
  let covered = 1;
  let p = at + 1;
  while (covered < glyphs) {
    const left = format === 1 ? cff[p + 2] : (cff[p + 2] << 8) | cff[p + 3];
    p += format === 1 ? 3 : 4;
    covered += left + 1;
  }
  return p - at;
}

function fdSelectLength(cff: Uint8Array, at: number, glyphs: number): number {
  if (cff[at] === 0) return 1 + glyphs;
  const ranges = (cff[at + 1] << 8) | cff[at + 2];
  return 3 + 3 * ranges + 2;
}

function encodingLength(cff: Uint8Array, at: number): number {
  const format = cff[at] & 0x7f;
  let len = format === 0 ? 2 + cff[at + 1] : 2 + 2 * cff[at + 1];
  if (cff[at] & 0x80) len += 1 + 3 * cff[at + len];
  return len;
}

/** A Private DICT (Subrs offset pointing just past it) and its local Subrs. */
interface PrivateBlock {
  dict: Uint8Array;
  subrs: Uint8Array | null;
}

function privateBlock(cff: Uint8Array, [size, offset]: number[]): PrivateBlock {
  const dict = readDict(cff.subarray(offset, offset + size));
  const subrs = get(dict, OP.subrs);
  if (!subrs) return { dict: writeDict(dict), subrs: null };
  const local = cff.subarray(offset + subrs[0], readIndex(cff, offset + subrs[0]).end);
  const length = writeDict(dict, new Map([[OP.subrs, [0]]])).length;
  return { dict: writeDict(dict, new Map([[OP.subrs, [length]]])), subrs: local };
}

const slice = (b: Uint8Array | null, at: number, len: number) => (b ? b.subarray(at, at + len) : null);

/** The hollowed CFF table. */
export function hollowCff(cff: Uint8Array, keep: ReadonlySet<number>): Uint8Array {
  const header = cff.subarray(0, cff[2]);
  const names = readIndex(cff, cff[2]);
  const tops = readIndex(cff, names.end);
  const gsubrs = readIndex(cff, readIndex(cff, tops.end).end);
  const top = readDict(tops.items[0]);
  const charStrings = readIndex(cff, get(top, OP.charStrings)![0]);
  const glyphs = charStrings.items.length;
  const newCharStrings = writeIndex(charStrings.items.map((c, g) => (keep.has(g) ? c : ENDCHAR)));

  const charsetAt = get(top, OP.charset)?.[0] ?? 0;
  const encodingAt = get(top, OP.encoding)?.[0] ?? 0;
  const fdSelectAt = get(top, OP.fdSelect)?.[0];
  const fdArrayAt = get(top, OP.fdArray)?.[0];
  // Offsets 0–2 (charset) and 0–1 (encoding) name predefined tables: nothing to move.
  const charset = charsetAt > 2 ? slice(cff, charsetAt, charsetLength(cff, charsetAt, glyphs)) : null;
  const encoding = encodingAt > 1 ? slice(cff, encodingAt, encodingLength(cff, encodingAt)) : null;
  const fdSelect = fdSelectAt !== undefined ? slice(cff, fdSelectAt, fdSelectLength(cff, fdSelectAt, glyphs)) : null;
  const fontDicts = fdArrayAt !== undefined ? readIndex(cff, fdArrayAt).items.map(readDict) : [];
  const topPrivate = get(top, OP.private);
  const privates = (fdArrayAt !== undefined ? fontDicts.map((fd) => get(fd, OP.private)!) : topPrivate ? [topPrivate] : []).map((p) => privateBlock(cff, p));

  // Offsets are written as fixed-size integers, so every size is known before the layout.
  const offsets = new Map<number, number[]>();
  if (charset) offsets.set(OP.charset, [0]);
  if (encoding) offsets.set(OP.encoding, [0]);
  if (fdSelect) offsets.set(OP.fdSelect, [0]);
  if (fdArrayAt !== undefined) offsets.set(OP.fdArray, [0]);
  else if (topPrivate) offsets.set(OP.private, [0, 0]);
  offsets.set(OP.charStrings, [0]);
  const fixed = concat([header, cff.subarray(cff[2], names.end)]);
  const middle = cff.subarray(tops.end, gsubrs.end);
  let at = fixed.length + writeIndex([writeDict(top, offsets)]).length + middle.length;
  const body: Uint8Array[] = [];
  const place = (op: number, bytes: Uint8Array | null) => {
    if (!bytes) return;
    offsets.set(op, [at]);
    body.push(bytes);
    at += bytes.length;
  };
  place(OP.encoding, encoding);
  place(OP.charset, charset);
  place(OP.fdSelect, fdSelect);
  place(OP.charStrings, newCharStrings);
  if (fdArrayAt !== undefined) {
    let privateAt = at + writeIndex(fontDicts.map((fd) => writeDict(fd, new Map([[OP.private, [0, 0]]])))).length;
    const dicts = fontDicts.map((fd, i) => {
      const d = writeDict(fd, new Map([[OP.private, [privates[i].dict.length, privateAt]]]));
      privateAt += privates[i].dict.length + (privates[i].subrs?.length ?? 0);
      return d;
    });
    place(OP.fdArray, writeIndex(dicts));
  } else if (privates.length) {
    offsets.set(OP.private, [privates[0].dict.length, at]);
  }
  for (const p of privates) body.push(p.dict, ...(p.subrs ? [p.subrs] : []));
  return concat([fixed, writeIndex([writeDict(top, offsets)]), middle, ...body]);
}
