/**
 * Finding a CJK font for the chart images. The SVG rasteriser draws only with the font files it is
 * given, and a Latin font turns every Chinese label into boxes, so we look for a known Chinese font
 * in the usual places of each system (sans-serif first: chart labels read better without serifs),
 * then ask fontconfig on Linux, and refuse with a clear Chinese message when there is none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPORT_TEXT } from './messages.ts';

/** A usable font: its file and the family name inside it. */
export interface CjkFont {
  file: string;
  family: string;
}

/** The font was not found. */
export class CjkFontError extends Error {
  override readonly name = 'CjkFontError';
  readonly code = 'NO_CJK_FONT';
}

/** File-name patterns of known CJK fonts and the family each holds, in order of preference. */
const KNOWN: [RegExp, string][] = [
  [/^msyh\.tt[cf]$/i, 'Microsoft YaHei'],
  [/^PingFang\.ttc$/i, 'PingFang SC'],
  [/^NotoSansCJK-Regular\.ttc$/i, 'Noto Sans CJK SC'],
  [/^NotoSansCJKsc-Regular\.otf$/i, 'Noto Sans CJK SC'],
  [/^SourceHanSans(SC|CN)?-Regular\.(otf|ttc)$/i, 'Source Han Sans SC'],
  [/^wqy-microhei\.ttc$/i, 'WenQuanYi Micro Hei'],
  [/^wqy-zenhei\.ttc$/i, 'WenQuanYi Zen Hei'],
  [/^simhei\.ttf$/i, 'SimHei'],
  [/^NotoSerifCJK-Regular\.ttc$/i, 'Noto Serif CJK SC'],
  [/^simsun\.tt[cf]$/i, 'SimSun'],
  [/^STHeiti Light\.ttc$/i, 'Heiti SC'],
  [/^DroidSansFallbackFull\.ttf$/i, 'Droid Sans Fallback'],
];

function fontDirs(): string[] {
  if (process.platform === 'win32') {
    const windir = process.env.WINDIR ?? 'C:\\Windows';
    return [join(windir, 'Fonts'), join(process.env.LOCALAPPDATA ?? '', 'Microsoft', 'Windows', 'Fonts')];
  }
  if (process.platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(homedir(), 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local', 'share', 'fonts'), join(homedir(), '.fonts')];
}

/** Font files under a folder (a few levels deep: Linux packages nest by format and vendor). */
function listFonts(dir: string, depth = 4, out: string[] = []): string[] {
  if (depth < 0 || !existsSync(dir)) return out;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (/\.(ttc|ttf|otf)$/i.test(name)) out.push(path);
    else if (!name.includes('.')) {
      try {
        if (statSync(path).isDirectory()) listFonts(path, depth - 1, out);
      } catch {
        // An unreadable folder is simply not searched.
      }
    }
  }
  return out;
}

/** Asks fontconfig for any font covering Chinese (Linux distributions with unlisted fonts). */
function fromFontconfig(): CjkFont | null {
  if (process.platform === 'win32') return null;
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'file', 'family'], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
    for (const line of out.split('\n')) {
      const m = /^(.+?\.(?:ttc|ttf|otf)):\s*([^,\n]+)/i.exec(line.trim());
      if (m) return { file: m[1], family: m[2].trim() };
    }
  } catch {
    // No fontconfig: nothing more to try.
  }
  return null;
}

let cached: CjkFont | null | undefined;

/** The preferred CJK font of this system, or null. */
export function findCjkFont(): CjkFont | null {
  if (cached !== undefined) return cached;
  const files = fontDirs().flatMap((d) => listFonts(d));
  for (const [pattern, family] of KNOWN) {
    const file = files.find((f) => pattern.test(f.split(/[\\/]/).pop() ?? ''));
    if (file) return (cached = { file, family });
  }
  return (cached = fromFontconfig());
}

/** The CJK font, or a CjkFontError saying what to install. */
export function requireCjkFont(): CjkFont {
  const font = findCjkFont();
  if (!font) throw new CjkFontError(REPORT_TEXT.errors.noCjkFont);
  return font;
}
