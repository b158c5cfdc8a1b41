/**
 * The one place Arrow IPC bytes are decoded (STYLE: Arrow decoded in one place in the renderer).
 * Charts and grids want plain JS values: BigInt becomes number, DATE becomes "YYYY-MM-DD",
 * TIMESTAMP "YYYY-MM-DD HH:mm:ss" (local wall time as stored), lists become arrays.
 */
import { DataType, tableFromIPC, type Field, type Table } from 'apache-arrow';

/** A decoded table: column names in order and one plain object per row. */
export interface DecodedTable {
  columns: string[];
  rows: Record<string, unknown>[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${isoDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function toMs(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  return Number(v);
}

/** Converts one Arrow cell of `type` to a plain value. */
function plain(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  if (DataType.isDate(type)) return isoDate(toMs(v));
  if (DataType.isTimestamp(type)) return isoTimestamp(toMs(v));
  if (typeof v === 'bigint') return Number(v);
  if (DataType.isList(type)) {
    const child = (type.children[0] as Field).type;
    return Array.from(v as Iterable<unknown>, (x) => plain(x, child));
  }
  if (DataType.isStruct(type)) {
    const out: Record<string, unknown> = {};
    for (const f of type.children) out[f.name] = plain((v as Record<string, unknown>)[f.name], f.type);
    return out;
  }
  return v;
}

function table(bytes: Uint8Array): Table {
  return tableFromIPC(bytes);
}

/** Decodes IPC stream bytes into row objects. */
export function decodeRows(bytes: Uint8Array | null | undefined): DecodedTable {
  if (!bytes || bytes.byteLength === 0) return { columns: [], rows: [] };
  const t = table(bytes);
  const fields = t.schema.fields;
  const vectors = fields.map((_, i) => t.getChildAt(i));
  const rows: Record<string, unknown>[] = new Array(t.numRows);
  for (let r = 0; r < t.numRows; r++) {
    const row: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      row[f.name] = plain(vectors[i]?.get(r), f.type);
    });
    rows[r] = row;
  }
  return { columns: fields.map((f) => f.name), rows };
}

/** Decodes IPC stream bytes into one plain array per column (for charts that plot whole columns). */
export function decodeColumns(bytes: Uint8Array | null | undefined): Record<string, unknown[]> {
  if (!bytes || bytes.byteLength === 0) return {};
  const t = table(bytes);
  const out: Record<string, unknown[]> = {};
  t.schema.fields.forEach((f, i) => {
    const vec = t.getChildAt(i);
    out[f.name] = vec ? Array.from({ length: t.numRows }, (_, r) => plain(vec.get(r), f.type)) : [];
  });
  return out;
}

/** Decodes every table of a `{name: bytes}` map. */
export function decodeTables(tables: Record<string, Uint8Array> | null | undefined): Record<string, DecodedTable> {
  const out: Record<string, DecodedTable> = {};
  for (const [name, bytes] of Object.entries(tables ?? {})) out[name] = decodeRows(bytes);
  return out;
}
