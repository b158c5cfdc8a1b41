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
   * Check the CRC-32 from the central directory at the end. For deflated entries zlib checks it on
   * its own thread (see {@link gzipTrailer}); stored entries are summed here.
   */
  verifyCrc?: boolean;
  /** Size of the chunks zlib produces; bigger chunks mean fewer boundaries to carry over. */
  chunkSize?: number;
  /** Builds the error for an entry over the limits (the caller knows what the entry is). */
  tooLarge: (kind: TooLargeKind) => Error;
}

const DEFAULT_CHUNK = 1024 * 1024;

/** A gzip member header: deflate, no flags, no time, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The gzip trailer for an entry: its CRC-32 and size (mod 2^32) from the central directory. Framed
 * as gzip, the entry's raw deflate data is checked by zlib itself, on the thread pool where it
 * inflates: summing ~1 GB of sheet XML on the main thread cost ~0.4 s of a 1 M-row import.
 */
function gzipTrailer(entry: ZipEntry): Buffer {
  const t = Buffer.alloc(8);
  t.writeUInt32LE(entry.crc32 >>> 0, 0);
  t.writeUInt32LE(entry.uncompressedSize % 2 ** 32, 4);
  return t;
}

/** zlib's messages for a gzip trailer that does not match (the CRC is checked before the size). */
const CRC_MISMATCH = 'incorrect data check';
const SIZE_MISMATCH = 'incorrect length check';

/** Yields the entry's uncompressed content chunk by chunk. Breaking out of the loop closes the file. */
export function readEntryChunks(zip: ZipArchive, entry: ZipEntry, opts: EntryReadOptions): AsyncGenerator<Buffer, void, undefined> {
  return entryChunks(zip, entry, opts, true);
}

async function* entryChunks(
  zip: ZipArchive, entry: ZipEntry, opts: EntryReadOptions, zlibMayCheck: boolean,
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
  const checkInZlib = zlibMayCheck && opts.verifyCrc === true && entry.method === 8;
  const chunkSize = opts.chunkSize ?? DEFAULT_CHUNK;
  let stream: Readable = source;
  const inflate = entry.method !== 8 ? null : checkInZlib ? zlib.createGunzip({ chunkSize }) : zlib.createInflateRaw({ chunkSize });
  if (inflate) {
    source.on('error', (err) => inflate.destroy(err));
    if (checkInZlib) {
      inflate.write(GZIP_HEADER);
      source.pipe(inflate, { end: false });
      source.on('end', () => inflate.end(gzipTrailer(entry)));
    } else {
      source.pipe(inflate);
    }
    stream = inflate;
  }
  const maxRatio = opts.maxRatio ?? Infinity;
  const ratioAfter = opts.ratioAfter ?? 0;
  let out = 0;
  let crc = 0;
  // zlib.crc32 exists from node 20.15 / 22.2; older runtimes (an old Electron) cannot sum here.
  const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  const verifyHere = opts.verifyCrc === true && !checkInZlib && typeof crc32 === 'function';
  const crcMismatch = () => readError(zip.path, `已损坏（压缩包中的 "${entry.name}" 校验和不符，内容可能已被破坏）`);
  let recheck = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      out += chunk.length;
      if (out > opts.maxBytes) throw opts.tooLarge('size');
      // bytesWritten = compressed bytes zlib has consumed, exact, unlike bytes read from disk.
      if (inflate && out > ratioAfter && out / Math.max(inflate.bytesWritten, 1) > maxRatio) {
        throw opts.tooLarge('ratio');
      }
      if (verifyHere) crc = crc32!(chunk, crc);
      yield chunk;
    }
  } catch (err) {
    const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
    const message = err instanceof Error ? err.message : '';
    // The gzip trailer did not match. Judged again the way entries always were (raw inflate, CRC
    // summed here, declared size not checked), so the framing changes no verdict: bytes after the
    // deflate stream, or a wrong declared size, stay accepted. Only a damaged file pays the second pass.
    // Without zlib.crc32 (an old runtime) the second pass could not check the CRC: zlib's word stands.
    const trailer = checkInZlib && code === 'Z_DATA_ERROR' ? message : '';
    if (trailer === CRC_MISMATCH && typeof crc32 !== 'function') throw crcMismatch();
    if (trailer === CRC_MISMATCH || trailer === SIZE_MISMATCH) recheck = true;
    else if (code?.startsWith('Z_')) throw damaged(err);
    else throw err;
  } finally {
    source.destroy();
    inflate?.destroy();
  }
  if (recheck) {
    // zlib may drop the output of the step that reported the error: the bytes not yet delivered follow.
    yield* skipBytes(entryChunks(zip, entry, opts, false), out);
    return;
  }
  if (!inflate && out < entry.compressedSize) throw damaged();
  if (verifyHere && crc >>> 0 !== entry.crc32 >>> 0) throw crcMismatch();
}

/** The chunks of `chunks` without their first `skip` bytes. */
async function* skipBytes(chunks: AsyncIterable<Buffer>, skip: number): AsyncGenerator<Buffer, void, undefined> {
  let left = skip;
  for await (const chunk of chunks) {
    if (left >= chunk.length) { left -= chunk.length; continue; }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}
