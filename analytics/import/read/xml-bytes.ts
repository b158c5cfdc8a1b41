/**
 * Byte-level helpers for the hand-rolled OOXML scanners. They work on raw UTF-8 bytes: every tag and
 * attribute name we look for is ASCII, and UTF-8 never puts an ASCII byte inside a multi-byte
 * character, so searching bytes is exact and avoids decoding the whole part to a string.
 */
import { decodeXmlText } from './xml-text.ts';

/** `<` */
export const LT = 0x3c;
/** `>` */
export const GT = 0x3e;
/** `/` */
export const SLASH = 0x2f;

/** Buffer's own UTF-8 slice method, which `toString('utf8', a, b)` wraps with argument checks. */
type SliceableBuffer = Buffer & { utf8Slice(start: number, end: number): string };

/**
 * UTF-8 text of `buf[a, b)`. Calls the undocumented but long-standing `utf8Slice` directly: decoding
 * one short string per cell, the wrapper's checks cost ~25 % of the shared-strings load.
 */
export function utf8(buf: Buffer, a: number, b: number): string {
  const fast = (buf as SliceableBuffer).utf8Slice;
  return fast === undefined ? buf.toString('utf8', a, b) : (buf as SliceableBuffer).utf8Slice(a, b);
}

/** True for bytes that can follow an element name: whitespace, `>` or `/`. */
export function isNameEnd(b: number): boolean {
  return b === 0x20 || b === GT || b === SLASH || b === 0x0a || b === 0x0d || b === 0x09;
}

/** True when `buf` holds `bytes` at `pos`. */
export function matchAt(buf: Uint8Array, pos: number, bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (pos + n > buf.length) return false;
  for (let i = 0; i < n; i++) if (buf[pos + i] !== bytes[i]) return false;
  return true;
}

/**
 * Detects the namespace prefix of a part's root element (`<x:worksheet` → 'x:'), because files
 * written by the .NET OpenXML SDK prefix every element. Returns '' for the usual default namespace.
 */
export function detectPrefix(head: Buffer, rootName: string): string | null {
  const text = head.toString('latin1', 0, Math.min(head.length, 64 * 1024));
  const m = new RegExp(`<([\\w.-]+:)?${rootName}[\\s>/]`).exec(text);
  return m ? (m[1] ?? '') : null;
}

/** Position after the text-collecting read: {@link readRichText} returns its string and sets this. */
export const richTextEnd = { pos: 0 };

/**
 * Collects the text of the `<t>` elements from `p` up to the closing tag `closeName` (e.g. `si`, `is`),
 * skipping phonetic runs (`<rPh>`, furigana) whose `<t>` is not part of the value. Sets
 * `richTextEnd.pos` to just after the closing tag (or `end` when it is missing).
 */
export function readRichText(buf: Buffer, p: number, end: number, prefix: Uint8Array, closeName: Uint8Array): string {
  const pl = prefix.length;
  let first: string | null = null;
  let parts: string[] | null = null;
  while (p < end) {
    const lt = buf.indexOf(LT, p);
    if (lt < 0 || lt >= end) { p = end; break; }
    let q = lt + 1;
    if (buf[q] === SLASH) {
      // Only the element's own closing tag ends it; </t>, </r> are passed over.
      q++;
      if (matchAt(buf, q, prefix) && matchAt(buf, q + pl, closeName) && isNameEnd(buf[q + pl + closeName.length])) {
        p = buf.indexOf(GT, q);
        p = p < 0 ? end : p + 1;
        break;
      }
      p = q;
      continue;
    }
    if (pl && !matchAt(buf, q, prefix)) { p = q; continue; }
    q += pl;
    if (buf[q] === 0x74 /* t */ && isNameEnd(buf[q + 1])) {
      const gt = buf.indexOf(GT, q);
      if (gt < 0 || gt >= end) { p = end; break; }
      if (buf[gt - 1] === SLASH) { p = gt + 1; continue; }
      const close = buf.indexOf(LT, gt + 1);
      const stop = close < 0 || close > end ? end : close;
      const text = decodeXmlText(utf8(buf, gt + 1, stop));
      if (first === null) first = text;
      else (parts ??= [first]).push(text);
      p = stop;
    } else if (buf[q] === 0x72 && buf[q + 1] === 0x50 && buf[q + 2] === 0x68 && isNameEnd(buf[q + 3])) {
      // <rPh>…</rPh>: skip to its closing tag.
      const gt = buf.indexOf(GT, q);
      if (gt >= 0 && buf[gt - 1] === SLASH) { p = gt + 1; continue; }
      const closeAt = buf.indexOf(`</${Buffer.from(prefix).toString('latin1')}rPh>`, q, 'latin1');
      p = closeAt < 0 || closeAt > end ? end : closeAt + 6 + pl;
    } else {
      p = q;
    }
  }
  richTextEnd.pos = p;
  return parts ? parts.join('') : (first ?? '');
}
