/**
 * Content-level digest of an export folder: every sheet's cell values of each .xlsx (so packaging
 * differences do not count) and the raw bytes of every other file. `verify.ts` uses it to say
 * whether a byte difference is a content difference.
 */

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `D:${v.toISOString()}`;
  if (typeof v === 'object') return `O:${JSON.stringify(v)}`;
  return `${typeof v}:${String(v)}`;
}

/** SHA-256 over the cell values of every sheet of a workbook. */
export async function workbookDigest(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const h = createHash('sha256');
  for (const ws of wb.worksheets) {
    h.update(`#sheet ${ws.name}\n`);
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => { cells.push(`${c}=${cellText(cell.value)}`); });
      h.update(`${n}|${cells.join('\t')}\n`);
    });
  }
  return h.digest('hex');
}

/** Per-file content digests of a folder and one digest over all of them. */
export async function exportsDigest(dir: string): Promise<{ digest: string; files: Record<string, string> }> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  const files: Record<string, string> = {};
  for (const n of names) {
    const bytes = await readFile(join(dir, n));
    files[n] = n.endsWith('.xlsx') ? await workbookDigest(bytes) : createHash('sha256').update(bytes).digest('hex');
  }
  const all = createHash('sha256');
  for (const n of names) all.update(`${n}:${files[n]}\n`);
  return { digest: all.digest('hex'), files };
}
