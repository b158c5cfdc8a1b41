/**
 * UTF-8 encoding of short strings in JavaScript. For the short texts of an import row or an analysis
 * table, a native call per value (`Buffer.write`, `TextEncoder.encodeInto`) costs more than the
 * encoding itself; writing the bytes here is several times cheaper. The bytes are exactly
 * `Buffer.from(s, 'utf8')`'s, lone surrogates included (U+FFFD).
 */

/**
 * Writes `s` as UTF-8 into `b` from `at` and returns where it ended; `b` must have room for
 * `3 * s.length` bytes. When `stop` is given and `s` holds an ASCII code flagged in it, returns -1
 * at once (the caller then writes `s` some other way, e.g. quoted).
 */
export function writeUtf8(s: string, b: Uint8Array, at: number, stop?: Uint8Array): number {
  let p = at;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (stop !== undefined && stop[c] === 1) return -1;
      b[p++] = c;
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        b[p++] = 0xf0 | (cp >> 18);
        b[p++] = 0x80 | ((cp >> 12) & 0x3f);
        b[p++] = 0x80 | ((cp >> 6) & 0x3f);
        b[p++] = 0x80 | (cp & 0x3f);
        i++;
      } else {
        b[p++] = 0xef;
        b[p++] = 0xbf;
        b[p++] = 0xbd;
      }
    }
  }
  return p;
}

/** A `stop` table for {@link writeUtf8} flagging the given ASCII codes. */
export function asciiSet(codes: readonly number[]): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of codes) t[c] = 1;
  return t;
}
