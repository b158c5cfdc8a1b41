/**
 * The filter every analysis takes (DESIGN §4, issue 4): `{year, division?, agency?, sector?}`, applied
 * the same way everywhere. A case's year is its decision date's year; a ticket's its received
 * date's; an inspection's its inspection date's. A division filter also takes in the functional
 * zones whose parent it is (筛选连云区 includes 开发区 and 徐圩新区), since analysts read a county as the
 * territory it administers. A sector filter selects the agencies of that sector in the agency table.
 */
import { sql, type Fragment } from '../sql/fragment.ts';

/** The analysis filter. */
export interface FilterSpec {
  year: number;
  division?: string | null;
  agency?: string | null;
  sector?: string | null;
}

/** The Chinese name of each part of the filter (messages, notes that a part does not apply). */
export const FILTER_PART_LABELS = { year: '年度', division: '区县', agency: '执法机关', sector: '执法领域' } as const;

/** Column names a filter applies to in one table. */
export interface FilterColumns {
  /** Date or timestamp column whose year is the record's year. */
  date: Fragment;
  /**
   * `date` is a stored column: the year is written as a range on it (`yearRange`), which the scan
   * filters directly. Otherwise (a computed date) the condition is `year(date) = …`.
   */
  dateColumn?: boolean;
  division?: Fragment;
  agency?: Fragment;
}

/** The division filter: the division itself or a zone whose parent it is. */
export function divisionCondition(column: Fragment, division: string): Fragment {
  return sql`(${column} = ${division} OR ${column} IN (SELECT name FROM division WHERE parent = ${division}))`;
}

/**
 * `column` (a DATE or TIMESTAMP) lies in calendar years `from` … `to`, written as a range rather than
 * `year(column) = …`: the scan then filters the column directly and skips row groups outside it.
 */
export function yearRange(column: Fragment, from: number, to = from): Fragment {
  return sql`${column} >= make_date(${from}::INTEGER, 1, 1) AND ${column} < make_date(${to + 1}::INTEGER, 1, 1)`;
}

/**
 * WHERE conditions (joined with AND, starting with the year) for a table; parts whose column the
 * table does not have are left out (e.g. tickets have no agency). `year` may be overridden for
 * prior-year comparisons, and `from` widens the years to `from` … `year` (both years of a
 * year-over-year table in one condition).
 */
export function filterConditions(f: FilterSpec, cols: FilterColumns, year = f.year, from = year): Fragment {
  let out = cols.dateColumn
    ? yearRange(cols.date, from, year)
    : from === year ? sql`year(${cols.date}) = ${year}` : sql`year(${cols.date}) BETWEEN ${from} AND ${year}`;
  if (f.division && cols.division) out = sql`${out} AND ${divisionCondition(cols.division, f.division)}`;
  if (f.agency && cols.agency) out = sql`${out} AND ${cols.agency} = ${f.agency}`;
  if (f.sector && cols.agency) out = sql`${out} AND ${cols.agency} IN (SELECT name FROM agency WHERE sector = ${f.sector})`;
  return out;
}

/** Which filter parts a table honours, for the result's `filter_applied` note. */
export function appliedParts(f: FilterSpec, cols: FilterColumns): string[] {
  const parts = ['year'];
  if (f.division && cols.division) parts.push('division');
  if (f.agency && cols.agency) parts.push('agency');
  if (f.sector && cols.agency) parts.push('sector');
  return parts;
}

/** Validates a filter from the outside (CLI, IPC): a sane year, strings or nothing. */
export function parseFilter(input: Record<string, unknown>): FilterSpec {
  const year = Number(input.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`年度无效：${String(input.year)}`);
  const str = (k: string) => {
    const v = input[k];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string') throw new TypeError(`筛选条件 ${k} 应为文本`);
    return v;
  };
  return { year, division: str('division'), agency: str('agency'), sector: str('sector') };
}
