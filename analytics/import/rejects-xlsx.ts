/**
 * The reject list as an .xlsx the agency can fix and send back: file, sheet, Excel row, column,
 * value and reason. Values are written as text, never as formulas (a cell starting with = + - @
 * stays text).
 */
import ExcelJS from 'exceljs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../sql/fragment.ts';
import { all } from '../sql/run.ts';
import { writeFileAtomic } from './write-atomic.ts';

interface RejectRecord {
  file_name: string;
  sheet: string | null;
  row_number: number;
  column: string | null;
  value: string | null;
  reason: string;
}

/** Writes the rejects of the given batches to `path`; returns how many were written. */
export async function writeRejectsXlsx(conn: DuckDBConnection, batchIds: number[], path: string): Promise<number> {
  const rows = await all<RejectRecord>(
    conn,
    sql`SELECT b.file_name, r.sheet, r.row_number, r."column", r.value, r.reason
        FROM import_reject r JOIN import_batch b USING (batch_id)
        WHERE list_contains(${batchIds}::INTEGER[], r.batch_id)
        ORDER BY b.file_name, r.sheet, r.row_number`,
    '读取拒绝记录',
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('拒绝记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '文件', key: 'file', width: 36 },
    { header: '工作表', key: 'sheet', width: 14 },
    { header: 'Excel 行号', key: 'row', width: 10 },
    { header: '列', key: 'column', width: 24 },
    { header: '值', key: 'value', width: 30 },
    { header: '原因', key: 'reason', width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    // Plain strings: exceljs writes them as shared strings, never as formulas.
    ws.addRow({ file: r.file_name, sheet: r.sheet ?? '', row: r.row_number, column: r.column ?? '', value: r.value ?? '', reason: r.reason });
  }
  await writeFileAtomic(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return rows.length;
}
