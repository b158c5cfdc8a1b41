/**
 * Exporting what the data browser shows (same table, search, filters and sort) as .xlsx, streamed
 * to a temporary file in pages so a large table never sits in memory twice. Text that begins with
 * = + - @ is written as a text cell (never a formula), and personal numbers are masked as on screen.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { JsonValue } from '../sql/json-rows.ts';
import { sql } from '../sql/fragment.ts';
import { all, one } from '../sql/run.ts';
import { browseParts, maskingOn } from './browse.ts';
import { columnLabel } from './column-labels.ts';
import { WorkstationError } from './errors.ts';
import { masksColumn, maskPersonal } from './mask.ts';
import { M, TABLE_LABELS } from './messages.ts';

/** Excel's row limit less the header row. */
export const MAX_EXPORT_ROWS = 1_048_575;
const PAGE = 20_000;
const FORMULA_START = /^[=+\-@\t\r]/;

/** An .xlsx cell value: lists joined, everything else as is. */
function cellValue(v: JsonValue, mask: boolean): string | number | boolean | null {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  const text = Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join('、') : typeof v === 'object' ? JSON.stringify(v) : v;
  return mask ? maskPersonal(text) : text;
}

/** The browser's rows as .xlsx bytes with a file name. */
export async function exportRows(conn: DuckDBConnection, input: unknown): Promise<{ name: string; bytes: Uint8Array }> {
  const p = await browseParts(conn, input);
  const total = (await one<{ n: number }>(conn, sql`SELECT count(*) AS n FROM ${p.from}`, '导出：行数'))?.n ?? 0;
  if (total > MAX_EXPORT_ROWS) throw new WorkstationError('INVALID_ARGUMENT', M.exportTooLarge(MAX_EXPORT_ROWS));
  const mask = await maskingOn(conn);
  const dir = mkdtempSync(join(tmpdir(), 'workstation-export-'));
  try {
    const file = join(dir, 'rows.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
    const label = TABLE_LABELS[p.table] ?? p.table;
    const sheet = wb.addWorksheet(label, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = p.columns.map((c) => ({ header: columnLabel(p.table, c.name), key: c.name, width: Math.min(40, Math.max(10, columnLabel(p.table, c.name).length * 2 + 2)) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (let offset = 0; offset < total; offset += PAGE) {
      const rows = await all(conn, sql`SELECT ${p.select} FROM ${p.from} ORDER BY ${p.order} LIMIT ${PAGE} OFFSET ${offset}`, '导出：数据');
      for (const r of rows) {
        const row = sheet.addRow(p.columns.map((c) => cellValue(r[c.name] ?? null, mask && masksColumn(p.table, c.name))));
        row.eachCell((cell) => {
          // A string cell is never evaluated; the text format also keeps Excel from re-reading it as a formula on edit.
          if (typeof cell.value === 'string' && FORMULA_START.test(cell.value)) cell.numFmt = '@';
        });
        row.commit();
      }
    }
    sheet.commit();
    await wb.commit();
    return { name: `${label}_${today()}.xlsx`, bytes: new Uint8Array(readFileSync(file)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}
