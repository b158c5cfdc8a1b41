/**
 * Mutations of the fuzzer. Cell-level ones change the grid before it is written (garbage text, huge
 * numbers, odd dates, emptied or renamed columns, duplicated / blank / 合计 / note rows …); byte-level
 * ones damage the written file (flips, truncation, insertions), for .xlsx also inside one zip entry
 * so the damage reaches the XML scanners. Each returns a short description for the failure report.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Cell, SheetGrid } from './base-files.ts';
import type { Rand } from './prng.ts';


// No 计 / 总 / 汇 and no colon: random text must never form a 合计 or note row (see dataRowCount).
const GARBAGE = [
  ...'abcXYZ019 ,;"\'\t\n\r<>&%$#@!?/\\|-_=+*~`^()[]{}',
  ...'中文乱码罚款元万日期年月号局区县市〔〕（）【】、。，．　',
  '\u0000', '\u0001', '\u001f', '\u007f', '\u00a0', '\u200b', '\u2028', '\ufeff', '\ufffd', '\ud800', '😀', 'é', 'ｱ',
];

const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1e20, -1e20, 1.5e-300, -0.000001, 4294967296, '1e999', '-1e999',
  '９９９９９９９９９９９９９', '１２３４５６７８９０１２万', 'NaN', 'Infinity', '-Infinity', '1,2,3.4.5', '--5', '0x1F', '¥-0', '壹佰万元'];

const DATES: Cell[] = ['2025-02-30', '2025-13-01', '0000-00-00', '1899-12-30', '2099-01-01', '1970-01-01', 99999999, -1, 0, 2958466, 2958465.99999,
  '二〇二五年三月五日', '2025年', '25/3/5', '5/3/2025', '2025-03-05T25:61:00', '2025/3/5 12:00:00 PM', '45678.5', '2025.3', '20250305',
  '２０２５－０３－０５', new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(9999, 11, 31)), new Date(Date.UTC(1000, 0, 1)), '明天', ''];

const ID_HEADERS = /^(案件编号|行政处罚决定书文号|工单编号|检查编号|评查编号|编号|执法机关|序号)$/;

/** A random garbage string: mostly short, now and then very long. */
export function garbage(rand: Rand): string {
  const len = rand.chance(0.03) ? rand.between(2_000, 40_000) : rand.between(1, 40);
  let s = '';
  for (let i = 0; i < len; i++) s += rand.pick(GARBAGE);
  return s;
}

function dataRows(s: SheetGrid): number[] {
  const out: number[] = [];
  for (let i = s.dataStart; i < s.rows.length; i++) out.push(i);
  return out;
}

function width(s: SheetGrid): number {
  return Math.max(1, ...s.rows.map((r) => r.length));
}

function headerRow(s: SheetGrid): Cell[] {
  return s.rows[Math.max(0, s.dataStart - 1)];
}

function columnWhere(s: SheetGrid, rand: Rand, test: RegExp): number {
  const cols = headerRow(s).map((h, i) => (typeof h === 'string' && test.test(h) ? i : -1)).filter((i) => i >= 0);
  return cols.length ? rand.pick(cols) : rand.int(width(s));
}

function someRows(s: SheetGrid, rand: Rand): number[] {
  const rows = dataRows(s);
  const n = Math.min(rows.length, rand.between(1, 8));
  return Array.from({ length: n }, () => rand.pick(rows));
}

/** What a cell mutation did; `header` when it changed the header (the file may then be refused). */
export interface CellOp {
  text: string;
  header: boolean;
}

type CellMutation = (s: SheetGrid, rand: Rand) => CellOp;

