/**
 * The hot loop of the .xlsx reader: a byte-level scanner over `<sheetData>` that turns `<row>`/`<c>`
 * elements into {@link SheetRow}s without building a DOM or decoding the XML to a string. It is fed
 * regions of whole rows (see `xml-record-chunks.ts`), keeps only the row counter between regions, and
 * decodes UTF-8 only for inline and formula strings.
 */
import type { Cell, SheetRow } from '../types.ts';
import { GT, LT, SLASH, isNameEnd, matchAt, readRichText, richTextEnd } from './xml-bytes.ts';
import { parseColumnBytes, parseUintBytes } from './xlsx-cell-values.ts';
import { T_NO_RESULT, T_NUM, T_SHARED, cellType, cellValue, putCell, type SheetScanContext } from './xlsx-cell-convert.ts';

export type { SheetScanContext } from './xlsx-cell-convert.ts';
export { columnName } from './xlsx-cell-convert.ts';

function isWs(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Scans rows out of successive regions; completed rows accumulate in {@link SheetScanner.rows}. */
export class SheetScanner {
  /** Rows completed so far; the caller takes them and replaces the array. */
  rows: SheetRow[] = [];
  /** True once `</sheetData>` has been seen: the rest of the part holds no cells. */
  done = false;
  private started = false;
  private lastRow = 0;
  private col = -1;
  private readonly prefix: Uint8Array;
  private readonly pl: number;
  private readonly sheetDataOpen: Buffer;
  private readonly sheetDataName: Buffer;
  private readonly isName: Buffer;

  constructor(private readonly ctx: SheetScanContext, prefix: string) {
    this.prefix = Buffer.from(prefix, 'latin1');
    this.pl = this.prefix.length;
    this.sheetDataOpen = Buffer.from(`<${prefix}sheetData`, 'latin1');
    this.sheetDataName = Buffer.from('sheetData', 'latin1');
    this.isName = Buffer.from('is', 'latin1');
  }

  /** Scans one region that holds whole rows (the first may start with the sheet's prologue). */
  scan(buf: Buffer): void {
    if (this.done) return;
    const end = buf.length;
    const pl = this.pl;
    let p = 0;
    if (!this.started) {
      let at = buf.indexOf(this.sheetDataOpen);
      while (at >= 0 && !isNameEnd(buf[at + this.sheetDataOpen.length])) at = buf.indexOf(this.sheetDataOpen, at + 1);
      if (at < 0) return;
      const gt = buf.indexOf(GT, at);
      if (gt < 0) return;
      this.started = true;
      if (buf[gt - 1] === SLASH) { this.done = true; return; }
      p = gt + 1;
    }
    while (p < end) {
      const lt = buf.indexOf(LT, p);
      if (lt < 0) return;
      let q = lt + 1;
      if (buf[q] === SLASH) {
        if (matchAt(buf, q + 1, this.prefix) && matchAt(buf, q + 1 + pl, this.sheetDataName)) {
          this.done = true;
          return;
        }
        p = q + 1;
        continue;
      }
      if (pl !== 0 && !matchAt(buf, q, this.prefix)) { p = q; continue; }
      q += pl;
      if (buf[q] === 0x72 && buf[q + 1] === 0x6f && buf[q + 2] === 0x77 && isNameEnd(buf[q + 3])) {
        p = this.scanRow(buf, q + 3, end);
      } else {
        p = q;
      }
    }
  }

  /** Parses one `<row>` from just after its name; returns the position after `</row>`. */
  private scanRow(buf: Buffer, p: number, end: number): number {
    let rowNum = this.lastRow + 1;
    let selfClosing = false;
    for (;;) {
      if (p >= end) return end;
      const b = buf[p];
      if (isWs(b)) { p++; continue; }
      if (b === GT) { p++; break; }
      if (b === SLASH) { p += 2; selfClosing = true; break; }
      // Fast path for single-letter attributes such as r="12".
      if (buf[p + 1] === 0x3d && buf[p + 2] === 0x22) {
        const vs = p + 3;
        let ve = vs;
        while (ve < end && buf[ve] !== 0x22) ve++;
        if (b === 0x72) { const r = parseUintBytes(buf, vs, ve); if (r > 0) rowNum = r; }
        p = ve + 1;
        continue;
      }
      const ns = p;
      while (p < end && buf[p] !== 0x3d) p++;
      let ne = p;
      while (ne > ns && isWs(buf[ne - 1])) ne--;
      p++;
      while (p < end && isWs(buf[p])) p++;
      if (p >= end) return end;
      const quote = buf[p];
      const vs = p + 1;
      let ve = vs;
      while (ve < end && buf[ve] !== quote) ve++;
      p = ve + 1;
      if (ne - ns === 1 && buf[ns] === 0x72) {
        const r = parseUintBytes(buf, vs, ve);
        if (r > 0) rowNum = r;
      }
    }
    this.lastRow = rowNum;
    this.col = -1;
    if (selfClosing) return p;
    const cells: Cell[] = [];
    this.beginRow(rowNum);
    const pl = this.pl;
    for (;;) {
      while (p < end && buf[p] !== LT) p++;
      if (p >= end) break;
      let q = p + 1;
      if (buf[q] === SLASH) {
        q++;
        if ((pl === 0 || matchAt(buf, q, this.prefix)) && buf[q + pl] === 0x72 && buf[q + pl + 1] === 0x6f
          && buf[q + pl + 2] === 0x77 && buf[q + pl + 3] === GT) {
          p = q + pl + 4;
          break;
        }
        p = q;
        continue;
      }
      if (pl !== 0 && !matchAt(buf, q, this.prefix)) { p = q; continue; }
      q += pl;
      if (buf[q] === 0x63 && isNameEnd(buf[q + 1])) {
        p = this.scanCell(buf, q + 1, end, cells, rowNum);
      } else if (buf[q] === 0x72 && buf[q + 1] === 0x6f && buf[q + 2] === 0x77 && isNameEnd(buf[q + 3])) {
        // A row that never closed (damaged XML): end it at this '<' so the caller sees the next one.
        break;
      } else {
        p = q;
      }
    }
    this.endRow(rowNum, cells);
    return p;
  }

  /** Called before the cells of a row (the worker's recorder starts a row record here). */
  protected beginRow(_rowNum: number): void {}

  /** Called after the cells of a row: a row with any value joins {@link rows}. */
  protected endRow(rowNum: number, cells: Cell[]): void {
    if (cells.length > 0) this.rows.push({ row: rowNum, cells });
  }

  /** Parses one `<c>` from just after its name, storing its value in `cells`; returns the position after it. */
  private scanCell(buf: Buffer, p: number, end: number, cells: Cell[], rowNum: number): number {
    const ctx = this.ctx;
    let colIdx = this.col + 1;
    let style = 0;
    let type = T_NUM;
    let selfClosing = false;
    // Fast path for the reference every producer writes first, ` r="AB12"`: letters and digits in
    // one pass (anything else falls through to the general loop from the same place).
    if (buf[p] === 0x20 && buf[p + 1] === 0x72 && buf[p + 2] === 0x3d && buf[p + 3] === 0x22) {
      let q = p + 4;
      let col = 0;
      let c = buf[q];
      while (c >= 65 && c <= 90) { col = col * 26 + (c - 64); c = buf[++q]; }
      while (c >= 48 && c <= 57) c = buf[++q];
      if (c === 0x22 && col > 0) {
        colIdx = col - 1;
        p = q + 1;
        // ` t="s"` (a shared string), the usual next attribute.
        if (buf[p] === 0x20 && buf[p + 1] === 0x74 && buf[p + 2] === 0x3d && buf[p + 3] === 0x22 && buf[p + 4] === 0x73 && buf[p + 5] === 0x22) {
          type = T_SHARED;
          p += 6;
        }
      }
    }
    for (;;) {
      if (p >= end) return end;
      const b = buf[p];
      if (isWs(b)) { p++; continue; }
      if (b === GT) { p++; break; }
      if (b === SLASH) { p += 2; selfClosing = true; break; }
      // Fast path for the attributes that matter, written by every producer as r="…", s="…", t="…".
      if (buf[p + 1] === 0x3d && buf[p + 2] === 0x22) {
        const vs = p + 3;
        let ve = vs;
        while (ve < end && buf[ve] !== 0x22) ve++;
        if (b === 0x72) { const c = parseColumnBytes(buf, vs, ve); if (c >= 0) colIdx = c; }
        else if (b === 0x73) style = parseUintBytes(buf, vs, ve);
        else if (b === 0x74) type = cellType(buf, vs, ve);
        p = ve + 1;
        continue;
      }
      const ns = p;
      while (p < end && buf[p] !== 0x3d) p++;
      let ne = p;
      while (ne > ns && isWs(buf[ne - 1])) ne--;
      p++;
      while (p < end && isWs(buf[p])) p++;
      const quote = buf[p];
      const vs = p + 1;
      let ve = vs;
      while (ve < end && buf[ve] !== quote) ve++;
      p = ve + 1;
      if (ne - ns === 1) {
        const n = buf[ns];
        if (n === 0x72) { const c = parseColumnBytes(buf, vs, ve); if (c >= 0) colIdx = c; }
        else if (n === 0x73) style = parseUintBytes(buf, vs, ve);
        else if (n === 0x74) type = cellType(buf, vs, ve);
      }
    }
    this.col = colIdx;
    if (colIdx >= ctx.maxColumns) {
      throw ctx.fail(`第 ${rowNum} 行的列数超过 ${ctx.maxColumns} 列上限，已拒绝`);
    }
    if (selfClosing) return p;

    const pl = this.pl;
    let vs = -1;
    let ve = -1;
    let inline: string | null = null;
    let formula = false;
    // Fast path for the usual content `<v>…</v></c>` (no prefix, no formula).
    if (pl === 0 && buf[p] === LT && buf[p + 1] === 0x76 && buf[p + 2] === GT) {
      let e = p + 3;
      while (e < end && buf[e] !== LT) e++;
      if (buf[e + 1] === SLASH && buf[e + 2] === 0x76 && buf[e + 3] === GT && buf[e + 4] === LT
        && buf[e + 5] === SLASH && buf[e + 6] === 0x63 && buf[e + 7] === GT) {
        vs = p + 3;
        ve = e;
        p = e + 8;
        return this.store(buf, vs, ve, type, style, null, cells, colIdx, rowNum, p);
      }
    }
    for (;;) {
      while (p < end && buf[p] !== LT) p++;
      if (p >= end) return end;
      let q = p + 1;
      if (buf[q] === SLASH) {
        q++;
        if ((pl === 0 || matchAt(buf, q, this.prefix)) && buf[q + pl] === 0x63 && buf[q + pl + 1] === GT) {
          p = q + pl + 2;
          break;
        }
        p = q;
        continue;
      }
      if (pl !== 0 && !matchAt(buf, q, this.prefix)) { p = q; continue; }
      q += pl;
      const n = buf[q];
      if (n === 0x76 && isNameEnd(buf[q + 1])) { // <v>
        let gt = q + 1;
        while (gt < end && buf[gt] !== GT) gt++;
        if (buf[gt - 1] === SLASH) { p = gt + 1; continue; }
        vs = gt + 1;
        let e = vs;
        while (e < end && buf[e] !== LT) e++;
        ve = e;
        p = e;
      } else if (n === 0x66 && isNameEnd(buf[q + 1])) { // <f>: the cached <v> is what we want
        formula = true;
        let gt = q + 1;
        while (gt < end && buf[gt] !== GT) gt++;
        if (buf[gt - 1] === SLASH) { p = gt + 1; continue; }
        let e = gt + 1;
        while (e < end && buf[e] !== LT) e++;
        p = e;
      } else if (n === 0x69 && buf[q + 1] === 0x73 && isNameEnd(buf[q + 2])) { // <is>
        let gt = q + 2;
        while (gt < end && buf[gt] !== GT) gt++;
        if (buf[gt - 1] === SLASH) { inline = ''; p = gt + 1; continue; }
        inline = readRichText(buf, gt + 1, end, this.prefix, this.isName);
        p = richTextEnd.pos;
      } else if (n === 0x63 && isNameEnd(buf[q + 1])) {
        // The next cell started before this one closed (damaged XML): end this one at its '<'.
        break;
      } else {
        p = q;
      }
    }

    // A formula saved without its cached <v> (generators that do not calculate) has no value to read.
    if (formula && vs < 0 && inline === null) type = T_NO_RESULT;
    return this.store(buf, vs, ve, type, style, inline, cells, colIdx, rowNum, p);
  }

  /** Converts the cell's raw value and puts it at `colIdx`; returns `p` for the caller. */
  protected store(
    buf: Buffer, vs: number, ve: number, type: number, style: number, inline: string | null,
    cells: Cell[], colIdx: number, rowNum: number, p: number,
  ): number {
    const value = cellValue(buf, vs, ve, type, style, inline, this.ctx, rowNum, colIdx);
    if (value !== null) putCell(cells, colIdx, value);
    return p;
  }
}
