/**
 * The line encoder must write exactly the bytes of the straightforward path it replaced: quote a
 * field when it holds a separator, join the fields with tabs, encode the line with Buffer.
 */
import { describe, expect, it } from 'vitest';
import { LineEncoder } from '../../load/line-encoder.ts';

/** The reference: the old string path, written independently of the encoder. */
function reference(fields: (string | number | null)[]): Buffer {
  const line = fields.map((f) => {
    if (f === null) return '';
    if (typeof f === 'number') return String(f);
    // Only what read_csv (tab-delimited, `"` quote and escape) would misread forces quoting.
    return /[\t\n\r"]/.test(f) ? '"' + f.replaceAll('"', '""') + '"' : f;
  }).join('\t');
  return Buffer.from(line + '\n', 'utf8');
}

function encode(rows: (string | number | null)[][], chunkBytes: number): { bytes: Buffer; longest: number } {
  const pieces: Buffer[] = [];
  const enc = new LineEncoder((b, n) => pieces.push(Buffer.from(b.subarray(0, n))), chunkBytes);
  for (const fields of rows) {
    fields.forEach((f, i) => {
      if (i > 0) enc.tab();
      if (typeof f === 'number') enc.number(f);
      else if (f !== null) enc.text(f);
    });
    enc.endLine();
  }
  enc.flush();
  return { bytes: Buffer.concat(pieces), longest: enc.longest };
}

const ALPHABET = ['a', 'Z', '0', ' ', '\t', '\n', '\r', '"', '\x1f', 'é', 'ß', '监', '督', '，', '😀', '\ud83d', '\ude00', '\u07ff', '\u0800', '\uffff', '\ue000'];

function randomText(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

describe('LineEncoder', () => {
  it('writes the bytes of quote-join-encode for every kind of character, across chunk boundaries', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const rows: (string | number | null)[][] = [];
    for (let r = 0; r < 3000; r++) {
      rows.push(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => {
        const k = rand();
        if (k < 0.1) return null;
        if (k < 0.3) return Math.floor((rand() - 0.3) * 10 ** Math.floor(rand() * 16));
        return randomText(rand);
      }));
    }
    rows.push(['多字节'.repeat(1000), 'x']);
    rows.push([-0, 0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 60, 1.5, -3.25]);
    const want = Buffer.concat(rows.map(reference));
    for (const chunk of [7, 64, 1 << 20]) {
      const { bytes, longest } = encode(rows, chunk);
      expect(bytes.equals(want), `chunk ${chunk}`).toBe(true);
      expect(longest).toBe(Math.max(...rows.map((f) => reference(f).length - 1)));
    }
  });

  it('writes a list item by item exactly as the joined text, or refuses and writes nothing', () => {
    // Characters that make the encoder refuse a list: quote-worthy ones and the separator itself.
    const refused = (items: string[]) => items.some((x) => ['\t', '\n', '\r', '"', '\x1f'].some((c) => x.includes(c)));
    let seed = 777;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const chunk of [7, 64, 1 << 20]) {
      const pieces: Buffer[] = [];
      const want: Buffer[] = [];
      const enc = new LineEncoder((b, n) => pieces.push(Buffer.from(b.subarray(0, n))), chunk);
      for (let r = 0; r < 2000; r++) {
        const items = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => randomText(rand) || '空');
        const joined = items.join('\x1f');
        if (enc.list(items)) {
          expect(refused(items)).toBe(false);
          want.push(Buffer.from(joined + '\n', 'utf8'));
        } else {
          expect(refused(items)).toBe(true);
          want.push(Buffer.from('\n'));
        }
        enc.endLine();
      }
      enc.flush();
      expect(Buffer.concat(pieces).equals(Buffer.concat(want)), `chunk ${chunk}`).toBe(true);
    }
  });
});
