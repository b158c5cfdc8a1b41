/**
 * CFF building blocks: INDEX structures and DICTs (Adobe TN #5176). DICT operands are kept as their
 * raw bytes, except offsets being rewritten, which are written as 5-byte integers so a DICT's size
 * does not depend on where things land.
 */

/** An INDEX read from `data` at `at`: its items and where it ends. */
export function readIndex(data: Uint8Array, at: number): { items: Uint8Array[]; end: number } {
  const count = (data[at] << 8) | data[at + 1];
  if (count === 0) return { items: [], end: at + 2 };
  const size = data[at + 2];
  const offset = (i: number) => {
    let v = 0;
    for (let k = 0; k < size; k++) v = v * 256 + data[at + 3 + i * size + k];
    return v;
  };
  const base = at + 3 + (count + 1) * size - 1;
  const items = Array.from({ length: count }, (_, i) => data.subarray(base + offset(i), base + offset(i + 1)));
  return { items, end: base + offset(count) };
}

/** An INDEX of items. */
export function writeIndex(items: readonly Uint8Array[]): Uint8Array {
  if (!items.length) return new Uint8Array([0, 0]);
  const total = items.reduce((s, x) => s + x.length, 0) + 1;
  const size = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
  const out = new Uint8Array(3 + (items.length + 1) * size + total - 1);
  out[0] = items.length >> 8;
  out[1] = items.length & 0xff;
  out[2] = size;
  let pos = 1;
  let at = 3 + (items.length + 1) * size;
  const put = (i: number, v: number) => {
    for (let k = size - 1; k >= 0; k--, v = Math.floor(v / 256)) out[3 + i * size + k] = v & 0xff;
  };
  items.forEach((item, i) => {
    put(i, pos);
    out.set(item, at);
    at += item.length;
    pos += item.length;
  });
  put(items.length, pos);
  return out;
}

/** One DICT entry: operator (12 x as 1200 + x) and operands (raw bytes, numbers decoded). */
export interface DictEntry {
  op: number;
  raw: Uint8Array[];
  values: number[];
}

/** One operand at `i`: its value (NaN for a real number: never an offset) and its byte size. */
function operand(b: Uint8Array, i: number): [number, number] {
  const x = b[i];
  if (x === 28) return [((b[i + 1] << 24) >> 16) | b[i + 2], 3];
  if (x === 29) return [(b[i + 1] << 24) | (b[i + 2] << 16) | (b[i + 3] << 8) | b[i + 4], 5];
  if (x === 30) {
    let j = i + 1;
    while (j < b.length && (b[j] & 0x0f) !== 0x0f && b[j] >> 4 !== 0x0f) j++;
    return [NaN, j + 1 - i];
  }
  if (x >= 32 && x <= 246) return [x - 139, 1];
  if (x >= 247 && x <= 250) return [(x - 247) * 256 + b[i + 1] + 108, 2];
  if (x >= 251 && x <= 254) return [-(x - 251) * 256 - b[i + 1] - 108, 2];
  return [NaN, 1];
}

/** Parses a DICT. Real operands decode as NaN (never an offset). */
export function readDict(b: Uint8Array): DictEntry[] {
  const out: DictEntry[] = [];
  let raw: Uint8Array[] = [];
  let values: number[] = [];
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    const start = i;
    if (x <= 21) {
      const op = x === 12 ? 1200 + b[i + 1] : x;
      i += x === 12 ? 2 : 1;
      out.push({ op, raw, values });
      raw = [];
      values = [];
      continue;
    }
    const [value, size] = operand(b, i);
    values.push(value);
    i += size;
    raw.push(b.subarray(start, i));
  }
  return out;
}

function int32(v: number): Uint8Array {
  return new Uint8Array([29, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
}

/** Writes a DICT; entries in `replace` get new integer operands. */
export function writeDict(entries: readonly DictEntry[], replace: ReadonlyMap<number, number[]> = new Map()): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const values = replace.get(e.op);
    if (values) parts.push(...values.map(int32));
    else parts.push(...e.raw);
    parts.push(e.op >= 1200 ? new Uint8Array([12, e.op - 1200]) : new Uint8Array([e.op]));
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Concatenates byte arrays. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
