/**
 * A minimal zip reader for .xlsx: the end-of-central-directory record (zip64 too), the central
 * directory, and the local header of one entry. Only the directory is read up front; entry data is
 * streamed by `zip-entry-stream.ts`, so a 1 GB sheet never sits in memory.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { readError } from './read-error.ts';

/** One file inside the archive, as the central directory describes it. */
export interface ZipEntry {
  /** Name as stored (forward slashes). */
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when read. */
  method: number;
  flags: number;
  /** CRC-32 of the uncompressed data, from the central directory. */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** An opened archive: its path, size and entries by normalized name. */
export interface ZipArchive {
  path: string;
  fileSize: number;
  /** Keyed by {@link normalizeZipName}. */
  entries: Map<string, ZipEntry>;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** The EOCD record is 22 bytes plus a comment of at most 65 535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
/** A central directory bigger than this is not an office document (they hold tens of entries). */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Lower-case, forward slashes, no leading slash: some writers use `\` or odd capitalization. */
export function normalizeZipName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** Looks an entry up by name, tolerant of case and slash direction. */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  return zip.entries.get(normalizeZipName(name));
}

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, pos);
  return bytesRead === len ? buf : buf.subarray(0, bytesRead);
}

/** 64-bit little-endian as a number (exact below 2^53, which any real file is). */
function u64(buf: Buffer, off: number): number {
  return Number(buf.readBigUInt64LE(off));
}

/** Reads the central directory of the zip at `path`. Throws a {@link ReadError} for a damaged file. */
export async function openZip(path: string): Promise<ZipArchive> {
  const broken = (why: string) => readError(path, `不是有效的 Excel 文件（zip 结构损坏：${why}）`);
  const fh = await open(path, 'r');
  try {
    const fileSize = (await fh.stat()).size;
    const tailLen = Math.min(fileSize, EOCD_SEARCH);
    const tail = await readAt(fh, fileSize - tailLen, tailLen);
    let eocd = -1;
    // Search backwards: the comment after the record may itself contain the signature bytes.
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail[i] === 0x50 && tail.readUInt32LE(i) === SIG_EOCD) { eocd = i; break; }
    }
    if (eocd < 0) throw broken('找不到目录记录，文件可能不完整或不是 zip');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    const eocdPos = fileSize - tailLen + eocd;
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd >= 20 ? eocd - 20 : -1;
      if (loc >= 0 && tail.readUInt32LE(loc) === SIG_ZIP64_LOCATOR) {
        const z64 = await readAt(fh, u64(tail, loc + 8), 56);
        if (z64.length < 56 || z64.readUInt32LE(0) !== SIG_ZIP64_EOCD) throw broken('zip64 目录记录无效');
        count = u64(z64, 32);
        cdSize = u64(z64, 40);
        cdOffset = u64(z64, 48);
      }
    }
    if (cdSize > MAX_DIRECTORY_BYTES || cdSize > fileSize) throw broken('目录大小不合理');
    // Data prepended to the archive shifts every offset; the EOCD position tells by how much.
    let shift = 0;
    const probe = await readAt(fh, cdOffset, 4);
    if (probe.length < 4 || probe.readUInt32LE(0) !== SIG_CENTRAL) {
      const expected = eocdPos - cdSize;
      if (count > 0 && expected >= 0 && expected !== cdOffset) shift = expected - cdOffset;
    }
    const cd = await readAt(fh, cdOffset + shift, cdSize);
    if (cd.length < cdSize) throw broken('目录被截断');
    const entries = parseCentralDirectory(cd, count, shift, broken);
    return { path, fileSize, entries };
  } finally {
    await fh.close();
  }
}

function parseCentralDirectory(
  cd: Buffer, count: number, shift: number, broken: (why: string) => Error,
): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count && p + 46 <= cd.length; n++) {
    if (cd.readUInt32LE(p) !== SIG_CENTRAL) throw broken('目录项签名错误');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc32 = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen > cd.length) throw broken('目录项超出范围');
    // OOXML part names are ASCII; utf8 is right for them and for the UTF-8 flag (bit 11).
    const name = cd.toString('utf8', p + 46, nameEnd);
    // Zip64 extra field: 64-bit values appear only for the fields that hold 0xFFFFFFFF.
    let e = nameEnd;
    const extraEnd = nameEnd + extraLen;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const size = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + size) { uncompressedSize = u64(cd, q); q += 8; }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + size) { compressedSize = u64(cd, q); q += 8; }
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + size) { localHeaderOffset = u64(cd, q); }
      }
      e += 4 + size;
    }
    entries.set(normalizeZipName(name), {
      name, method, flags, crc32, compressedSize, uncompressedSize, localHeaderOffset: localHeaderOffset + shift,
    });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** Offset of the entry's data: the local header repeats the name and has its own extra field. */
export async function entryDataOffset(zip: ZipArchive, entry: ZipEntry): Promise<number> {
  const fh = await open(zip.path, 'r');
  try {
    const head = await readAt(fh, entry.localHeaderOffset, 30);
    if (head.length < 30 || head.readUInt32LE(0) !== SIG_LOCAL) {
      throw readError(zip.path, `不是有效的 Excel 文件（zip 结构损坏："${entry.name}" 的本地头无效）`);
    }
    return entry.localHeaderOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  } finally {
    await fh.close();
  }
}
