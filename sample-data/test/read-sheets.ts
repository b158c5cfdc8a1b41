/**
 * Test-side readers of the generated exports, written independently of the generator: they find
 * headers by name, parse every date style and unit the files use, and decode the GB18030 CSVs.
 */

import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A cell value as read back. */
export type Val = string | number | Date | null;

/** Rows (0-based arrays) of every sheet of a workbook. */
export async function readWorkbook(path: string): Promise<Map<string, Val[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, Val[][]>();
  for (const ws of wb.worksheets) {
    const rows: Val[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const vals: Val[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const v = row.getCell(c).value;
        vals.push(v === undefined || v === null ? null : (v as Val));
      }
      rows.push(vals);
    }
    out.set(ws.name, rows);
  }
  return out;
}

/** Parse a GB18030 CSV with quoted fields. */
export async function readCsv(path: string): Promise<string[][]> {
  const text = iconv.decode(await readFile(path), 'gb18030');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Index of the first row containing all the given header names, and a name → column map. */
export function header(rows: Val[][], names: string[]): { at: number; col: (name: string) => number } {
  const at = rows.findIndex((r) => names.every((n) => r.some((v) => v === n)));
  if (at < 0) throw new Error(`header ${names.join('/')} not found`);
  const hdr = rows[at].map((v) => (v === null ? '' : String(v)));
  return {
    at,
    col: (name) => {
      const i = hdr.indexOf(name);
      if (i < 0) throw new Error(`column ${name} not found in ${hdr.join(',')}`);
      return i;
    },
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date in any of the styles the exports use, as YYYY-MM-DD. */
export function toDate(v: Val): string {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return toDate(new Date(Math.round((v - 25569) * 86400) * 1000));
  const s = String(v).trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(s);
  if (!m) throw new Error(`unparsed date ${s}`);
  return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
}

/** A timestamp (wall clock) from a Date cell, a fractional serial or `YYYY-MM-DD HH:MM:SS`. */
export function toTime(v: Val): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(Math.round((v - 25569) * 86400) * 1000);
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(v));
  if (!m) throw new Error(`unparsed time ${String(v)}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

/** A number from a number cell or numeric text; null for blank. */
export function toNum(v: Val): number | null {
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new Error(`not a number: ${String(v)}`);
  return n;
}

/** Text or null. */
export function toText(v: Val): string | null {
  return v === null || v === '' ? null : String(v);
}

/** 万元 → 元, rounded to fen. */
export function wanToYuan(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10000 * 100) / 100;
}
