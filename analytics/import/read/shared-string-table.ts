/**
 * Compact store for the shared-strings table. A 1 M-row export easily has 3 M unique strings; as JS
 * strings they would be ~200 MB of long-lived V8 heap, which also makes the garbage collector let the
 * heap grow to several times that. Here they stay UTF-8 bytes in large off-heap blocks and are decoded
 * when a cell asks; a string asked for a second time is cached, so repeated values (agency names,
 * categories) are decoded about twice and unique ones (names, case numbers) exactly once.
 */
import { utf8 } from './xml-bytes.ts';

/** What the sheet scanner needs: the string at an index. */
export interface SharedStrings {
  /** The string at `index`, or undefined when out of range. */
  get(index: number): string | undefined;
  readonly length: number;
}

/** Where the shared-strings parser puts each string, in order. */
export interface SharedStringSink {
  /** Appends the UTF-8 bytes `buf[a, b)` as the next string. */
  addBytes(buf: Uint8Array, a: number, b: number): void;
  /** Appends a decoded string (rich text, entities) as the next string. */
  addString(s: string): void;
}

const BLOCK_BYTES = 8 * 1024 * 1024;

/**
 * Copies `src[a, b)` into `dst` at `at`. Most strings are a few dozen bytes: for those a loop beats
 * creating a subarray view for `set`.
 */
export function copyBytes(dst: Uint8Array, at: number, src: Uint8Array, a: number, b: number): void {
  const n = b - a;
  if (n < 64) for (let i = 0; i < n; i++) dst[at + i] = src[a + i];
  else dst.set(src.subarray(a, b), at);
}

/**
 * A typed array of twice the length of `a` (or `atLeast`, if longer), starting with a copy of it
 * (for tables that grow: doubling keeps the growth linear).
 */
export function doubled<T extends Uint8Array | Uint16Array | Uint32Array>(a: T, atLeast = 0): T {
  const b = new (a.constructor as new (length: number) => T)(Math.max(a.length * 2, atLeast));
  b.set(a);
  return b;
}

/** Append-only table of UTF-8 strings with lazy decoding. */
export class SharedStringTable implements SharedStrings, SharedStringSink {
  length = 0;
  private blocks: Buffer[] = [];
  private block: Buffer = Buffer.alloc(0);
  private used = 0;
  private blockOf = new Uint16Array(1024);
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private seen: Uint8Array | null = null;
  private cache: (string | undefined)[] | null = null;

  /** Appends the UTF-8 bytes `buf[a, b)` as the next string. */
  addBytes(buf: Uint8Array, a: number, b: number): void {
    const n = b - a;
    if (this.used + n > this.block.length) this.newBlock(n);
    const start = this.used;
    copyBytes(this.block, start, buf, a, b);
    this.push(start, start + n);
    this.used = start + n;
  }

  /** Appends a decoded string (rich text, entities) as the next string. */
  addString(s: string): void {
    const n = Buffer.byteLength(s, 'utf8');
    if (this.used + n > this.block.length) this.newBlock(n);
    this.block.write(s, this.used, 'utf8');
    this.push(this.used, this.used + n);
    this.used += n;
  }

  /**
   * Appends strings parsed elsewhere (the shared-strings worker): string k is `block[starts[k],
   * ends[k])`. The block becomes one of this table's blocks as it is, without a copy.
   */
  appendBlock(block: Buffer, starts: Uint32Array, ends: Uint32Array): void {
    if (this.blocks.length >= 0xffff) throw new Error('shared-string table too large');
    this.blocks.push(block);
    // Later addBytes/addString calls must not write into a block that was handed in.
    this.block = Buffer.alloc(0);
    this.used = 0;
    for (let k = 0; k < starts.length; k++) this.push(starts[k], ends[k]);
    // Strings may already have been asked for: the use marks grow with the table. Both grow in
    // place: setting the cache's length reallocated and copied it for every piece (~3 M entries,
    // ~100 pieces), which tripled the garbage collector's time in a 1 M-row import.
    if (this.seen && this.cache) {
      if (this.seen.length < this.length) this.seen = doubled(this.seen, this.length);
      for (let k = this.cache.length; k < this.length; k++) this.cache.push(undefined);
    }
  }

  /** The string at `index` (decoded on demand, cached from its second use). */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const cache = this.cache ?? this.prepare();
    const hit = cache[index];
    if (hit !== undefined) return hit;
    const start = this.starts[index];
    const end = this.ends[index];
    // An empty string may have been stored before any block existed.
    if (start === end) return '';
    const s = utf8(this.blocks[this.blockOf[index]], start, end);
    if (this.seen![index] === 1) cache[index] = s;
    else this.seen![index] = 1;
    return s;
  }

  /** All strings, decoded (for tests and small tables). */
  toArray(): string[] {
    return Array.from({ length: this.length }, (_v, i) => this.get(i)!);
  }

  private prepare(): (string | undefined)[] {
    this.seen = new Uint8Array(this.length);
    // Filled, not holey: a read of a hole walks the prototype chain (measured ~3× slower).
    this.cache = new Array<string | undefined>(this.length).fill(undefined);
    return this.cache;
  }

  private newBlock(minBytes: number): void {
    if (this.blocks.length >= 0xffff) throw new Error('shared-string table too large');
    this.block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, minBytes));
    this.blocks.push(this.block);
    this.used = 0;
  }

  private push(start: number, end: number): void {
    const i = this.length;
    if (i === this.starts.length) {
      this.blockOf = doubled(this.blockOf);
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
    }
    this.blockOf[i] = this.blocks.length - 1;
    this.starts[i] = start;
    this.ends[i] = end;
    this.length = i + 1;
  }
}
