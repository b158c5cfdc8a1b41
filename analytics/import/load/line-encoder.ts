/**
 * Encodes staged rows straight into UTF-8 bytes: each field is written into a reused buffer as it
 * is produced, with the quote check done in the same pass as the encoding. Building a string per
 * field, joining the fields into a line and letting Buffer encode the line cost about 2 s for a
 * million 29-column rows — a quarter of an import's main-thread time — and the intermediate
 * strings fed the garbage collector. The bytes are exactly those of `Buffer.from(line, 'utf8')`
 * for the line the old path built (a test compares them), lone surrogates included (U+FFFD).
 */
import { asciiSet, writeUtf8 } from '../../text/write-utf8.ts';

const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
/**
 * The codes that make a field quoted: what read_csv (tab-delimited, `"` as quote and escape) would
 * otherwise misread. The list separator 0x1F is not among them: a list is split after read_csv has
 * read the field, and quoting every multi-category list cost ~0.1 s per million rows.
 */
const NEEDS_QUOTES = asciiSet([TAB, LF, CR, QUOTE]);
/** The list separator, and what stops a list from being written item by item. */
const UNIT_SEP = 31;
const NEEDS_QUOTES_OR_UNIT_SEP = asciiSet([TAB, LF, CR, QUOTE, UNIT_SEP]);

/** Receives full buffers: `bytes[0, length)` is the next piece of the file. */
export type ChunkSink = (bytes: Buffer, length: number) => void;

/** Writes fields and line ends into a buffer that is handed to `sink` whenever it fills. */
export class LineEncoder {
  private buf: Buffer;
  private used = 0;
  /** Bytes handed to the sink so far (so line lengths survive a flush in mid-line). */
  private flushed = 0;
  private lineStart = 0;
  /** Longest line written since the last {@link resetLongest}, in bytes without its LF. */
  longest = 0;

  constructor(private readonly sink: ChunkSink, private readonly chunkBytes = 1 << 20) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** Hands everything written so far to the sink. */
  flush(): void {
    if (this.used === 0) return;
    this.sink(this.buf, this.used);
    this.flushed += this.used;
    this.used = 0;
  }

  /** Forgets the longest line (a new part starts). */
  resetLongest(): void {
    this.longest = 0;
  }

  private room(n: number): void {
    if (this.used + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(n, this.chunkBytes));
  }

  /** The field separator. */
  tab(): void {
    this.room(1);
    this.buf[this.used++] = TAB;
  }

  /** Ends the line. */
  endLine(): void {
    const length = this.flushed + this.used - this.lineStart;
    if (length > this.longest) this.longest = length;
    this.room(1);
    this.buf[this.used++] = LF;
    this.lineStart = this.flushed + this.used;
  }

  /**
   * A text field: as it is, or quoted (`"…"`, inner quotes doubled) when it holds a tab, a line
   * break or a quote.
   */
  text(s: string): void {
    this.room(s.length * 3);
    const end = writeUtf8(s, this.buf, this.used, NEEDS_QUOTES);
    if (end < 0) this.quoted(s);
    else this.used = end;
  }

  /**
   * A list field: its items joined by the unit separator 0x1F, written straight from the items.
   * Returns false, having written nothing, when an item holds 0x1F or a character that needs quoting;
   * the caller then writes the list some other way.
   */
  list(items: readonly string[]): boolean {
    let need = items.length;
    for (let i = 0; i < items.length; i++) need += items[i].length * 3;
    // All the room at once: nothing is flushed while the list is written, so it can be taken back.
    this.room(need);
    let p = this.used;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.buf[p++] = UNIT_SEP;
      p = writeUtf8(items[i], this.buf, p, NEEDS_QUOTES_OR_UNIT_SEP);
      if (p < 0) return false;
    }
    this.used = p;
    return true;
  }

  /** Text known to be ASCII without separators (dates, numbers as text, booleans). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const b = this.buf;
    let p = this.used;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.used = p;
  }

  /** A number as `String(v)` writes it; whole numbers below 2^53 without building the string. */
  number(v: number): void {
    if (!Number.isSafeInteger(v)) {
      this.ascii(String(v));
      return;
    }
    this.room(17);
    const b = this.buf;
    let p = this.used;
    let x = v;
    if (x < 0) {
      b[p++] = 0x2d;
      x = -x;
    }
    // -0 fails the sign test and writes "0", as String(-0) does.
    const start = p;
    do {
      b[p++] = 0x30 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
    for (let i = start, j = p - 1; i < j; i++, j--) {
      const t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
    this.used = p;
  }

  private quoted(s: string): void {
    const q = '"' + s.replaceAll('"', '""') + '"';
    this.room(q.length * 3);
    this.used += this.buf.write(q, this.used, 'utf8');
  }
}
