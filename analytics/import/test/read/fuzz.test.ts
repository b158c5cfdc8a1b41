/**
 * Seeded mutation fuzzing of the byte scanners: damaged sheet XML, shared strings and CSV text must
 * end in rows or in our own refusal — never in a TypeError, a hang or an endless loop.
 */
import { describe, expect, it } from 'vitest';
import { SheetScanner } from '../../read/xlsx-sheet-scanner.ts';
import { recordRegions } from '../../read/xml-record-chunks.ts';
import { parseSharedStringRegion } from '../../read/xlsx-shared-strings.ts';
import { SharedStringTable } from '../../read/shared-string-table.ts';
import { CsvParser } from '../../read/csv-parser.ts';
import { sheetXml } from './zip-builder.ts';

const CASES = Number(process.env.READ_FUZZ_CASES ?? 400);

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = Buffer.from('<>/="\' \nrcvtsfis0123456789AZ&;_x#\u4e2d', 'utf8');

function mutate(src: Buffer, rand: () => number): Buffer {
  const out = Buffer.from(src);
  const edits = 1 + Math.floor(rand() * 8);
  let buf = out;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * buf.length);
    const kind = rand();
    if (kind < 0.4) buf[at] = ALPHABET[Math.floor(rand() * ALPHABET.length)];
    else if (kind < 0.7) buf = Buffer.concat([buf.subarray(0, at), buf.subarray(Math.min(buf.length, at + 1 + Math.floor(rand() * 20)))]);
    else buf = Buffer.concat([buf.subarray(0, at), buf.subarray(Math.floor(rand() * buf.length)).subarray(0, 30), buf.subarray(at)]);
  }
  return buf;
}

const OURS = /^(ours|big)/;

const ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>富</t></r><rPh><t>x</t></rPh></is></c><c r="C1" s="1"><v>45356</v></c></row>'
  + '<row r="2"><c r="A2" t="str"><f>A1</f><v>&amp;文本_x000D_</v></c><c r="B2" t="e"><v>#N/A</v></c><c t="b"><v>1</v></c><c t="d"><v>2024-03-05</v></c></row>';

describe('fuzzing the scanners', () => {
  it(`sheet scanner survives ${CASES} mutated sheets`, async () => {
    const rand = rng(20240305);
    const base = Buffer.from(sheetXml(ROWS.repeat(3)));
    const sst = new SharedStringTable();
    sst.addString('共享');
    for (let n = 0; n < CASES; n++) {
      const xml = mutate(base, rand);
      const size = 1 + Math.floor(rand() * 64);
      const scanner = new SheetScanner({
        sharedStrings: sst, dateStyles: Uint8Array.of(0, 1), date1904: false, maxColumns: 16384, maxCellChars: 1000,
        fail: (m) => new Error(`ours: ${m}`),
      }, '');
      async function* pieces() { for (let i = 0; i < xml.length; i += size) yield xml.subarray(i, i + size); }
      try {
        for await (const region of recordRegions(pieces(), '<row', 1e6, () => new Error('big'))) scanner.scan(region);
        for (const r of scanner.rows) expect(Number.isInteger(r.row) && r.row > 0).toBe(true);
      } catch (err) {
        expect((err as Error).message, `case ${n}: ${xml.toString()}`).toMatch(OURS);
      }
    }
  });

  it(`shared-strings parser survives ${CASES} mutated tables`, () => {
    const rand = rng(7);
    const base = Buffer.from('<sst><si><t>甲&amp;乙</t></si><si><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></si><si/><si><t>c</t><rPh><t>d</t></rPh></si></sst>');
    for (let n = 0; n < CASES; n++) {
      const out = new SharedStringTable();
      try {
        parseSharedStringRegion(mutate(base, rand), Buffer.alloc(0), out, 1000, () => new Error('ours: long'));
        out.toArray();
      } catch (err) {
        expect((err as Error).message).toMatch(OURS);
      }
    }
  });

  it(`csv parser survives ${CASES} mutated files`, () => {
    const rand = rng(99);
    const base = Buffer.from('a,b,c\n"x, ""y""",2,3\n"multi\nline",,\n1,2,3\n');
    for (let n = 0; n < CASES; n++) {
      const text = mutate(base, rand).toString('utf8');
      const parser = new CsvParser({ delimiter: ',', newline: '\n', maxCellChars: 1000, fail: (m) => new Error(`ours: ${m}`) });
      try {
        const size = 1 + Math.floor(rand() * 16);
        for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
        parser.finish();
        let last = 0;
        for (const r of parser.rows) { expect(r.row).toBeGreaterThan(last); last = r.row; }
      } catch (err) {
        expect((err as Error).message).toMatch(OURS);
      }
    }
  });
});
