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
import { OTHER_FORMATS, sniffFormat, startsWith } from './sniff-format.ts';

export { sniffFormat, type SniffedFormat } from './sniff-format.ts';

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
  // An OLE2 container named .xlsx is a password-protected workbook (Excel wraps encrypted OOXML so).
  if (format === 'xls' && (ext === '.xlsx' || ext === '.xlsm')) {
    throw readError(path, '已加密，无法读取（请先在 Excel 中取消打开密码后另存）');
  }
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
