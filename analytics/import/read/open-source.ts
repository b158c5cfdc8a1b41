/**
 * Entry point of the readers: looks at the file's first bytes (not only its extension — agencies
 * rename files freely) and opens it with the matching reader. Every failure is one {@link ReadError}
 * whose message names the file and the problem.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { WorkbookSource } from '../types.ts';
import type { ReadOptions } from './limits.ts';
import { readError } from './read-error.ts';
import { asReadError } from './read-guard.ts';
import { openXlsx } from './read-xlsx.ts';
import { openXls } from './read-xls.ts';
import { openCsv } from './read-csv.ts';
import { openParquet } from './read-parquet.ts';

/** What the content of a file says it is. */
export type SniffedFormat = 'xlsx' | 'xls' | 'parquet' | 'text' | 'markup';

/** Signatures of formats that are not tables, for a helpful message. */
const OTHER_FORMATS: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
];

function startsWith(head: Uint8Array, sig: number[]): boolean {
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

/**
 * Opens an input file by content: zip → .xlsx, OLE2 → .xls, `PAR1` → Parquet, otherwise text
 * (CSV/TXT). A text or HTML file named .xls goes to the .xls reader (SheetJS reads HTML tables) or
 * the CSV reader (tab-separated "Excel" exports); a non-zip file named .xlsx is refused.
 */
export async function openSource(path: string, opts: ReadOptions = {}): Promise<WorkbookSource> {
  opts.signal?.throwIfAborted();
  const head = new Uint8Array(512);
  let size: number;
  try {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      if (st.isDirectory()) throw readError(path, '是文件夹，不是文件');
      size = st.size;
      await fh.read(head, 0, head.length, 0);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw asReadError(path, err);
  }
  if (size === 0) throw readError(path, '是空文件');
  const ext = extname(path).toLowerCase();
  for (const [sig, what] of OTHER_FORMATS) {
    if (startsWith(head, sig)) throw readError(path, `是 ${what}，不是 Excel 或 CSV 表格`);
  }
  const format = sniffFormat(head.subarray(0, Math.min(size, head.length)));
  switch (format) {
    case 'xlsx': return openXlsx(path, opts);
    case 'xls': return openXls(path, opts);
    case 'parquet': return openParquet(path, opts);
    default: break;
  }
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xltx') {
    throw readError(path, '不是有效的 Excel 文件（内容不是 xlsx 格式，可能已损坏或扩展名不对）');
  }
  if (ext === '.parquet') throw readError(path, '不是有效的 Parquet 文件');
  if (ext === '.xls' && format === 'markup') return openXls(path, opts);
  return openCsv(path, opts);
}
