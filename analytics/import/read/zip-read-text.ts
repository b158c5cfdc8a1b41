/**
 * Reads a small zip part (workbook.xml, rels, styles.xml) whole, as text. Only for parts bounded by
 * `maxBytes`; sheets and shared strings are streamed instead.
 */
import type { ZipArchive, ZipEntry } from './zip-directory.ts';
import { readEntryChunks } from './zip-entry-stream.ts';
import { readError, formatBytes } from './read-error.ts';
import { decodeXmlPart } from './xml-encoding.ts';

/** The part's text (UTF-8, UTF-16 after a UTF-16 byte-order mark, or the legacy encoding it declares). */
export async function readEntryText(
  zip: ZipArchive, entry: ZipEntry, maxBytes: number, signal?: AbortSignal,
): Promise<string> {
  const chunks: Buffer[] = [];
  const tooLarge = () => readError(zip.path, `中的 "${entry.name}" 过大（超过 ${formatBytes(maxBytes)}），已拒绝`);
  for await (const chunk of readEntryChunks(zip, entry, { maxBytes, signal, tooLarge, verifyCrc: true })) chunks.push(chunk);
  const buf = Buffer.concat(chunks);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  return decodeXmlPart(buf, (enc) => readError(zip.path, `中的 "${entry.name}" 使用了无法识别的字符编码 ${enc}，请在 Excel 或 WPS 中打开后另存为 .xlsx`));
}
