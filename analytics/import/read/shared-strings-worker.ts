/**
 * The worker thread of `shared-strings-client.ts`: parses a workbook's shared-strings part with the
 * ordinary parser and posts the strings in pieces as they are parsed — UTF-8 bytes plus start and
 * end offsets, transferred, not cloned. The first pieces are small, so the first rows of a sheet
 * can be converted (and its kind detected) while the rest of the table is still being parsed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from './limits.ts';
import { openZip } from './zip-directory.ts';
import { toWorkerError, type WorkerError } from './read-error.ts';
import { parseSharedStrings } from './xlsx-shared-strings.ts';
import { copyBytes, doubled, type SharedStringSink } from './shared-string-table.ts';

/** What the parent passes in `workerData`. */
export interface SharedStringsWorkerData {
  path: string;
  part: string;
  limits: ReadLimits;
}

/** One piece: string k is `bytes[starts[k], ends[k])`. */
export interface SharedStringsPiece {
  bytes: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Messages to the parent. */
export type SharedStringsWorkerMessage =
  | { type: 'piece'; piece: SharedStringsPiece }
  | { type: 'end' }
  | { type: 'error'; error: WorkerError };

const FIRST_PIECE_BYTES = 256 * 1024;
const MAX_PIECE_BYTES = 8 * 1024 * 1024;

/** Collects strings into pieces and hands each full piece to `post`. */
class PieceSink implements SharedStringSink {
  private bytes: Buffer;
  private used = 0;
  private starts: Uint32Array;
  private ends: Uint32Array;
  private count = 0;

  constructor(private readonly post: (piece: SharedStringsPiece) => void, private size = FIRST_PIECE_BYTES) {
    this.bytes = Buffer.allocUnsafeSlow(size);
    this.starts = new Uint32Array(4096);
    this.ends = new Uint32Array(4096);
  }

  addBytes(buf: Uint8Array, a: number, b: number): void {
    const n = b - a;
    this.room(n);
    const start = this.used;
    copyBytes(this.bytes, start, buf, a, b);
    this.record(start, start + n);
  }

  addString(s: string): void {
    const n = Buffer.byteLength(s, 'utf8');
    this.room(n);
    const start = this.used;
    this.bytes.write(s, start, 'utf8');
    this.record(start, start + n);
  }

  /** Posts what is left. */
  flush(): void {
    if (this.count === 0) return;
    const piece = {
      bytes: new Uint8Array(this.bytes.buffer, 0, this.used),
      starts: this.starts.slice(0, this.count), ends: this.ends.slice(0, this.count),
    };
    this.count = 0;
    this.used = 0;
    this.bytes = Buffer.allocUnsafeSlow(this.size);
    this.post(piece);
  }

  private room(n: number): void {
    if (this.used + n <= this.bytes.length) return;
    this.flush();
    this.size = Math.min(MAX_PIECE_BYTES, this.size * 2);
    if (n > this.bytes.length || this.size > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(Math.max(n, this.size));
  }

  private record(start: number, end: number): void {
    if (this.count === this.starts.length) {
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    this.used = end;
  }
}

async function run(port: NonNullable<typeof parentPort>, data: SharedStringsWorkerData): Promise<void> {
  const post = (m: SharedStringsWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  try {
    const sink = new PieceSink((piece) => post({ type: 'piece', piece }, [
      piece.bytes.buffer as ArrayBuffer, piece.starts.buffer as ArrayBuffer, piece.ends.buffer as ArrayBuffer,
    ]));
    await parseSharedStrings(await openZip(data.path), data.part, data.limits, sink);
    sink.flush();
    post({ type: 'end' });
  } catch (e) {
    post({ type: 'error', error: toWorkerError(e) });
  }
}

if (parentPort) await run(parentPort, workerData as SharedStringsWorkerData);
