/**
 * The data browser: one page of a canonical table as Arrow IPC bytes with the total row count and
 * Chinese column headings. Phone and ID numbers in text columns are masked unless the workspace
 * setting says otherwise.
 */
import type { DuckDBConnection, DuckDBResultReader } from '@duckdb/node-api';
import type { BrowsePage, BrowseRequest, BrowseTable } from '../contract.ts';
import { encodeColumns } from '../arrow/encode-ipc.ts';
import { join, sql, type Fragment } from '../sql/fragment.ts';
import { all, one, run } from '../sql/run.ts';
import { INTERNAL_COLUMNS, TABLE_COLUMNS } from '../workspace/schema.ts';
import { readEditableSettings } from './workspace-settings.ts';
import { browseTable, column, orderClause, tableIdent, whereClause } from './browse-query.ts';
import { columnLabel } from './column-labels.ts';
import { masksColumn, maskValues } from './mask.ts';
import { asFilter, asInt, asObject } from './validate.ts';

/** Largest page the browser may ask for. */
export const MAX_PAGE = 5000;

/** A column of a table with its DuckDB type. */
export interface TableColumn {
  name: string;
  type: string;
}

/** The table's columns that are in the known list, in table order. */
export async function tableColumns(conn: DuckDBConnection, table: BrowseTable): Promise<TableColumn[]> {
  const rows = await all<TableColumn>(
    conn,
    sql`SELECT column_name AS name, data_type AS type FROM duckdb_columns()
        WHERE schema_name = 'main' AND table_name = ${table} ORDER BY column_index`,
    '数据表的列',
  );
  return rows.filter((c) => TABLE_COLUMNS[table].includes(c.name) && !INTERNAL_COLUMNS.has(`${table}.${c.name}`));
}

/** The parts of a browse query shared by paging and export. */
export async function browseParts(conn: DuckDBConnection, input: unknown): Promise<{ table: BrowseTable; columns: TableColumn[]; select: Fragment; from: Fragment; order: Fragment }> {
  const req = asObject(input, '浏览请求') as unknown as Omit<BrowseRequest, 'offset' | 'limit'>;
  const table = browseTable(req.table);
  const columns = await tableColumns(conn, table);
  const text = columns.filter((c) => c.type === 'VARCHAR').map((c) => c.name);
  const filter = req.filter == null ? null : asFilter(req.filter);
  // JSON columns travel as their text.
  const select = join(columns.map((c) => (c.type === 'JSON' ? sql`${column(table, c.name)}::VARCHAR AS ${column(table, c.name)}` : column(table, c.name))), ', ');
  const from = sql`${tableIdent(table)} WHERE ${whereClause({ ...req, table }, text, filter)}`;
  return { table, columns, select, from, order: orderClause(table, req.sort ?? null) };
}

/** Whether personal numbers are masked in this workspace. */
export async function maskingOn(conn: DuckDBConnection): Promise<boolean> {
  return (await readEditableSettings(conn)).mask_personal_data;
}

/** One page of a table. */
export async function browse(conn: DuckDBConnection, input: unknown): Promise<BrowsePage> {
  const req = asObject(input, '浏览请求');
  const offset = asInt(req.offset, '起始行', 0, Number.MAX_SAFE_INTEGER);
  const limit = asInt(req.limit, '每页行数', 1, MAX_PAGE);
  const p = await browseParts(conn, req);
  const total = (await one<{ n: number }>(conn, sql`SELECT count(*) AS n FROM ${p.from}`, '浏览：行数'))?.n ?? 0;
  const reader = await run(conn, sql`SELECT ${p.select} FROM ${p.from} ORDER BY ${p.order} LIMIT ${limit} OFFSET ${offset}`, '浏览：数据');
  const mask = await maskingOn(conn);
  return {
    table: p.table,
    total,
    offset,
    columns: p.columns.map((c) => ({ name: c.name, label: columnLabel(p.table, c.name), type: c.type })),
    arrow: encodeMasked(reader, p.table, mask),
  };
}

/** Arrow bytes of a result, masking phone and ID numbers in its text columns when asked. */
export function encodeMasked(reader: DuckDBResultReader, table: string, mask: boolean): Uint8Array {
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.toString());
  const cols = reader.getColumnsJS();
  return encodeColumns(names.map((name, i) => ({
    name,
    duckType: types[i],
    values: mask && masksColumn(table, name) ? maskValues(cols[i] ?? []) : (cols[i] ?? []),
  })));
}
