/**
 * Font fallbacks for machines without the 公文 fonts. Word and LibreOffice read `w:altName` in the
 * font table when a font is missing, so 方正小标宋简体 falls back to 宋体 and 仿宋_GB2312 to 仿宋 instead
 * of whatever the application picks. `docx` writes no font table entries for these, so they are
 * added to the packed file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FONT, FONT_FALLBACK } from './typography.ts';

const FONT_TABLE = 'word/fontTable.xml';

/**
 * What Word matches a missing font by besides altName: PANOSE class, family and pitch (the values
 * Word itself writes for these fonts; GB2312 charset 86).
 */
const TRAITS: Record<string, { panose: string; family: string; pitch: string }> = {
  方正小标宋简体: { panose: '02000000000000000000', family: 'roman', pitch: 'variable' },
  仿宋_GB2312: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  黑体: { panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  宋体: { panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
};

function entry(name: string, alt: string | undefined): string {
  const t = TRAITS[name] ?? { panose: '02010600030101010101', family: 'auto', pitch: 'variable' };
  return (
    `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:panose1 w:val="${t.panose}"/>` +
    `<w:charset w:val="86"/><w:family w:val="${t.family}"/><w:pitch w:val="${t.pitch}"/></w:font>`
  );
}

/** The package with font-table entries (and altNames) for every font the report uses. */
export function withFontFallbacks(docx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const xml = files[FONT_TABLE] ? strFromU8(files[FONT_TABLE]) : null;
  if (!xml) return docx;
  const names = [FONT.title, FONT.body, FONT.heading1, FONT.heading2, FONT.pageNumber].filter((n) => !xml.includes(`w:name="${n}"`));
  if (!names.length) return docx;
  const added = names.map((n) => entry(n, FONT_FALLBACK[n])).join('');
  const patched = /<\/w:fonts>\s*$/.test(xml) ? xml.replace(/<\/w:fonts>\s*$/, `${added}</w:fonts>`) : xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${added}</w:fonts>`);
  files[FONT_TABLE] = strToU8(patched);
  return Buffer.from(zipSync(files, { level: 6 }));
}
