/**
 * Classifies a file by its first bytes, so formats are told by content rather than by extension, and
 * recognises a few non-table formats for a helpful message.
 */

/** What the content of a file says it is. */
export type SniffedFormat = 'xlsx' | 'xls' | 'parquet' | 'text' | 'markup';

/** Signatures of formats that are not tables, for a helpful message. */
export const OTHER_FORMATS: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
];

/** True when `head` begins with the byte signature `sig`. */
export function startsWith(head: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => head[i] === b);
}

/** Classifies a file by its first bytes. `markup` = text starting with '<' (HTML or XML 2003). */
export function sniffFormat(head: Uint8Array): SniffedFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x3c ? 'markup' : 'text';
}

