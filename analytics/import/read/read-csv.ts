/**
 * CSV / TXT reader: detects the encoding (UTF-8 ± BOM, UTF-16LE/BE, else GB18030) and the delimiter
 * (comma, tab, semicolon, '|') from the first megabyte, then streams the file through TextDecoder and
 * the RFC 4180 parser. Cells are strings exactly as written ('0001' stays '0001'); empty cells are null;
 * a row's number is the physical line where its record starts.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { SheetRow, WorkbookSource } from '../types.ts';
import { detectEncoding, looksBinary, type DetectedEncoding } from './csv-encoding.ts';
import { sniffDelimiter, type Delimiter } from './csv-delimiter.ts';
import { CsvParser } from './csv-parser.ts';
import { ChunkDecoder } from './csv-decoder.ts';
import { resolveLimits, type ReadLimits, type ReadOptions } from './limits.ts';
import { readError } from './read-error.ts';
import { asReadError, guardRows } from './read-guard.ts';

/** Bytes sampled for encoding and delimiter detection. */
const SAMPLE_BYTES = 1024 * 1024;
/** Rows per yielded batch. */
export const CSV_BATCH_ROWS = 2000;

/** Options of {@link openCsv}: the common ones plus an optional fixed delimiter. */
export interface CsvOptions extends ReadOptions {
  /** Skip sniffing and use this delimiter. */
  delimiter?: string;
}

/** What {@link openCsv} found out about the file before reading rows. */
interface CsvShape {
  detected: DetectedEncoding;
  delimiter: Delimiter | string;
  newline: '\n' | '\r';
}

async function sniff(path: string, delimiter?: string): Promise<CsvShape> {
  const fh = await open(path, 'r');
  let sample: Buffer;
  let size: number;
  try {
    size = (await fh.stat()).size;
    sample = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await fh.read(sample, 0, sample.length, 0);
    sample = sample.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (size === 0) throw readError(path, '是空文件');
  const detected = detectEncoding(sample, sample.length === size);
  if (looksBinary(sample, detected.encoding)) throw readError(path, '不是文本表格（看起来是二进制文件，可能扩展名不对或文件已损坏）');
  const head = new TextDecoder(detected.encoding).decode(sample.subarray(detected.bomLength, detected.bomLength + 256 * 1024));
  const newline = head.includes('\n') || !head.includes('\r') ? '\n' : '\r';
  return { detected, delimiter: delimiter ?? sniffDelimiter(head), newline };
}

/** Opens a delimited text file as a one-sheet workbook. */
export async function openCsv(path: string, opts: CsvOptions = {}): Promise<WorkbookSource> {
  const limits = resolveLimits(opts.limits);
  let shape: CsvShape;
  try {
    shape = await sniff(path, opts.delimiter);
  } catch (err) {
    throw asReadError(path, err);
  }
  let encoding: string = shape.detected.encoding;
  const name = basename(path, extname(path));
  const onEncoding = (e: string) => { encoding = e; };
  return {
    path,
    format: 'csv',
    // A getter: an ASCII-only sample leaves the encoding open until the first non-ASCII bytes.
    get encoding() { return encoding; },
    sheets: [{
      name, index: 0, hidden: false,
      rows: (signal?: AbortSignal) => guardRows(path, readCsvRows(path, shape, limits, onEncoding, signal ?? opts.signal)),
    }],
    close: async () => {},
  };
}

async function* readCsvRows(
  path: string, shape: CsvShape, limits: ReadLimits, onEncoding: (e: string) => void, signal?: AbortSignal,
): AsyncGenerator<SheetRow[], void, undefined> {
  signal?.throwIfAborted();
  const decoder = new ChunkDecoder(shape.detected.encoding, shape.detected.asciiOnly);
  const parser = new CsvParser({
    delimiter: shape.delimiter, newline: shape.newline, maxCellChars: limits.maxCellChars,
    fail: (problem) => readError(path, problem),
  });
  const stream = createReadStream(path, { start: shape.detected.bomLength, highWaterMark: 1024 * 1024 });
  // Bytes the decoder could not read (a UTF-8 file with GBK lines pasted in) come out as U+FFFD.
  // Once any did, rows are checked for it, so the loader can reject them instead of storing garble.
  let garbled = false;
  const push = (text: string) => {
    if (!garbled && text.indexOf(REPLACEMENT) >= 0) garbled = true;
    parser.push(text);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      push(decoder.write(chunk));
      onEncoding(decoder.encoding);
      if (parser.rows.length >= CSV_BATCH_ROWS) {
        const batch = parser.rows;
        parser.rows = [];
        yield garbled ? markGarbled(batch) : batch;
      }
    }
  } finally {
    stream.destroy();
  }
  push(decoder.end());
  parser.finish();
  if (parser.rows.length > 0) yield garbled ? markGarbled(parser.rows) : parser.rows;
}

const REPLACEMENT = '\uFFFD';

/** Marks the rows holding U+FFFD in some cell. */
function markGarbled(rows: SheetRow[]): SheetRow[] {
  for (const r of rows) {
    for (const c of r.cells) {
      if (typeof c === 'string' && c.indexOf(REPLACEMENT) >= 0) {
        r.garbled = true;
        break;
      }
    }
  }
  return rows;
}
