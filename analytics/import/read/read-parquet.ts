/**
 * Parquet reader through an in-memory DuckDB instance: `read_parquet($1)` with the path bound as a
 * parameter, streamed chunk by chunk. The column names become row 1 (as a CSV header line would be)
 * so the header-finding layer treats every format alike; data rows are numbered from 2.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { basename, extname } from 'node:path';
import type { Cell, SheetRow, WorkbookSource } from '../types.ts';
import type { ReadOptions } from './limits.ts';
import { readError } from './read-error.ts';
import { guardRows } from './read-guard.ts';

/** Converts one value of DuckDB's JS conversion (`yieldRowsJs`) to a {@link Cell}. */
export function parquetValueToCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string': return v === '' ? null : v;
    case 'number': return Number.isFinite(v) ? v : String(v);
    case 'boolean': return v;
    // BIGINT/HUGEINT: exact below 2^53; larger ids are better kept as their digits.
    case 'bigint': return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    default: break;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  // LIST / STRUCT / MAP / INTERVAL: keep a readable text form rather than drop the value.
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

async function* readParquetRows(path: string, signal?: AbortSignal): AsyncGenerator<SheetRow[], void, undefined> {
  signal?.throwIfAborted();
  const instance = await DuckDBInstance.create(':memory:');
  let connection: DuckDBConnection | null = null;
  try {
    connection = await instance.connect();
    let result;
    try {
      result = await connection.stream('SELECT * FROM read_parquet($1)', [path]);
    } catch (err) {
      throw readError(path, '不是有效的 Parquet 文件（无法读取其结构）', err);
    }
    yield [{ row: 1, cells: result.columnNames() }];
    let rowNum = 1;
    for await (const rows of result.yieldRowsJs()) {
      signal?.throwIfAborted();
      const batch: SheetRow[] = [];
      for (const r of rows) {
        rowNum++;
        const cells = r.map(parquetValueToCell);
        // Same shape as the other readers: no trailing empty cells, no all-empty rows.
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        if (cells.length > 0) batch.push({ row: rowNum, cells });
      }
      if (batch.length > 0) yield batch;
    }
  } finally {
    connection?.closeSync();
    instance.closeSync();
  }
}

/** Opens a .parquet file as a one-sheet workbook (the schema is checked when rows are read). */
export async function openParquet(path: string, opts: ReadOptions = {}): Promise<WorkbookSource> {
  opts.signal?.throwIfAborted();
  return {
    path,
    format: 'parquet',
    encoding: null,
    sheets: [{
      name: basename(path, extname(path)), index: 0, hidden: false,
      rows: (signal?: AbortSignal) => guardRows(path, readParquetRows(path, signal ?? opts.signal)),
    }],
    close: async () => {},
  };
}
