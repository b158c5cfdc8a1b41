/**
 * The `<mergeCells>` of a worksheet. They are written after `<sheetData>`, so the streaming scan
 * sees them only after the rows; for sheets up to {@link MERGE_SCAN_MAX_BYTES} the part is inflated
 * once more beforehand to collect them (a few milliseconds). Larger sheets are system exports,
 * which do not merge data cells; their merges are not read.
 */
import { findEntry, type ZipArchive } from './zip-directory.ts';
import { readEntryChunks } from './zip-entry-stream.ts';
import type { ReadLimits } from './limits.ts';
import { parseRange, type MergeRange } from './merge-fill.ts';

/** Sheet XML size (uncompressed) up to which merges are read. */
export const MERGE_SCAN_MAX_BYTES = 16 * 1024 * 1024;

const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([^"]+)"/g;
const WORD = Buffer.from('mergeCell', 'latin1');
// Bytes kept from one chunk for the next, so an element cut at a chunk boundary is still found.
const CARRY = 256;

/**
 * The merged ranges of a sheet, or [] for a sheet too large to pre-read (or with none). A damaged
 * part yields what was found: the row scan that follows reports the damage.
 */
export async function readMerges(zip: ZipArchive, part: string, limits: ReadLimits, signal?: AbortSignal): Promise<MergeRange[]> {
  const entry = findEntry(zip, part);
  if (!entry || entry.uncompressedSize > MERGE_SCAN_MAX_BYTES) return [];
  const out: MergeRange[] = [];
  let tail = Buffer.alloc(0);
  try {
    const chunks = readEntryChunks(zip, entry, {
      maxBytes: Math.min(limits.maxSheetBytes, MERGE_SCAN_MAX_BYTES), signal, verifyCrc: false,
      tooLarge: () => new Error('sheet larger than its directory entry'),
    });
    for await (const chunk of chunks) {
      // Most chunks are rows only: look for the word in bytes before decoding anything.
      const joined = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      if (joined.indexOf(WORD) >= 0) {
        const text = joined.toString('latin1');
        let lastEnd = 0;
        for (const m of text.matchAll(MERGE_CELL)) {
          const r = parseRange(m[1]);
          if (r) out.push(r);
          lastEnd = m.index + m[0].length;
        }
        tail = Buffer.from(text.slice(Math.max(lastEnd, text.length - CARRY)), 'latin1');
      } else {
        tail = Buffer.from(joined.subarray(Math.max(0, joined.length - CARRY)));
      }
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
  }
  return out;
}
