/**
 * The workbook's table of contents: sheet names, order, visibility and part paths (workbook.xml and
 * its relationships), the date system, and where the shared strings and styles live.
 */
import { posix } from 'node:path';
import { findEntry, type ZipArchive } from './zip-directory.ts';
import { readEntryText } from './zip-read-text.ts';
import { findTags } from './xml-text.ts';
import { readError } from './read-error.ts';

/** One worksheet as listed in workbook.xml. */
export interface XlsxSheetInfo {
  name: string;
  hidden: boolean;
  /** Path of the sheet's XML inside the zip. */
  part: string;
}

/** What the rest of the reader needs from workbook.xml and its relationships. */
export interface XlsxWorkbookInfo {
  sheets: XlsxSheetInfo[];
  /** True for the 1904 date system (old Mac workbooks). */
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

interface Relationship { type: string; target: string }

/** Resolves a relationship target against the folder of the part that owns the .rels file. */
function resolveTarget(baseDir: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? posix.normalize(t).slice(1) : posix.normalize(posix.join(baseDir, t));
}

async function readRels(zip: ZipArchive, relsPath: string, maxBytes: number, signal?: AbortSignal) {
  const rels = new Map<string, Relationship>();
  const entry = findEntry(zip, relsPath);
  if (!entry) return rels;
  const xml = await readEntryText(zip, entry, maxBytes, signal);
  const dir = posix.dirname(posix.dirname(relsPath));
  for (const a of findTags(xml, 'Relationship')) {
    if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
    rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(dir === '.' ? '' : dir, a.Target) });
  }
  return rels;
}

/** Whether a zip is a workbook in a format SheetJS reads and our .xlsx reader does not (.xlsb, .ods). */
export function sheetJsZipFormat(zip: ZipArchive): 'xlsb' | 'ods' | null {
  if (findEntry(zip, 'xl/workbook.bin')) return 'xlsb';
  if (findEntry(zip, 'content.xml') && findEntry(zip, 'mimetype')) return 'ods';
  return null;
}

/** Explains what a zip that is not a workbook actually is, when that is recognisable (.xlsb and .ods never get here: see sheetJsZipFormat). */
function notWorkbook(zip: ZipArchive): Error {
  const has = (n: string) => findEntry(zip, n) !== undefined;
  if (has('word/document.xml')) return readError(zip.path, '是 Word 文档，不是 Excel 表格');
  if (has('ppt/presentation.xml')) return readError(zip.path, '是 PowerPoint 演示文稿，不是 Excel 表格');
  return readError(zip.path, '不是有效的 Excel 文件（压缩包中没有工作簿 xl/workbook.xml）');
}

/** Reads workbook.xml and the relationships around it. */
export async function readWorkbookInfo(
  zip: ZipArchive, maxPartBytes: number, signal?: AbortSignal,
): Promise<XlsxWorkbookInfo> {
  const rootRels = await readRels(zip, '_rels/.rels', maxPartBytes, signal);
  let workbookPart = 'xl/workbook.xml';
  for (const r of rootRels.values()) {
    if (r.type.endsWith('/officeDocument') && findEntry(zip, r.target)) workbookPart = r.target;
  }
  const wbEntry = findEntry(zip, workbookPart);
  if (!wbEntry) throw notWorkbook(zip);
  const xml = await readEntryText(zip, wbEntry, maxPartBytes, signal);
  const dir = posix.dirname(workbookPart);
  const rels = await readRels(
    zip, posix.join(dir, '_rels', `${posix.basename(workbookPart)}.rels`), maxPartBytes, signal,
  );

  const pr = findTags(xml, 'workbookPr')[0];
  const date1904 = pr?.date1904 === '1' || pr?.date1904 === 'true';
  const sheets: XlsxSheetInfo[] = [];
  for (const a of findTags(xml, 'sheet')) {
    const rel = a['r:id'] ? rels.get(a['r:id']) : undefined;
    // Chart sheets, dialog sheets and macro sheets hold no cell data.
    if (rel && !rel.type.endsWith('/worksheet')) continue;
    let part = rel?.target;
    if (!part || !findEntry(zip, part)) {
      const guess = `${dir}/worksheets/sheet${a.sheetId ?? ''}.xml`;
      if (!findEntry(zip, guess)) continue;
      part = guess;
    }
    sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, hidden: a.state === 'hidden' || a.state === 'veryHidden', part });
  }
  let sharedStringsPart: string | null = null;
  let stylesPart: string | null = null;
  for (const r of rels.values()) {
    if (r.type.endsWith('/sharedStrings')) sharedStringsPart = r.target;
    else if (r.type.endsWith('/styles')) stylesPart = r.target;
  }
  sharedStringsPart ??= findEntry(zip, `${dir}/sharedStrings.xml`) ? `${dir}/sharedStrings.xml` : null;
  stylesPart ??= findEntry(zip, `${dir}/styles.xml`) ? `${dir}/styles.xml` : null;
  return { sheets, date1904, sharedStringsPart, stylesPart };
}
