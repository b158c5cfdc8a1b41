/**
 * The report as a format-neutral outline: sections of paragraphs, second-level headings, tables and
 * figures. The section composers write it from the data; the .docx renderer lays it out (numbering
 * tables and figures as it goes), and the tests read it back.
 */
import type { ChartId } from '../figures/chart-ids.ts';

/** A table column: its header and how its cells align. */
export interface Column {
  header: string;
  align?: 'left' | 'center' | 'right';
  /** Relative width (default 1). */
  width?: number;
}

/** One block of a section. */
export type Block =
  | { kind: 'paragraph'; text: string }
  /** A second-level heading; the renderer numbers it （一）（二）… within its section. */
  | { kind: 'subheading'; text: string }
  /** A three-line table; the renderer numbers its caption 表1 … */
  | { kind: 'table'; caption: string; columns: Column[]; rows: string[][]; note?: string }
  /** A chart image; the renderer numbers its caption 图1 … */
  | { kind: 'figure'; chart: ChartId; caption: string };

/** A first-level section; the renderer numbers it 一、二、… */
export interface Section {
  heading: string;
  blocks: Block[];
}

/** The whole report. */
export interface ReportOutline {
  title: string;
  /** The opening paragraph before section one. */
  lead: string;
  sections: Section[];
  /** Issuing authority and date at the end. */
  signature: { authority: string; date: string };
}

/** Small helpers so composers read like the text they write. */
export const para = (text: string): Block => ({ kind: 'paragraph', text });
export const sub = (text: string): Block => ({ kind: 'subheading', text });
export const figure = (chart: ChartId, caption: string): Block => ({ kind: 'figure', chart, caption });
export const table = (caption: string, columns: Column[], rows: string[][], note?: string): Block => ({ kind: 'table', caption, columns, rows, ...(note ? { note } : {}) });
