/**
 * The byte pipeline of one worksheet, shared by the in-thread reader and the sheet worker: inflate
 * (with the size and CRC checks), transcoding of a non-UTF-8 part, the namespace prefix, and the
 * cut into regions of whole `<row>` records.
 */
import { findEntry, type ZipArchive } from './zip-directory.ts';
import { readEntryChunks } from './zip-entry-stream.ts';
import { recordRegions } from './xml-record-chunks.ts';
import { utf8Chunks } from './xml-encoding.ts';
import { detectPrefix } from './xml-bytes.ts';
import type { ReadLimits } from './limits.ts';
import { formatBytes, readError } from './read-error.ts';

/** A worksheet's regions, its element prefix, and the error builder naming file and sheet. */
export interface SheetRegions {
  prefix: string;
  regions: AsyncIterable<Buffer>;
  fail: (problem: string) => Error;
}

/** The error builder for problems of sheet `name`: the message names the file and the sheet. */
export function sheetFail(path: string, name: string): (problem: string) => Error {
  return (problem) => readError(path, `的工作表 "${name}" ${problem}`);
}

/** Opens the regions of the sheet stored in `part`; null when the part is empty. */
export async function openSheetRegions(
  zip: ZipArchive, sheet: { name: string; part: string }, limits: ReadLimits, signal?: AbortSignal,
): Promise<SheetRegions | null> {
  const entry = findEntry(zip, sheet.part);
  if (!entry) throw readError(zip.path, `的工作表 "${sheet.name}" 缺失（文件不完整）`);
  const fail = sheetFail(zip.path, sheet.name);
  const chunks = readEntryChunks(zip, entry, {
    maxBytes: limits.maxSheetBytes,
    signal,
    verifyCrc: limits.verifySheetCrc,
    tooLarge: () => fail(`过大（解压后超过 ${formatBytes(limits.maxSheetBytes)}），已拒绝`),
  });
  const first = await chunks.next();
  if (first.done) return null;
  const prefix = detectPrefix(first.value, 'worksheet') ?? '';
  const regions = recordRegions(
    utf8Chunks(first.value, chunks, (enc) => fail(`使用了无法识别的字符编码 ${enc}，请在 Excel 或 WPS 中打开后另存为 .xlsx`)),
    `<${prefix}row`, limits.maxRowBytes,
    () => fail(`中有一行数据超过 ${formatBytes(limits.maxRowBytes)}，已拒绝`),
  );
  return { prefix, regions, fail };
}
