/**
 * Streams one zip entry's uncompressed bytes. Inflation runs in node's native zlib on the thread pool,
 * so it overlaps with the JavaScript that scans the previous chunk. Size and ratio limits are checked
 * as bytes come out, so a bomb is refused after a few megabytes, whatever its header claims.
 */
import { createReadStream } from 'node:fs';
import * as zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { entryDataOffset, type ZipArchive, type ZipEntry } from './zip-directory.ts';
import { readError } from './read-error.ts';

/** Why {@link readEntryChunks} gave up on an entry that is too big. */
export type TooLargeKind = 'size' | 'ratio';

/** Options for {@link readEntryChunks}. */
export interface EntryReadOptions {
  /** Refuse once more than this many uncompressed bytes come out (or are declared). */
  maxBytes: number;
  /** Refuse when uncompressed/compressed exceeds this, once `ratioAfter` bytes came out. */
  maxRatio?: number;
  ratioAfter?: number;
  signal?: AbortSignal;
  /**
   * Check the CRC-32 from the central directory at the end. Costs ~0.7 ms per MB on the main thread,
   * so the sheet reader leaves it off for worksheets (a damaged deflate stream still fails to inflate).
   */
  verifyCrc?: boolean;
  /** Size of the chunks zlib produces; bigger chunks mean fewer boundaries to carry over. */
  chunkSize?: number;
  /** Builds the error for an entry over the limits (the caller knows what the entry is). */
  tooLarge: (kind: TooLargeKind) => Error;
}

const DEFAULT_CHUNK = 1024 * 1024;

/** Yields the entry's uncompressed content chunk by chunk. Breaking out of the loop closes the file. */
export async function* readEntryChunks(
  zip: ZipArchive, entry: ZipEntry, opts: EntryReadOptions,
): AsyncGenerator<Buffer, void, undefined> {
  const { signal } = opts;
  signal?.throwIfAborted();
  const damaged = (cause?: unknown) =>
    readError(zip.path, `已损坏（压缩包中的 "${entry.name}" 无法解压，文件可能不完整）`, cause);
  if (entry.flags & 1) throw readError(zip.path, '已加密，无法读取（请先在 Excel 中取消密码保护）');
  if (entry.method !== 0 && entry.method !== 8) {
    throw readError(zip.path, `使用了不支持的压缩方式（"${entry.name}"，方法 ${entry.method}）`);
  }
  if (entry.uncompressedSize > opts.maxBytes) throw opts.tooLarge('size');
  const start = await entryDataOffset(zip, entry);
  if (entry.compressedSize === 0) return;
  if (start + entry.compressedSize > zip.fileSize) throw damaged();

  const source = createReadStream(zip.path, {
    start, end: start + entry.compressedSize - 1, highWaterMark: 1024 * 1024,
  });
  let stream: Readable = source;
  const inflate = entry.method === 8
    ? zlib.createInflateRaw({ chunkSize: opts.chunkSize ?? DEFAULT_CHUNK })
    : null;
  if (inflate) {
    source.on('error', (err) => inflate.destroy(err));
    stream = source.pipe(inflate);
  }
  const maxRatio = opts.maxRatio ?? Infinity;
  const ratioAfter = opts.ratioAfter ?? 0;
  let out = 0;
  let crc = 0;
  // zlib.crc32 exists from node 20.15 / 22.2; older runtimes (an old Electron) skip the check.
  const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  const verify = opts.verifyCrc === true && typeof crc32 === 'function';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      out += chunk.length;
      if (out > opts.maxBytes) throw opts.tooLarge('size');
      // bytesWritten = compressed bytes zlib has consumed, exact, unlike bytes read from disk.
      if (inflate && out > ratioAfter && out / Math.max(inflate.bytesWritten, 1) > maxRatio) {
        throw opts.tooLarge('ratio');
      }
      if (verify) crc = crc32!(chunk, crc);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof Error && (err as NodeJS.ErrnoException).code?.startsWith('Z_')) throw damaged(err);
    throw err;
  } finally {
    source.destroy();
    inflate?.destroy();
  }
  if (!inflate && out < entry.compressedSize) throw damaged();
  if (verify && crc >>> 0 !== entry.crc32 >>> 0) {
    throw readError(zip.path, `已损坏（压缩包中的 "${entry.name}" 校验和不符，内容可能已被破坏）`);
  }
}
