/**
 * Small byte-level value parsers used by the sheet scanner for every cell: integers (shared-string
 * indexes, styles, row numbers), column letters, numbers, and ISO dates of `t="d"` cells.
 */

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/** Unsigned decimal integer in `buf[a, b)`, or -1 when it is not one. */
export function parseUintBytes(buf: Uint8Array, a: number, b: number): number {
  if (a >= b) return -1;
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** 0-based column of a cell reference like `AB12` in `buf[a, b)`, or -1 when it has no letters. */
export function parseColumnBytes(buf: Uint8Array, a: number, b: number): number {
  let col = 0;
  let i = a;
  for (; i < b; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === a ? -1 : col - 1;
}

/**
 * The number in `buf[a, b)`. Plain decimals of up to 15 digits are computed from the digits (an exact
 * integer divided by an exact power of ten is correctly rounded, so the result equals parseFloat);
 * exponents and longer numbers go through `Number`. NaN when the text is not a number.
 */
export function parseNumberBytes(buf: Buffer, a: number, b: number): number {
  let i = a;
  const neg = buf[i] === 0x2d;
  if (neg) i++;
  let n = 0;
  let digits = 0;
  let dot = -1;
  for (; i < b; i++) {
    const c = buf[i];
    if (c >= 48 && c <= 57) { n = n * 10 + (c - 48); digits++; }
    else if (c === 0x2e && dot < 0) dot = i;
    else break;
  }
  if (i === b && digits > 0 && digits <= 15) {
    const v = dot < 0 ? n : n / POW10[b - dot - 1];
    return neg ? -v : v;
  }
  const s = buf.toString('latin1', a, b).trim();
  return s === '' ? NaN : Number(s);
}

const ISO_DATE = /^(\d{4}-\d\d-\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?)?(Z|[+-]\d\d:\d\d)?$/;

/**
 * A `t="d"` cell's ISO 8601 text as a Date (UTC wall clock: the clock time written is kept and any
 * zone suffix dropped, as Excel shows it), or null when it is not an ISO date.
 */
export function parseIsoDate(s: string): Date | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}${m[2] ?? 'T00:00:00'}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}
