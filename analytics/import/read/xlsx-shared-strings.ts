/**
 * The shared-strings table (`xl/sharedStrings.xml`), read once into a {@link SharedStringTable} so
 * every `t="s"` cell is an index lookup. Streamed in regions of whole `<si>` records; the part's size
 * and compression ratio are limited because a tiny file can declare gigabytes of strings (a zip bomb).
 */
import { findEntry, type ZipArchive } from './zip-directory.ts';
import { readEntryChunks } from './zip-entry-stream.ts';
import { recordRegions } from './xml-record-chunks.ts';
import { utf8Chunks } from './xml-encoding.ts';
import { detectPrefix, isNameEnd, LT, matchAt, readRichText, richTextEnd, SLASH, GT, utf8 } from './xml-bytes.ts';
import { readError, formatBytes } from './read-error.ts';
import { decodeXmlText } from './xml-text.ts';
import type { ReadLimits } from './limits.ts';
import { SharedStringTable, type SharedStringSink } from './shared-string-table.ts';

/**
 * Fast path for the usual record `<si><t>text</t></si>` (or `<t xml:space="preserve">`): stores the
 * text and returns the position after `</si>`, or -1 when the record is anything else (rich text,
 * phonetic runs) and must take the general path. Plain byte loops; text without `&`, `_x` or CR is
 * copied as bytes without being decoded at all.
 */
function plainSi(buf: Buffer, p: number, end: number, prefix: Uint8Array, out: SharedStringSink, maxChars: number): number {
  const pl = prefix.length;
  if (buf[p] !== LT || (pl !== 0 && !matchAt(buf, p + 1, prefix)) || buf[p + 1 + pl] !== 0x74 || !isNameEnd(buf[p + 2 + pl])) return -1;
  p += 2 + pl;
  while (p < end && buf[p] !== GT) p++;
  if (p >= end || buf[p - 1] === SLASH) return -1;
  const ts = ++p;
  let special = false;
  for (let c = buf[p]; c !== LT; c = buf[++p]) {
    if (p >= end) return -1;
    if (c === 0x26 || c === 0x5f || c === 0x0d) special = true;
  }
  const te = p;
  // Expect </t></si> exactly.
  if (buf[p + 1] !== SLASH || (pl !== 0 && !matchAt(buf, p + 2, prefix)) || buf[p + 2 + pl] !== 0x74 || buf[p + 3 + pl] !== GT) return -1;
  p += 4 + pl;
  if (buf[p] !== LT || buf[p + 1] !== SLASH || (pl !== 0 && !matchAt(buf, p + 2, prefix))
    || buf[p + 2 + pl] !== 0x73 || buf[p + 3 + pl] !== 0x69 || buf[p + 4 + pl] !== GT) return -1;
  // UTF-8 never has fewer bytes than characters, so only long byte runs need the exact count.
  if (special || te - ts > maxChars) {
    const text = special ? decodeXmlText(utf8(buf, ts, te)) : utf8(buf, ts, te);
    if (text.length > maxChars) return -2;
    out.addString(text);
  } else {
    out.addBytes(buf, ts, te);
  }
  return p + 5 + pl;
}

const SI = Buffer.from('si', 'latin1');

/** Parses the `<si>` records of one region into `out`. Exported for the chunk-boundary tests. */
export function parseSharedStringRegion(
  buf: Buffer, prefix: Uint8Array, out: SharedStringSink, maxChars: number, tooLong: () => Error,
): void {
  const pl = prefix.length;
  const si = SI;
  const end = buf.length;
  let p = 0;
  while (p < end) {
    while (p < end && buf[p] !== LT) p++;
    if (p >= end) break;
    const q = p + 1;
    if ((pl !== 0 && !matchAt(buf, q, prefix)) || buf[q + pl] !== 0x73 || buf[q + pl + 1] !== 0x69 || !isNameEnd(buf[q + pl + 2])) {
      p = q;
      continue;
    }
    let gt = q + pl + 2;
    while (gt < end && buf[gt] !== GT) gt++;
    if (gt >= end) break;
    if (buf[gt - 1] === SLASH) { out.addString(''); p = gt + 1; continue; }
    const next = plainSi(buf, gt + 1, end, prefix, out, maxChars);
    if (next === -2) throw tooLong();
    if (next >= 0) { p = next; continue; }
    const text = readRichText(buf, gt + 1, end, prefix, si);
    if (text.length > maxChars) throw tooLong();
    out.addString(text);
    p = richTextEnd.pos;
  }
}

/** Reads the whole shared-strings table; an empty table when the workbook has none. */
export async function readSharedStrings(
  zip: ZipArchive, part: string | null, limits: ReadLimits, signal?: AbortSignal,
): Promise<SharedStringTable> {
  const out = new SharedStringTable();
  await parseSharedStrings(zip, part, limits, out, signal);
  return out;
}

/** Parses the shared-strings part into `out`, string by string, with the limits of `limits`. */
export async function parseSharedStrings(
  zip: ZipArchive, part: string | null, limits: ReadLimits, out: SharedStringSink, signal?: AbortSignal,
): Promise<void> {
  const entry = part ? findEntry(zip, part) : undefined;
  if (!entry) return;
  const bomb = () => readError(zip.path, '的共享字符串表过大（可能是压缩炸弹），已拒绝');
  const tooLong = () => readError(
    zip.path, `的共享字符串中有单元格内容过长（超过 ${limits.maxCellChars} 个字符），已拒绝`,
  );
  const chunks = readEntryChunks(zip, entry, {
    maxBytes: limits.maxSharedStringsBytes,
    maxRatio: limits.maxSharedStringsRatio,
    ratioAfter: limits.ratioCheckAfterBytes,
    signal,
    tooLarge: bomb,
    verifyCrc: true,
  });
  const tooBig = () => readError(zip.path, `的共享字符串中有一项超过 ${formatBytes(limits.maxRowBytes)}，已拒绝`);
  // The prefix (`<x:si` in OpenXML-SDK files) must be known before regions can be cut.
  const first = await chunks.next();
  if (first.done) return;
  const prefixText = detectPrefix(first.value, 'sst') ?? '';
  const prefix = Buffer.from(prefixText, 'latin1');
  const unsupported = (enc: string) => readError(zip.path, `的共享字符串表使用了无法识别的字符编码 ${enc}，请在 Excel 或 WPS 中打开后另存为 .xlsx`);
  const regions = recordRegions(utf8Chunks(first.value, chunks, unsupported), `<${prefixText}si`, limits.maxRowBytes, tooBig);
  for await (const region of regions) {
    signal?.throwIfAborted();
    parseSharedStringRegion(region, prefix, out, limits.maxCellChars, tooLong);
  }
}
