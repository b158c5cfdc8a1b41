/**
 * Rows a printed or paged export repeats inside its data: the header again on every page (Excel's
 * 打印标题行 pasted into the sheet, OA exports of 50 rows per page), the title again above it and a
 * `第 2 页 共 8 页` line under each page. They are not records: the loader skips them and notes how
 * many, instead of rejecting each as a row with missing fields.
 */
import type { Cell } from '../types.ts';
import { cellText } from '../headers/cell-text.ts';
import type { TableLayout } from '../headers/header-types.ts';
import { isPageLine, withoutSpaces } from '../values/page-line.ts';

const plain = withoutSpaces;

/** Recognises the header, title and page lines of a sheet's layout when they recur among its data rows. */
export class PageRepeats {
  /** How many repeated header rows were skipped. */
  headers = 0;
  /** How many repeated title and page-number lines were skipped. */
  titles = 0;
  private readonly labels: { index: number; parts: Set<string> }[];
  private readonly firstIndexes: number[];
  private readonly titleTexts: Set<string>;
  private readonly firstChars: Set<number>;

  constructor(layout: TableLayout) {
    this.labels = layout.columns.map((c) => ({ index: c.index, parts: new Set(c.parts.map(plain)) }));
    this.firstIndexes = this.labels.slice(0, 2).map((l) => l.index);
    this.firstChars = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3000, 0xa0]);
    for (const l of this.labels.slice(0, 2)) for (const p of l.parts) if (p !== '') this.firstChars.add(p.charCodeAt(0));
    this.titleTexts = new Set(layout.preamble.map((p) => plain(p.text)).filter((t) => t !== ''));
  }

  /**
   * True when the row repeats a header row (parent or child of a two-row header): at least two
   * cells read as their column's label and nothing else is in the row. Counts it.
   */
  isHeader(cells: Cell[]): boolean {
    // Runs on every data row, so first a check without allocation: one of the first two columns
    // holds text starting like its label (or with a space before it).
    let hit = false;
    for (let i = 0; i < this.firstIndexes.length; i++) {
      const v = cells[this.firstIndexes[i]];
      if (typeof v === 'string' && v.length > 0 && this.firstChars.has(v.charCodeAt(0)) && this.labels[i].parts.has(plain(v))) hit = true;
    }
    if (!hit) return false;
    let matched = 0;
    let other = 0;
    const byIndex = new Map(this.labels.map((l) => [l.index, l.parts]));
    cells.forEach((cell, index) => {
      const text = cell === null ? '' : plain(cellText(cell));
      if (text === '') return;
      if (byIndex.get(index)?.has(text)) matched++;
      else other++;
    });
    const repeat = matched >= 2 && other === 0;
    if (repeat) this.headers++;
    return repeat;
  }

  /** True when a one-text row repeats the title above the header or only numbers the page. Counts it. */
  isTitle(cells: Cell[]): boolean {
    let text: string | null = null;
    for (const cell of cells) {
      if (cell === null) continue;
      const t = plain(cellText(cell));
      if (t === '') continue;
      // Readers that copy a merged title into every cell of its merge repeat the same text.
      if (text !== null && t !== text) return false;
      text = t;
    }
    const repeat = text !== null && (this.titleTexts.has(text) || isPageLine(text));
    if (repeat) this.titles++;
    return repeat;
  }

  /** The batch notes for what was skipped. */
  notes(): string[] {
    const out: string[] = [];
    if (this.headers) out.push(`数据中有 ${this.headers} 行重复的表头（分页导出或打印时每页重复的表头），已跳过`);
    if (this.titles) out.push(`数据中有 ${this.titles} 行重复的标题或页码行（如“第 2 页 共 8 页”），已跳过`);
    return out;
  }
}
