/**
 * Main-thread half of reading a worksheet on a worker: turns a batch of recorded cells (see
 * `xlsx-cell-recorder.ts`) into {@link SheetRow}s with the same conversion the in-thread scanner
 * applies, so both paths yield identical rows.
 */
import type { Cell, SheetRow } from '../types.ts';
import { cellValue, putCell, type SheetScanContext } from './xlsx-cell-convert.ts';
import type { RecordedBatch } from './xlsx-cell-recorder.ts';

/** The rows of one recorded batch, converted with `ctx` (shared strings, date styles, limits). */
export function rowsFromRecords(batch: RecordedBatch, ctx: SheetScanContext): SheetRow[] {
  const buf = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  const r = batch.records;
  const rows: SheetRow[] = [];
  let i = 0;
  while (i < batch.length) {
    const row = r[i++];
    const count = r[i++];
    const cells: Cell[] = [];
    for (let k = 0; k < count; k++) {
      const col = r[i++];
      const type = r[i++];
      const style = r[i++];
      let vs = r[i++];
      const ve = r[i++];
      let inline: string | null = null;
      if (vs <= -2) {
        inline = batch.inlines[-2 - vs];
        vs = -1;
      }
      const value = cellValue(buf, vs, ve, type, style, inline, ctx, row, col);
      if (value !== null) putCell(cells, col, value);
    }
    if (cells.length > 0) rows.push({ row, cells });
  }
  return rows;
}
