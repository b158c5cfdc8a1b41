/**
 * The chart font: the CJK font is found on this system, the hollow copy keeps the glyphs of the
 * given characters (and only those), renders them the same as the full font, and is far smaller.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { findCjkFont } from '../cjk-font.ts';
import { chartFont, hollowFontBytes, svgChars } from '../fonts/hollow-font.ts';
import { familyNames, readFaces } from '../fonts/sfnt.ts';
import { glyphIds } from '../fonts/cmap.ts';

const font = findCjkFont();

function png(svg: string, file: string, family: string) {
  return new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [file], defaultFontFamily: family } }).render();
}

describe.skipIf(!font)('chart font', () => {
  const text = '海州区投诉举报2025年';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><rect width="300" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-family="${font?.family}">${text}</text></svg>`;

  it('finds a CJK font with its family name', () => {
    const faces = readFaces(new Uint8Array(readFileSync(font!.file)));
    expect(faces.some((f) => familyNames(f).includes(font!.family))).toBe(true);
  });

  it('keeps the glyphs of the given characters and draws them exactly as the full font does', () => {
    const small = chartFont(font!, svgChars([svg]));
    try {
      expect(small.file).not.toBe(font!.file);
      const a = png(svg, font!.file, font!.family).pixels;
      const b = png(svg, small.file, small.family).pixels;
      expect(Buffer.compare(a, b)).toBe(0);
    } finally {
      small.dispose();
    }
  });

  it('empties the other glyphs and is a fraction of the size', () => {
    const full = new Uint8Array(readFileSync(font!.file));
    const bytes = hollowFontBytes(full, font!.family, '海州');
    expect(bytes.length).toBeLessThan(full.length / 4);
    const face = readFaces(bytes)[0];
    expect(familyNames(face)).toContain(font!.family);
    const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><rect width="60" height="40" fill="#fff"/><text x="4" y="28" font-size="20">龙</text></svg>`;
    const dir = mkdtempSync(join(tmpdir(), 'hollow-'));
    try {
      writeFileSync(join(dir, 'f.otf'), bytes);
      const pixels = png(blank, join(dir, 'f.otf'), font!.family).pixels;
      // Every pixel white: 龙 was not kept.
      expect(pixels.every((v) => v === 255)).toBe(true);
      expect(glyphIds(face.tables.get('cmap')!, ['海']).size).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the characters an SVG draws, entities decoded', () => {
    expect([...svgChars(['<svg><text>A&amp;B &#x6D77;</text></svg>'])].sort()).toEqual([' ', '&', 'A', 'B', '海'].sort());
  });
});

const TRUETYPE = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe.skipIf(!existsSync(TRUETYPE))('TrueType (glyf) fonts', () => {
  it('keep the given glyphs, pixel for pixel, and empty the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hollow-ttf-'));
    try {
      const file = join(dir, 'f.ttf');
      writeFileSync(file, hollowFontBytes(new Uint8Array(readFileSync(TRUETYPE)), 'DejaVu Sans', 'ÄB'));
      const svg = (t: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="20">${t}</text></svg>`;
      expect(Buffer.compare(png(svg('ÄB'), TRUETYPE, 'DejaVu Sans').pixels, png(svg('ÄB'), file, 'DejaVu Sans').pixels)).toBe(0);
      expect(png(svg('Ω'), file, 'DejaVu Sans').pixels.every((v) => v === 255)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
