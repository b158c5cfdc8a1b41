/**
 * Text encoding detection for CSV/TXT exports, which never say their encoding: UTF-8 (with or without
 * BOM), UTF-16 with BOM ("Unicode text" from Excel) or without (told by its NUL bytes), otherwise
 * GB18030 (a superset of GBK/GB2312, what Chinese Windows writes as "ANSI").
 */

/** Encodings the text reader can decode (TextDecoder labels). */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** The result of {@link detectEncoding}. */
export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** True when the sample was pure ASCII, so UTF-8 is only a guess until non-ASCII bytes show up. */
  asciiOnly: boolean;
}

/**
 * Counts valid multi-byte UTF-8 sequences and invalid bytes in `buf`. A sequence cut by the end of an
 * incomplete sample is neither (the sample boundary must not count as an error).
 */
export function utf8Evidence(buf: Uint8Array, complete: boolean): { valid: number; invalid: number; nonAscii: boolean } {
  let valid = 0;
  let invalid = 0;
  let nonAscii = false;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    nonAscii = true;
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else { invalid++; i++; continue; }
    if (i + need >= n) {
      // Fewer bytes left than the sequence needs: a cut at the sample's end, or a real error.
      if (!complete) break;
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if ((c & 0xc0) !== 0x80) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) { valid++; i += need + 1; }
    else { invalid++; i++; }
  }
  return { valid, invalid, nonAscii };
}

/** Guesses UTF-16 without BOM from where the NUL bytes sit (ASCII characters have a zero high byte). */
function utf16Guess(buf: Uint8Array): TextEncodingName | null {
  const n = Math.min(buf.length, 64 * 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  // Chinese text in UTF-16 has NULs only in its ASCII (digits, delimiters, line ends), so a few per
  // cent suffice; GBK and UTF-8 text has none, and binary junk has them on both sides alike.
  const pairs = n / 2;
  if (oddNul > pairs * 0.02 && evenNul < oddNul * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.02 && oddNul < evenNul * 0.1) return 'utf-16be';
  return null;
}

/**
 * Detects the encoding of a text file from its first bytes. `complete` says the sample is the whole
 * file (so a truncated sequence at its end is an error, not a cut).
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    // Some tools put a UTF-8 BOM in front of GBK text: the bytes outvote the mark, else the analyst
    // gets mojibake headers and an "unknown file" message about a file that is fine.
    const { valid, invalid, nonAscii } = utf8Evidence(sample.subarray(3), complete);
    return { encoding: mostlyUtf8(valid, invalid) ? 'utf-8' : 'gb18030', bomLength: 3, asciiOnly: !nonAscii };
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, asciiOnly: false };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, asciiOnly: false };
  const utf16 = utf16Guess(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, asciiOnly: false };
  const { valid, invalid, nonAscii } = utf8Evidence(sample, complete);
  if (!nonAscii) return { encoding: 'utf-8', bomLength: 0, asciiOnly: true };
  return { encoding: mostlyUtf8(valid, invalid) ? 'utf-8' : 'gb18030', bomLength: 0, asciiOnly: false };
}

/**
 * A stray bad byte in a UTF-8 file must not turn the whole file into GB18030 mojibake; GBK text is
 * almost entirely invalid UTF-8, so the proportion decides.
 */
export function mostlyUtf8(valid: number, invalid: number): boolean {
  return invalid === 0 || valid >= invalid * 8;
}

/** True when `sample` looks binary (not text in any encoding we read): many control bytes. */
export function looksBinary(sample: Uint8Array, encoding: TextEncodingName): boolean {
  if (encoding.startsWith('utf-16')) return false;
  const n = Math.min(sample.length, 64 * 1024);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i];
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a)) bad++;
  }
  return n > 0 && bad > Math.max(2, n * 0.01);
}
