/**
 * Reading and writing OpenType containers (.ttf / .otf / .ttc) just far enough to pick one face's
 * tables, read its family name and write a new single-face file. Used to make the small chart font
 * (see hollow-font.ts).
 */

/** One face: its tables by tag (views into the file) and its sfnt version. */
export interface Face {
  version: number;
  tables: Map<string, Uint8Array>;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const tag = (b: Uint8Array, at: number) => String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);

function faceAt(file: Uint8Array, at: number): Face {
  const v = view(file);
  const count = v.getUint16(at + 4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const rec = at + 12 + 16 * i;
    const offset = v.getUint32(rec + 8);
    const length = v.getUint32(rec + 12);
    if (offset + length > file.byteLength) throw new RangeError(`font table ${tag(file, rec)} out of bounds`);
    tables.set(tag(file, rec), file.subarray(offset, offset + length));
  }
  return { version: v.getUint32(at), tables };
}

/** Every face of a font file (one for .ttf/.otf, several for a .ttc collection). */
export function readFaces(file: Uint8Array): Face[] {
  if (tag(file, 0) !== 'ttcf') return [faceAt(file, 0)];
  const v = view(file);
  const n = v.getUint32(8);
  return Array.from({ length: n }, (_, i) => faceAt(file, v.getUint32(12 + 4 * i)));
}

/** The face's family names (name id 1 and the typographic family, id 16), any language. */
export function familyNames(face: Face): string[] {
  const name = face.tables.get('name');
  if (!name) return [];
  const v = view(name);
  const count = v.getUint16(2);
  const strings = v.getUint16(4);
  const out = new Set<string>();
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    const platform = v.getUint16(r);
    const id = v.getUint16(r + 6);
    if (id !== 1 && id !== 16) continue;
    const len = v.getUint16(r + 8);
    const off = strings + v.getUint16(r + 10);
    const bytes = name.subarray(off, off + len);
    if (platform === 3 || platform === 0) {
      let s = '';
      for (let j = 0; j + 1 < bytes.length; j += 2) s += String.fromCharCode((bytes[j] << 8) | bytes[j + 1]);
      out.add(s);
    } else if (platform === 1) out.add(String.fromCharCode(...bytes));
  }
  return [...out];
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < b.length; i += 4) {
    sum = (sum + (((b[i] << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0)) >>> 0;
  }
  return sum;
}

/** A single-face font file from tables. */
export function writeFace(version: number, tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  const header = 12 + 16 * n;
  const size = tags.reduce((s, t) => s + ((tables.get(t)!.length + 3) & ~3), header);
  const out = new Uint8Array(size);
  const v = view(out);
  v.setUint32(0, version);
  v.setUint16(4, n);
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, n * 16 - pow * 16);
  let at = header;
  tags.forEach((t, i) => {
    const data = tables.get(t)!;
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = t.charCodeAt(k);
    v.setUint32(rec + 4, checksum(data));
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, data.length);
    out.set(data, at);
    at += (data.length + 3) & ~3;
  });
  return out;
}
