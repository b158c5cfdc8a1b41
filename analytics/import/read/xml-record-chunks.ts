/**
 * Re-cuts a stream of arbitrary byte chunks into regions that end just before a record start tag
 * (`<row`, `<si`). Every region then holds only whole records, so the scanners never see a tag, a
 * number or a UTF-8 character split across chunks. The unfinished tail is carried into the next region;
 * the carry is bounded by `maxCarry` so one enormous record cannot exhaust memory.
 */
import { isNameEnd } from './xml-bytes.ts';

/** Last position of `marker` in `chunk` that is followed by a name end (a complete start-tag name). */
function lastRecordStart(chunk: Buffer, marker: Buffer): number {
  let from = chunk.length;
  while (from >= 0) {
    const i = chunk.lastIndexOf(marker, from);
    if (i < 0) return -1;
    const next = i + marker.length;
    // A marker at the very end cannot be told from `<rowBreaks`; earlier ones can.
    if (next < chunk.length && isNameEnd(chunk[next])) return i;
    from = i - 1;
  }
  return -1;
}

/** First position of `marker` in `chunk` (before `limit`) followed by a name end. */
function firstRecordStart(chunk: Buffer, marker: Buffer, limit: number): number {
  let from = 0;
  for (;;) {
    const i = chunk.indexOf(marker, from);
    if (i < 0 || i > limit) return -1;
    if (isNameEnd(chunk[i + marker.length])) return i;
    from = i + 1;
  }
}

/**
 * Yields regions made of whole records (the first region also holds whatever precedes the first
 * record; the last one whatever follows the last). Only the record cut by a chunk boundary is
 * copied (carry + the new chunk's head); the body of each chunk is yielded as a view, not a copy.
 */
export async function* recordRegions(
  chunks: AsyncIterable<Buffer>, marker: string, maxCarry: number, tooBig: () => Error,
): AsyncGenerator<Buffer, void, undefined> {
  const mark = Buffer.from(marker, 'latin1');
  let pending: Buffer[] = [];
  let pendingLen = 0;
  for await (const chunk of chunks) {
    const last = lastRecordStart(chunk, mark);
    if (last < 0) {
      pending.push(chunk);
      pendingLen += chunk.length;
      if (pendingLen > maxCarry) throw tooBig();
      continue;
    }
    const first = firstRecordStart(chunk, mark, last);
    // The record left open by the previous chunk ends before `first`: complete it with a small copy.
    if (pendingLen > 0 || first > 0) {
      const head = chunk.subarray(0, first);
      yield pendingLen === 0 ? head : Buffer.concat([...pending, head], pendingLen + head.length);
    }
    if (last > first) yield chunk.subarray(first, last);
    pending = [chunk.subarray(last)];
    pendingLen = chunk.length - last;
  }
  if (pendingLen > 0) yield pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingLen);
}

/** `first` followed by the rest of `rest`: puts back a chunk that was read ahead (to sniff a prefix). */
export async function* prependChunk(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer, void, undefined> {
  yield first;
  try {
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    await rest.return?.();
  }
}
