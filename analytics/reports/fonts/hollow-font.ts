/**
 * The chart font: a copy of the system's CJK font that keeps only the glyphs a report's charts
 * draw. resvg re-reads its font file for every glyph it outlines, and a CJK font is ~20 MB, so a
 * chart with 400 glyphs took a second; the hollow copy (~2 MB) takes a tenth of that. Glyph ids
 * are unchanged; layout tables that could swap in an emptied glyph (GSUB, vertical metrics) are
 * dropped. Any failure falls back to the original file: slower, never wrong.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CjkFont } from '../cjk-font.ts';
import { glyphIds } from './cmap.ts';
import { hollowCff } from './cff-hollow.ts';
import { hollowGlyf } from './glyf-hollow.ts';
import { familyNames, readFaces, writeFace } from './sfnt.ts';

const DROP = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'DSIG', 'morx', 'mort', 'kern'];

/** Printable ASCII and the punctuation charts use, kept whatever the text. */
const ALWAYS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~…—–·%（）：，、。';

/** The font bytes with only `chars` kept. */
export function hollowFontBytes(file: Uint8Array, family: string, chars: Iterable<string>): Uint8Array {
  const faces = readFaces(file);
  const face = faces.find((f) => familyNames(f).includes(family)) ?? faces[0];
  const cmap = face.tables.get('cmap');
  if (!cmap) throw new Error('font has no cmap');
  const keep = glyphIds(cmap, new Set([...ALWAYS, ...chars]));
  let tables = new Map([...face.tables].filter(([tag]) => !DROP.includes(tag)));
  const cff = tables.get('CFF ');
  if (cff) tables.set('CFF ', hollowCff(cff, keep));
  else if (tables.has('glyf') && tables.has('loca')) tables = hollowGlyf(tables, keep);
  else throw new Error('font has neither CFF nor glyf outlines');
  return writeFace(face.version, tables);
}

/** A hollow chart font on disk and how to remove it. */
export interface ChartFont extends CjkFont {
  dispose(): void;
}

/** Writes the hollow font to a temporary folder (or returns the original font on failure). */
export function chartFont(font: CjkFont, chars: Iterable<string>): ChartFont {
  let dir: string | null = null;
  try {
    const bytes = hollowFontBytes(new Uint8Array(readFileSync(font.file)), font.family, chars);
    dir = mkdtempSync(join(tmpdir(), 'supervise-font-'));
    const file = join(dir, 'chart-font.otf');
    writeFileSync(file, bytes);
    const created = dir;
    return { file, family: font.family, dispose: () => rmSync(created, { recursive: true, force: true }) };
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true });
    return { ...font, dispose: () => {} };
  }
}

/** The characters drawn by SVG documents: their text content with entities decoded. */
export function svgChars(svgs: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const svg of svgs) {
    const text = svg
      .replace(/<[^>]*>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '');
    for (const ch of text) out.add(ch);
  }
  return out;
}
