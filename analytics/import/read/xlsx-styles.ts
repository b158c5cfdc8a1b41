/**
 * Which cell styles show dates. A numeric cell is a date only through its style: `s="3"` → the 4th
 * `<xf>` of `<cellXfs>` → its `numFmtId` → a built-in date id or a custom `<numFmt formatCode>`.
 */
import { findEntry, type ZipArchive } from './zip-directory.ts';
import { readEntryText } from './zip-read-text.ts';
import { findTags } from './xml-text.ts';
import { isBuiltinDateFormat, isDateFormatCode } from './excel-dates.ts';

/** Flags per cellXfs index: 1 when cells of that style are dates. */
export type DateStyleFlags = Uint8Array;

/** Date flags from the text of styles.xml. */
export function parseDateStyles(xml: string): DateStyleFlags {
  const custom = new Map<number, string>();
  for (const a of findTags(xml, 'numFmt')) {
    const id = Number(a.numFmtId);
    if (Number.isInteger(id)) custom.set(id, a.formatCode ?? '');
  }
  const section = /<(?:[\w.-]+:)?cellXfs[\s>][\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  const xfs = findTags(section, 'xf');
  const flags = new Uint8Array(xfs.length);
  xfs.forEach((a, i) => {
    const id = Number(a.numFmtId ?? 0);
    // A numFmt defined in the file wins over the built-in meaning of the same id.
    const code = custom.get(id);
    flags[i] = (code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(id)) ? 1 : 0;
  });
  return flags;
}

/** Reads styles.xml (when the workbook has one) and returns its date flags. */
export async function readDateStyles(
  zip: ZipArchive, part: string | null, maxBytes: number, signal?: AbortSignal,
): Promise<DateStyleFlags> {
  const entry = part ? findEntry(zip, part) : undefined;
  if (!entry) return new Uint8Array(0);
  return parseDateStyles(await readEntryText(zip, entry, maxBytes, signal));
}
