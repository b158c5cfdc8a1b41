/**
 * The CRC-32 of a deflated entry is checked by zlib (the entry framed as gzip) with the same verdicts
 * as before: a wrong CRC is refused; a wrong declared size or bytes after the deflate stream are
 * accepted with every byte delivered; a stored entry is still summed in JavaScript.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findEntry, openZip } from '../../read/zip-directory.ts';
import { readEntryChunks } from '../../read/zip-entry-stream.ts';
import { buildZip, type ZipInput } from './zip-builder.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir('zip-entry-');
afterAll(() => tmp.cleanup());

/** ~3 MB of varied text: several 256 KB output chunks, so a dropped last chunk would show. */
const DATA = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 100_003}</v></c></row>`).join(''));

async function read(entry: ZipInput, verifyCrc = true, slow = false): Promise<Buffer> {
  const path = tmp.file(`e-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(path, buildZip([entry]));
  const zip = await openZip(path);
  const chunks: Buffer[] = [];
  const opts = { maxBytes: 1 << 30, verifyCrc, chunkSize: 256 * 1024, tooLarge: () => new Error('too large') };
  for await (const c of readEntryChunks(zip, findEntry(zip, 'a.xml')!, opts)) {
    chunks.push(Buffer.from(c));
    // A slow reader leaves chunks buffered in the stream when zlib reports the trailer.
    if (slow) await new Promise((r) => setTimeout(r, 20));
  }
  return Buffer.concat(chunks);
}

describe('readEntryChunks CRC check', () => {
  it('delivers a sound deflated entry whole', async () => {
    expect((await read({ name: 'a.xml', data: DATA })).equals(DATA)).toBe(true);
  });

  it('refuses a deflated entry whose CRC does not match, and reads it when not asked to check', async () => {
    await expect(read({ name: 'a.xml', data: DATA, crc: 0x1234 })).rejects.toThrow('"a.xml" 校验和不符');
    expect((await read({ name: 'a.xml', data: DATA, crc: 0x1234 }, false)).equals(DATA)).toBe(true);
  });

  it('accepts a wrong declared size when the CRC matches, with every byte, read fast or slowly', async () => {
    for (const slow of [false, true]) {
      const got = await read({ name: 'a.xml', data: DATA, declaredSize: DATA.length - 5 }, true, slow);
      expect(got.length).toBe(DATA.length);
      expect(got.equals(DATA)).toBe(true);
    }
  });

  it('accepts bytes after the deflate stream when the CRC matches', async () => {
    const raw = Buffer.concat([deflateRawSync(DATA), Buffer.from('not part of the stream')]);
    const got = await read({ name: 'a.xml', raw, crc: crc32(DATA), declaredSize: DATA.length });
    expect(got.equals(DATA)).toBe(true);
    await expect(read({ name: 'a.xml', raw, crc: crc32(DATA) ^ 1, declaredSize: DATA.length })).rejects.toThrow('校验和不符');
  });

  it('sums a stored entry itself', async () => {
    expect((await read({ name: 'a.xml', data: DATA, method: 0 })).equals(DATA)).toBe(true);
    await expect(read({ name: 'a.xml', data: DATA, method: 0, crc: 7 })).rejects.toThrow('校验和不符');
  });
});
