/**
 * The shared-strings table (`xl/sharedStrings.xml`), resolved once into an array so every `t="s"`
 * cell is a plain index lookup. Streamed in regions of whole `<si>` records; the part's size and
 * compression ratio are limited because a tiny file can declare gigabytes of strings (a zip bomb).
 */
import { findEntry, type ZipArchive } from './zip-directory.ts';
import { readEntryChunks } from './zip-entry-stream.ts';
import { recordRegions } from './xml-record-chunks.ts';
import { detectPrefix, isNameEnd, LT, matchAt, readRichText, richTextEnd, SLASH, GT, utf8 } from './xml-bytes.ts';
import { readError, formatBytes } from './read-error.ts';
import { decodeXmlText } from './xml-text.ts';
import type { ReadLimits } from './limits.ts';

/**
 * Fast path for the usual record `<si><t>text</t></si>` (or `<t xml:space="preserve">`): returns the
 * decoded text and sets `fastEnd` past `</si>`, or null when the record is anything else (rich text,
 * phonetic runs) and must take the general path. Plain byte loops, no native calls but the decode.
 */
function plainSi(buf: Buffer, p: number, end: number, prefix: Uint8Array): string | null {
  const pl = prefix.length;
  if (buf[p] !== LT || (pl !== 0 && !matchAt(buf, p + 1, prefix)) || buf[p + 1 + pl] !== 0x74 || !isNameEnd(buf[p + 2 + pl])) return null;
  p += 2 + pl;
  while (p < end && buf[p] !== GT) p++;
  if (p >= end || buf[p - 1] === SLASH) return null;
  const ts = ++p;
  let special = false;
  for (let c = buf[p]; c !== LT; c = buf[++p]) {
    if (p >= end) return null;
    if (c === 0x26 || c === 0x5f || c === 0x0d) special = true;
  }
  const te = p;
  // Expect </t></si> exactly.
  if (buf[p + 1] !== SLASH || (pl !== 0 && !matchAt(buf, p + 2, prefix)) || buf[p + 2 + pl] !== 0x74 || buf[p + 3 + pl] !== GT) return null;
  p += 4 + pl;
  if (buf[p] !== LT || buf[p + 1] !== SLASH || (pl !== 0 && !matchAt(buf, p + 2, prefix))
    || buf[p + 2 + pl] !== 0x73 || buf[p + 3 + pl] !== 0x69 || buf[p + 4 + pl] !== GT) return null;
  fastEnd = p + 5 + pl;
  const text = utf8(buf, ts, te);
  return special ? decodeXmlText(text) : text;
}
let fastEnd = 0;

/** Parses the `<si>` records of one region into `out`. Exported for the chunk-boundary tests. */
export function parseSharedStringRegion(
  buf: Buffer, prefix: Uint8Array, out: string[], maxChars: number, tooLong: () => Error,
): void {
  const pl = prefix.length;
  const si = Buffer.from('si', 'latin1');
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
    if (buf[gt - 1] === SLASH) { out.push(''); p = gt + 1; continue; }
    let text = plainSi(buf, gt + 1, end, prefix);
    if (text !== null) {
      p = fastEnd;
    } else {
      text = readRichText(buf, gt + 1, end, prefix, si);
      p = richTextEnd.pos;
    }
    if (text.length > maxChars) throw tooLong();
    out.push(text);
  }
}

/** Reads the whole shared-strings table; an empty array when the workbook has none. */
export async function readSharedStrings(
  zip: ZipArchive, part: string | null, limits: ReadLimits, signal?: AbortSignal,
): Promise<string[]> {
  const entry = part ? findEntry(zip, part) : undefined;
  if (!entry) return [];
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
  });
  const out: string[] = [];
  let prefix: Uint8Array | null = null;
  const tooBig = () => readError(zip.path, `的共享字符串中有一项超过 ${formatBytes(limits.maxRowBytes)}，已拒绝`);
  let regions: AsyncGenerator<Buffer> | null = null;
  // The prefix (`<x:si` in OpenXML-SDK files) must be known before regions can be cut.
  const first = await chunks.next();
  if (first.done) return out;
  prefix = Buffer.from(detectPrefix(first.value, 'sst') ?? '', 'latin1');
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    yield* chunks;
  }
  regions = recordRegions(all(), `<${Buffer.from(prefix).toString('latin1')}si`, limits.maxRowBytes, tooBig);
  for await (const region of regions) {
    signal?.throwIfAborted();
    parseSharedStringRegion(region, prefix, out, limits.maxCellChars, tooLong);
  }
  return out;
}