const CELL_MUTATIONS: Record<string, CellMutation> = {
  garbage(s, rand) {
    const rows = someRows(s, rand);
    for (const r of rows) s.rows[r][rand.int(width(s))] = garbage(rand);
    return { text: `garbage×${rows.length}`, header: false };
  },
  hugeNumbers(s, rand) {
    const col = columnWhere(s, rand, /金额|元|得分|分数|人口|数|次/);
    for (const r of someRows(s, rand)) s.rows[r][col] = rand.pick(HUGE);
    return { text: `huge numbers in column ${col}`, header: false };
  },
  oddDates(s, rand) {
    const col = columnWhere(s, rand, /日期|时间|期/);
    for (const r of someRows(s, rand)) s.rows[r][col] = rand.pick(DATES);
    return { text: `odd dates in column ${col}`, header: false };
  },
  emptyColumn(s, rand) {
    const col = rand.chance(0.5) ? columnWhere(s, rand, ID_HEADERS) : rand.int(width(s));
    const all = rand.chance(0.5);
    for (const r of dataRows(s)) if (all || rand.chance(0.5)) s.rows[r][col] = null;
    return { text: `emptied column ${col}${all ? '' : ' (half)'}`, header: false };
  },
  renameHeader(s, rand) {
    const col = rand.int(width(s));
    headerRow(s)[col] = rand.chance(0.5) ? null : garbage(rand);
    return { text: `header ${col} renamed`, header: true };
  },
  swapColumns(s, rand) {
    const a = rand.int(width(s));
    const b = rand.int(width(s));
    for (const r of s.rows.slice(s.dataStart - 1)) [r[a], r[b]] = [r[b] ?? null, r[a] ?? null];
    return { text: `swapped columns ${a}/${b}`, header: false };
  },
  duplicateRows(s, rand) {
    const rows = someRows(s, rand);
    for (const r of rows) s.rows.splice(rand.between(s.dataStart, s.rows.length), 0, [...s.rows[r]]);
    return { text: `duplicated ${rows.length} rows`, header: false };
  },
  blankAndTotalRows(s, rand) {
    const extra: Cell[][] = [[], [null, '  ', '\u3000'], ['合计', null, 12345], ['注：本表数据截至导出日']];
    const k = rand.between(1, 4);
    for (let i = 0; i < k; i++) s.rows.splice(rand.between(s.dataStart, s.rows.length), 0, [...rand.pick(extra)]);
    return { text: `${k} blank / 合计 / note rows`, header: false };
  },
  truncateRows(s, rand) {
    const keep = rand.chance(0.2) ? 0 : rand.between(1, Math.max(1, s.rows.length - s.dataStart));
    s.rows.length = Math.min(s.rows.length, s.dataStart + keep);
    return { text: `kept ${keep} data rows`, header: keep === 0 };
  },
  extraColumns(s, rand) {
    const w = width(s);
    headerRow(s)[w] = rand.chance(0.5) ? '备用字段' : garbage(rand);
    for (const r of dataRows(s)) s.rows[r][w] = rand.chance(0.5) ? garbage(rand) : rand.int(1000);
    return { text: 'extra column', header: true };
  },
  controlChars(s, rand) {
    const rows = someRows(s, rand);
    const bad = ['\u0000', 'a\u0000b', '\r\n', '"', '""', '\t', '\u2028', '\ud800x', '=1+1', '@SUM(A1)', '<v>1</v>', ']]>', '&amp;', '\\'];
    for (const r of rows) s.rows[r][rand.int(width(s))] = rand.pick(bad);
    return { text: `control chars×${rows.length}`, header: false };
  },
};

/** Applies 0–4 random cell mutations to random sheets; returns what was done. */
export function mutateCells(sheets: SheetGrid[], rand: Rand): CellOp[] {
  const names = Object.keys(CELL_MUTATIONS);
  const ops: CellOp[] = [];
  const n = rand.pick([0, 1, 1, 2, 2, 3, 4]);
  for (let i = 0; i < n; i++) {
    const sheet = rand.pick(sheets);
    if (sheet.rows.length <= sheet.dataStart) continue;
    const name = rand.pick(names);
    const op = CELL_MUTATIONS[name](sheet, rand);
    ops.push({ text: `${sheet.name}: ${name} (${op.text})`, header: op.header });
  }
  return ops;
}

/**
 * Appends a per-case tag to the id column, so rows are new to the shared workspace instead of all
 * being rejected as duplicates of an earlier case.
 */
export function retagIds(sheets: SheetGrid[], tag: string): void {
  for (const s of sheets) {
    const col = headerRow(s).findIndex((h) => typeof h === 'string' && ID_HEADERS.test(h) && h !== '执法机关' && h !== '序号');
    if (col < 0) continue;
    for (const r of dataRows(s)) {
      const v = s.rows[r][col];
      if (typeof v === 'string' && v !== '') s.rows[r][col] = `${v}-${tag}`;
    }
  }
}

/** Damages raw bytes: 1–6 flips, insertions, deletions or a truncation. */
export function mutateBytes(src: Buffer, rand: Rand): { bytes: Buffer; text: string } {
  let buf = Buffer.from(src);
  const done: string[] = [];
  const n = rand.between(1, 6);
  for (let i = 0; i < n && buf.length > 0; i++) {
    const at = rand.int(buf.length);
    const k = rand.next();
    if (k < 0.4) {
      buf[at] = rand.int(256);
      done.push(`flip@${at}`);
    } else if (k < 0.6) {
      const len = rand.between(1, 64);
      const chunk = rand.chance(0.5) ? Buffer.from(Array.from({ length: len }, () => rand.int(256))) : buf.subarray(rand.int(buf.length)).subarray(0, len);
      buf = Buffer.concat([buf.subarray(0, at), chunk, buf.subarray(at)]);
      done.push(`insert${len}@${at}`);
    } else if (k < 0.85) {
      const len = rand.between(1, 200);
      buf = Buffer.concat([buf.subarray(0, at), buf.subarray(at + len)]);
      done.push(`delete${len}@${at}`);
    } else {
      buf = buf.subarray(0, at);
      done.push(`truncate@${at}`);
    }
  }
  return { bytes: buf, text: done.join(' ') };
}

/** Damages one entry inside an .xlsx (the zip stays valid, so the damage reaches the XML readers). */
export function mutateZipEntry(src: Buffer, rand: Rand): { bytes: Buffer; text: string } {
  const files = unzipSync(new Uint8Array(src));
  const names = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const sheets = names.filter((n) => /worksheets\/sheet|sharedStrings/.test(n));
  const name = rand.chance(0.7) && sheets.length ? rand.pick(sheets) : rand.pick(names);
  const m = mutateBytes(Buffer.from(files[name]), rand);
  files[name] = new Uint8Array(m.bytes);
  return { bytes: Buffer.from(zipSync(files)), text: `${name}: ${m.text}` };
}
