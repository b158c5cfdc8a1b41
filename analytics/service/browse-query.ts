/**
 * The SQL of the data browser, built from a request whose every identifier is checked against the
 * schema (`TABLE_COLUMNS`) and every value bound: the table, the WHERE clause (search, equals, the
 * global filter on the columns the table has) and the ORDER BY.
 */
import type { BrowseRequest, BrowseTable, FilterSpec } from '../contract.ts';
import { divisionCondition } from '../analyses/filter.ts';
import { ident, join, raw, sql, type Fragment } from '../sql/fragment.ts';
import { TABLE_COLUMNS, TABLES } from '../workspace/schema.ts';
import { invalid, WorkstationError } from './errors.ts';
import { M } from './messages.ts';
import { asObject } from './validate.ts';

/** Tables the browser may show. */
export const BROWSE_TABLES = [
  'penalty_case', 'benchmark_rule', 'hotline_ticket', 'inspection', 'case_review', 'survey_response', 'survey_answer',
  'survey_item', 'annual_stat', 'division', 'agency', 'import_batch', 'import_reject',
] as const satisfies readonly BrowseTable[];

/** Where the global filter applies: the record's date (or year) and its division / agency columns. */
const FILTER_COLUMNS: Partial<Record<BrowseTable, { date?: string; year?: string; division?: string; agency?: string }>> = {
  penalty_case: { date: 'decided_on', division: 'division', agency: 'agency' },
  hotline_ticket: { date: 'received_at', division: 'division' },
  inspection: { date: 'inspected_on', division: 'division', agency: 'agency' },
  case_review: { year: 'year', agency: 'agency' },
  survey_response: { date: 'answered_on', division: 'division', agency: 'agency' },
  annual_stat: { year: 'year', agency: 'agency' },
  agency: { division: 'division', agency: 'name' },
};

const MAX_EQUALS = 20;

/** A checked table name. */
export function browseTable(v: unknown): BrowseTable {
  if (typeof v !== 'string' || !(BROWSE_TABLES as readonly string[]).includes(v)) throw new WorkstationError('INVALID_ARGUMENT', M.unknownTable(String(v)));
  return v as BrowseTable;
}

/** A column of `table`, quoted, or an error naming it. */
export function column(table: BrowseTable, name: unknown): Fragment {
  const known = TABLE_COLUMNS[table];
  if (typeof name !== 'string' || !known.includes(name)) throw new WorkstationError('INVALID_ARGUMENT', M.unknownColumn(table, String(name)));
  return ident(name, known);
}

/** The quoted table name. */
export function tableIdent(table: BrowseTable): Fragment {
  return ident(table, TABLES);
}

/** The WHERE conditions of a request (`TRUE` when none). `textColumns` are searched. */
export function whereClause(req: Omit<BrowseRequest, 'offset' | 'limit'>, textColumns: readonly string[], filter: FilterSpec | null): Fragment {
  const table = req.table;
  const conds: Fragment[] = [];
  const search = typeof req.search === 'string' ? req.search.trim().toLowerCase() : '';
  if (search !== '' && textColumns.length) {
    conds.push(sql`(${join(textColumns.map((c) => sql`contains(lower(${column(table, c)}), ${search})`), ' OR ')})`);
  }
  const equals = req.equals == null ? {} : asObject(req.equals, '等值筛选');
  if (Object.keys(equals).length > MAX_EQUALS) throw invalid('等值筛选条件过多');
  for (const [name, value] of Object.entries(equals)) {
    const c = column(table, name);
    if (value === null) conds.push(sql`${c} IS NULL`);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') conds.push(sql`${c} = ${value}`);
    else throw invalid(`列「${name}」的筛选值`);
  }
  const fc = FILTER_COLUMNS[table];
  if (filter && fc) {
    if (fc.date) conds.push(sql`year(${column(table, fc.date)}) = ${filter.year}`);
    if (fc.year) conds.push(sql`${column(table, fc.year)} = ${filter.year}`);
    if (filter.division && fc.division) conds.push(divisionCondition(column(table, fc.division), filter.division));
    if (filter.agency && fc.agency) conds.push(sql`${column(table, fc.agency)} = ${filter.agency}`);
    if (filter.sector && fc.agency) conds.push(sql`${column(table, fc.agency)} IN (SELECT name FROM agency WHERE sector = ${filter.sector})`);
  }
  return conds.length ? join(conds, ' AND ') : sql`TRUE`;
}

/** ORDER BY: the requested column (checked) then the physical row order, so pages are stable. */
export function orderClause(table: BrowseTable, sort: BrowseRequest['sort']): Fragment {
  if (!sort) return sql`rowid`;
  const s = asObject(sort, '排序');
  const dir = s.direction === 'desc' ? raw('DESC') : s.direction === 'asc' || s.direction === undefined ? raw('ASC') : null;
  if (!dir) throw invalid('排序方向应为 asc 或 desc');
  return sql`${column(table, s.column)} ${dir} NULLS LAST, rowid`;
}
