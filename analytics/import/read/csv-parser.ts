/**
 * A streaming RFC 4180 parser over decoded text chunks. Lines without quotes take a fast path (one
 * `indexOf` for the line end, one native `split`); lines with quotes go through a field-by-field path
 * that handles embedded delimiters, doubled quotes and embedded newlines. A record cut by the end of a
 * chunk is carried over and re-parsed with the next one, so chunk boundaries never split a token.
 */
import type { Cell, SheetRow } from '../types.ts';

/** Parser options. */
export interface CsvParserOptions {
  delimiter: string;
  /** Line terminator: '\n' (also covers '\r\n') or '\r' for old Mac files. */
  newline: '\n' | '\r';
  maxCellChars: number;
  /** Builds the error for a refused file; the message names the file. */
  fail: (problem: string) => Error;
}

const NEED_MORE = -1;
const QUOTE = /"/g;

/**
 * Next '"' at or after `from`, or -1. A regex on purpose: `s.indexOf('"')` inlined into the
 * optimized parse loop turned out ~50× slower on long two-byte (Chinese) strings in V8 (node 20),
 * which made 1 MB chunks crawl; the regex engine scans at full speed.
 */
function nextQuote(s: string, from: number): number {
  QUOTE.lastIndex = from;
  const m = QUOTE.exec(s);
  return m === null ? -1 : m.index;
}

/** Push-style CSV parser: `push(text)` parses what it can, `finish()` the rest; rows collect in `rows`. */
export class CsvParser {
  /** Completed rows; the caller takes them and replaces the array. */
  rows: SheetRow[] = [];
  private carry = '';
  /** Physical line number of the next record's first line. */
  private line = 1;
  private readonly opts: CsvParserOptions;

  constructor(opts: CsvParserOptions) {
    this.opts = opts;
  }

  /** Parses the complete records of `carry + text`. */
  push(text: string): void {
    const s = this.carry.length > 0 ? this.carry + text : text;
    this.carry = s.slice(this.parse(s, false));
  }

  /** Parses whatever is left at the end of the input. */
  finish(): void {
    if (this.carry.length > 0) this.parse(this.carry, true);
    this.carry = '';
  }

  /** Parses records from `s`; returns where the first incomplete record starts. */
  private parse(s: string, final: boolean): number {
    const { delimiter, newline } = this.opts;
    const len = s.length;
    let pos = 0;
    let quoteAt = nextQuote(s, 0);
    while (pos < len) {
      let nl = s.indexOf(newline, pos);
      if (nl < 0) {
        if (!final) return pos;
        nl = len;
      }
      if (quoteAt >= 0 && quoteAt < pos) quoteAt = nextQuote(s, pos);
      if (quoteAt < 0 || quoteAt > nl) {
        // Fast path: no quote on this line.
        let end = nl;
        if (newline === '\n' && end > pos && s.charCodeAt(end - 1) === 13) end--;
        if (end > pos) this.emitSplit(s.slice(pos, end).split(delimiter));
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.parseQuoted(s, pos, final);
      if (next === NEED_MORE) {
        if (len - pos > this.opts.maxCellChars + 65_536) throw this.unclosed();
        return pos;
      }
      pos = next;
    }
    return len;
  }

  /**
   * Emits a row from split fields: empty text becomes null, trailing empty cells are dropped (as the
   * .xlsx reader never delivers them), all-empty rows are skipped.
   */
  private emitSplit(fields: string[]): void {
    let last = -1;
    const max = this.opts.maxCellChars;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (f.length === 0) (fields as Cell[])[i] = null;
      else {
        last = i;
        if (f.length > max) throw this.tooLong(this.line);
      }
    }
    if (last < 0) return;
    if (last < fields.length - 1) fields.length = last + 1;
    this.rows.push({ row: this.line, cells: fields as Cell[] });
  }

  private unclosed(): Error {
    return this.opts.fail(`第 ${this.line} 行的引号没有闭合，或单元格内容过长（超过 ${this.opts.maxCellChars} 个字符），已拒绝`);
  }

  private tooLong(line: number): Error {
    return this.opts.fail(`第 ${line} 行有单元格内容过长（超过 ${this.opts.maxCellChars} 个字符），已拒绝`);
  }

  /**
   * Field-by-field parse of one record that contains a quote. Returns the position after the record,
   * or NEED_MORE when the record continues past the end of `s` (and `final` is false).
   */
  private parseQuoted(s: string, start: number, final: boolean): number {
    const { delimiter, newline } = this.opts;
    const len = s.length;
    const cells: Cell[] = [];
    let p = start;
    let lines = 0;
    // The record's line end, found once: searching for it from every field re-scanned the rest of
    // the line per field. Only a quoted value that runs past it moves it on.
    let nl = -2;
    for (;;) {
      let value = '';
      if (s.charCodeAt(p) === 34) {
        p++;
        for (;;) {
          const q = nextQuote(s, p);
          if (q < 0) {
            if (!final) return NEED_MORE;
            // Unclosed at the end of the file: keep the text, unless it swallowed too much to be a cell.
            value += s.slice(p);
            if (value.length > this.opts.maxCellChars) throw this.unclosed();
            p = len;
            break;
          }
          value += s.slice(p, q);
          if (q + 1 === len && !final) return NEED_MORE; // could be the first half of ""
          if (s.charCodeAt(q + 1) === 34) { value += '"'; p = q + 2; continue; }
          p = q + 1;
          break;
        }
        for (let i = value.indexOf(newline); i >= 0; i = value.indexOf(newline, i + 1)) lines++;
        // A line break inside a cell is LF in Excel; CR LF here comes from the file's line ends.
        if (newline === '\n' && value.indexOf('\r') >= 0) value = value.replace(/\r\n/g, '\n');
      }
      // Unquoted text, or text after a closing quote (kept literally, as Excel does).
      let d = s.indexOf(delimiter, p);
      if (nl < p) {
        nl = s.indexOf(newline, p);
        if (nl < 0) {
          if (!final) return NEED_MORE;
          nl = len;
        }
      }
      if (d < 0 || d > nl) d = -1;
      const stop = d >= 0 ? d : nl;
      let tail = s.slice(p, stop);
      if (d < 0 && newline === '\n' && tail.charCodeAt(tail.length - 1) === 13) tail = tail.slice(0, -1);
      value += tail;
      if (value.length > this.opts.maxCellChars) throw this.tooLong(this.line);
      cells.push(value.length === 0 ? null : value);
      if (d >= 0) { p = d + 1; continue; }
      p = nl + 1;
      break;
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.length > 0) this.rows.push({ row: this.line, cells });
    this.line += 1 + lines;
    return p;
  }
}
