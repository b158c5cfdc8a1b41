/**
 * The worker half of reading a large worksheet off the main thread (see `sheet-worker-client.ts`):
 * the same byte scanner as the in-thread reader, but instead of converting each cell it records
 * where the cell's raw value lies. Regions are copied into one message buffer and the records into
 * an Int32Array, so a batch crosses to the main thread by transfer, without structured-cloning
 * millions of strings (cloning the finished rows cost more than reading them).
 *
 * Record layout, per row with at least one cell: `rowNum, cellCount`, then per cell `col, type,
 * style, vs, ve` — `buf[vs, ve)` is the `<v>` text (vs = -1 when absent). Inline rich text is
 * decoded here, kept in {@link CellRecorder.inlines} and referenced as vs = -2 - index.
 */
import type { Cell } from '../types.ts';
import { SheetScanner, type SheetScanContext } from './xlsx-sheet-scanner.ts';
import { T_INLINE, T_SHARED } from './xlsx-cell-convert.ts';
import { parseUintBytes } from './xlsx-cell-values.ts';

/** Int32 slots per recorded cell. */
const CELL_SLOTS = 5;

/** One batch as posted to the main thread. */
export interface RecordedBatch {
  /** The regions' bytes, concatenated; record offsets point into it. */
  bytes: Uint8Array;
  /** Row and cell records (only the first `length` slots are used). */
  records: Int32Array;
  length: number;
  /** Texts of inline-string cells, in record order. */
  inlines: string[];
  rows: number;
  /** Largest shared-string index a cell of the batch refers to (-1: none). */
  maxShared: number;
}

/**
 * A byte array with an ArrayBuffer of its own (so it can be transferred), left uninitialized: zero-
 * filling a new 4 MB batch buffer 500 times per million rows cost more than the copies into it.
 */
function fresh(n: number): Uint8Array {
  const b = Buffer.allocUnsafeSlow(n);
  return new Uint8Array(b.buffer, b.byteOffset, n);
}

function freshInts(n: number): Int32Array {
  return new Int32Array(Buffer.allocUnsafeSlow(n * 4).buffer, 0, n);
}

/** A scanner that records cells instead of converting them. */
export class CellRecorder extends SheetScanner {
  private bytes: Uint8Array;
  private used = 0;
  /** Offset of the region being scanned inside {@link bytes}. */
  private base = 0;
  private records: Int32Array;
  private length = 0;
  private rowHead = -1;
  private inlines: string[] = [];
  private maxShared = -1;
  /** Rows recorded into the current batch. */
  rowCount = 0;

  constructor(ctx: Pick<SheetScanContext, 'maxColumns' | 'fail'>, prefix: string, private readonly batchBytes: number) {
    super({ ...ctx, sharedStrings: { get: () => undefined, length: 0 }, dateStyles: new Uint8Array(0), date1904: false, maxCellChars: Infinity }, prefix);
    this.bytes = fresh(batchBytes);
    this.records = freshInts(1 << 16);
  }

  /** Copies one region of whole rows into the batch and records its cells. */
  record(region: Buffer): void {
    if (this.used + region.length > this.bytes.length) {
      const grown = fresh(Math.max(this.bytes.length * 2, this.used + region.length));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(region, this.used);
    this.base = this.used;
    this.used += region.length;
    this.scan(region);
  }

  /** Hands over the batch recorded so far and starts a new one. */
  take(): RecordedBatch {
    const batch: RecordedBatch = {
      bytes: this.bytes.subarray(0, this.used), records: this.records, length: this.length,
      inlines: this.inlines, rows: this.rowCount, maxShared: this.maxShared,
    };
    this.maxShared = -1;
    this.bytes = fresh(this.batchBytes);
    this.records = freshInts(this.records.length);
    this.used = 0;
    this.length = 0;
    this.inlines = [];
    this.rowCount = 0;
    return batch;
  }

  private room(n: number): void {
    if (this.length + n <= this.records.length) return;
    const grown = freshInts(this.records.length * 2);
    grown.set(this.records.subarray(0, this.length));
    this.records = grown;
  }

  protected override beginRow(rowNum: number): void {
    this.room(2);
    this.rowHead = this.length;
    this.records[this.length++] = rowNum;
    this.records[this.length++] = 0;
  }

  protected override endRow(_rowNum: number, _cells: Cell[]): void {
    if (this.records[this.rowHead + 1] === 0) this.length = this.rowHead;
    else this.rowCount++;
  }

  protected override store(
    buf: Buffer, vs: number, ve: number, type: number, style: number, inline: string | null,
    _cells: Cell[], colIdx: number, _rowNum: number, p: number,
  ): number {
    this.room(CELL_SLOTS);
    const r = this.records;
    let i = this.length;
    r[i++] = colIdx;
    r[i++] = type;
    r[i++] = style;
    // Only an inline-string cell reads its <is> text (cellValue); other types keep their <v>.
    if (inline !== null && type === T_INLINE) {
      r[i++] = -2 - this.inlines.length;
      r[i++] = 0;
      this.inlines.push(inline);
    } else {
      if (type === T_SHARED && vs >= 0) {
        const k = parseUintBytes(buf, vs, ve);
        if (k > this.maxShared) this.maxShared = k;
      }
      r[i++] = vs < 0 ? -1 : vs + this.base;
      r[i++] = ve < 0 ? -1 : ve + this.base;
    }
    this.length = i;
    r[this.rowHead + 1]++;
    return p;
  }
}
