/** CSV as agencies' case systems export it: GB18030, CRLF, quoted only where needed. */

import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';

function field(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Encode rows (header first) as GB18030 CSV bytes. */
export function csvBytes(rows: (string | number | null)[][]): Buffer {
  const text = rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
  return iconv.encode(text, 'gb18030');
}

/** Write a GB18030 CSV; returns its size in bytes. */
export async function writeCsv(path: string, rows: (string | number | null)[][]): Promise<number> {
  const bytes = csvBytes(rows);
  await writeFile(path, bytes);
  return bytes.length;
}
