/**
 * Streaming text decoding for the CSV reader. When the sampled start of a file was pure ASCII the
 * encoding is not known yet: the decoder keeps decoding as UTF-8 (identical for ASCII) and decides at
 * the first non-ASCII bytes, so a GBK file whose first megabyte happens to be ASCII still decodes right.
 */
import { TextDecoder } from 'node:util';
import { utf8Evidence, type TextEncodingName } from './csv-encoding.ts';

/** Decodes byte chunks to text, carrying partial characters across chunk boundaries. */
export class ChunkDecoder {
  private decoder: TextDecoder;
  private undecided: boolean;
  /** The encoding in use (final once the first non-ASCII bytes were seen). */
  encoding: TextEncodingName;

  constructor(encoding: TextEncodingName, asciiOnly: boolean) {
    this.encoding = encoding;
    this.undecided = asciiOnly && encoding === 'utf-8';
    this.decoder = new TextDecoder(encoding);
  }

  /** Text of the next chunk (a character cut at its end is completed by the next call). */
  write(chunk: Uint8Array): string {
    if (this.undecided) {
      let i = 0;
      while (i < chunk.length && chunk[i] < 0x80) i++;
      if (i < chunk.length) {
        this.undecided = false;
        const ev = utf8Evidence(chunk.subarray(i, i + 256 * 1024), false);
        if (!(ev.invalid === 0 || ev.valid >= ev.invalid * 8)) {
          // Everything before i is ASCII, the same in both encodings.
          const head = this.decoder.decode(chunk.subarray(0, i), { stream: true });
          this.encoding = 'gb18030';
          this.decoder = new TextDecoder('gb18030');
          return head + this.decoder.decode(chunk.subarray(i), { stream: true });
        }
      }
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  /** Flushes a character left incomplete at the end of the input (as U+FFFD). */
  end(): string {
    return this.decoder.decode();
  }
}
