/**
 * Helpers every kind converter uses: money and dates with rejects, duplicate keys, division
 * placement. Each records a reject on the row and returns null on bad data.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { ident, sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { TABLE_COLUMNS, TABLES, type TableName } from '../../../workspace/schema.ts';
import { parseMoney, unitFromHeader, type MoneyUnit } from '../../values/money.ts';
import { checkDateRange, parseDate, parseTimestamp } from '../../values/date.ts';
import type { LoadContext } from '../kind-loader.ts';
import type { DivisionIndex, DivisionSource } from '../division-index.ts';
import type { RowInput } from '../row-input.ts';
import { hasLostDigits, lostDigitsNote, lostDigitsReason } from '../../values/lost-digits.ts';
import { cleanCell } from '../../values/text.ts';

const MONEY_UNITS = new Set<string>(['元', '千元', '万元', '百万元', '亿元']);

/** The money unit of a field's header (or the 单位 line above the table), or null. */
export function headerMoneyUnit(input: RowInput, field: string): MoneyUnit | null {
  const u = input.unit(field);
  if (u && MONEY_UNITS.has(u)) return u as MoneyUnit;
  return unitFromHeader(input.header(field));
}

// A sheet's headers do not change between rows: the unit is worked out once per field, not per cell.
const unitsByInput = new WeakMap<RowInput, Map<string, MoneyUnit | null>>();

function fieldMoneyUnit(input: RowInput, field: string): MoneyUnit | null {
  let units = unitsByInput.get(input);
  if (!units) unitsByInput.set(input, (units = new Map()));
  let u = units.get(field);
  if (u === undefined) units.set(field, (u = headerMoneyUnit(input, field)));
  return u;
}

/**
 * A money field in 元 (null when blank). Notes once per field when the amount took the 元 default
 * because neither header nor cell named a unit (DOMAIN §1: say so in the import report).
 */
export function money(input: RowInput, field: string, ctx: LoadContext): number | null {
  if (!input.has(field)) return null;
  const r = parseMoney(input.raw(field), fieldMoneyUnit(input, field));
  if (!r.ok) {
    input.reject(field, r.reason);
    return null;
  }
  if (r.yuan !== null && r.unitFrom === 'default') ctx.notes.add(`「${input.header(field)}」列未注明金额单位，按元处理`);
  return r.yuan;
}

/** A date field (`YYYY-MM-DD`) within 2000–today; rejects and returns null otherwise. */
export function date(input: RowInput, field: string, label: string, ctx: LoadContext, required: boolean): string | null {
  const r = parseDate(input.raw(field));
  if (!r.ok) {
    input.reject(field, r.reason);
    return null;
  }
  if (r.date === null) {
    if (required) input.reject(input.has(field) ? field : null, `缺少必填项：${label}`);
    return null;
  }
  const inRange = checkDateRange(r.date, { max: ctx.today });
  if (!inRange.ok) {
    input.reject(field, inRange.reason);
    return null;
  }
  return r.date;
}

/** A timestamp field (`YYYY-MM-DD HH:MM:SS`) within 2000–today (due dates may lie ahead: `future`). */
export function timestamp(input: RowInput, field: string, label: string, ctx: LoadContext, required: boolean, future = false): string | null {
  const r = parseTimestamp(input.raw(field));
  if (!r.ok) {
    input.reject(field, r.reason);
    return null;
  }
  if (r.timestamp === null) {
    if (required) input.reject(input.has(field) ? field : null, `缺少必填项：${label}`);
    return null;
  }
  const inRange = checkDateRange(r.timestamp.slice(0, 10), future ? { max: '2100-12-31' } : { max: ctx.today });
  if (!inRange.ok) {
    input.reject(field, inRange.reason);
    return null;
  }
  return r.timestamp;
}

/**
 * Duplicate detection: keys already in the workspace (outside the batches being replaced) and keys
 * seen earlier in this file, with the row that had them.
 */
export class DuplicateKeys {
  private readonly seen = new Map<string, number>();
  private constructor(private readonly existing: Set<string>) {}

  /** Only duplicates within the file (tables where a newer row replaces an older one). */
  static inFile(): DuplicateKeys {
    return new DuplicateKeys(new Set());
  }

  /** Loads existing keys: the given columns of `table`, joined with U+0001. */
  static async load(conn: DuckDBConnection, table: TableName, columns: string[], replaced: number[]): Promise<DuplicateKeys> {
    const cols = columns.map((c) => sql`coalesce(${ident(c, TABLE_COLUMNS[table])}::VARCHAR, '')`);
    let expr = cols[0];
    for (const c of cols.slice(1)) expr = sql`${expr} || chr(1) || ${c}`;
    const rows = await all<{ k: string }>(
      conn,
      sql`SELECT DISTINCT ${expr} AS k FROM ${ident(table, TABLES)} WHERE NOT list_contains(${replaced}::INTEGER[], batch_id)`,
      '读取已有记录',
    );
    return new DuplicateKeys(new Set(rows.map((r) => r.k)));
  }

  /** Null when new (and remembers it), else the Chinese reason. */
  check(parts: (string | null)[], row: number): string | null {
    const key = parts.map((p) => p ?? '').join('\u0001');
    if (this.existing.has(key)) return '重复记录：工作区中已有相同记录';
    const first = this.seen.get(key);
    if (first !== undefined) return `重复记录：与本文件第 ${first} 行相同`;
    this.seen.set(key, row);
    return null;
  }
}

/** Whether `s` has an ASCII lower-case letter (codes are stored upper case; most already are). */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Code columns (统一社会信用代码, 证件号码) whose values Excel turned into numbers and cut to 15 digits:
 * the row is kept, the code is left empty (a wrong code would place the case in another county or
 * match another company), and the batch notes how many, once per column.
 */
export class LostDigitCodes {
  private readonly seen = new Map<string, { count: number; example: string }>();

  /** The code as upper-case text, or null when blank or when it lost digits (counted). */
  code(input: RowInput, field: string): string | null {
    const raw = input.raw(field);
    if (raw === null) return null;
    if (hasLostDigits(raw)) {
      const header = input.header(field);
      const entry = this.seen.get(header) ?? { count: 0, example: String(raw).trim() };
      entry.count++;
      this.seen.set(header, entry);
      return null;
    }
    const text = cleanCell(raw);
    return text === null || !hasLowerCase(text) ? text : text.toUpperCase();
  }

  /** Adds one note per column that had such values. */
  addNotes(notes: Set<string>): void {
    for (const [header, { count, example }] of this.seen) notes.add(lostDigitsNote(header, count, example));
  }
}

/**
 * A record's key (工单编号, 检查编号, 决定书文号) as text. A key Excel cut to 15 digits is rejected: two
 * work orders would collapse into one number and read as duplicates of each other.
 */
export function keyText(input: RowInput, field: string, label: string, required: boolean): string | null {
  if (hasLostDigits(input.raw(field))) {
    input.reject(field, lostDigitsReason(input.header(field)));
    return null;
  }
  return required ? input.required(field, label) : input.text(field);
}

const TITLE_YEAR = /(20\d{2})\s*年/;

/**
 * The year a sheet states outside its rows — its title (`连云港市2025年度行政执法案卷评查结果`), else
 * the sheet name, else the file name — for sheets without a 年度 column; null when none says.
 */
export function yearFromContext(ctx: Pick<LoadContext, 'layout' | 'sheet' | 'fileName'>): string | null {
  return contextTexts(ctx).map((t) => TITLE_YEAR.exec(t)?.[1]).find((y) => y !== undefined) ?? null;
}

/**
 * What a sheet says about itself outside its rows, in the order it is trusted: the title lines above
 * the table, the sheet name, the file name.
 */
export function contextTexts(ctx: Pick<LoadContext, 'layout' | 'sheet' | 'fileName'>): string[] {
  return [...ctx.layout.preamble.map((p) => p.text), ctx.sheet, ctx.fileName];
}

/** Division placement in the order; notes unplaced rows once. */
export function placeDivision(
  divisions: DivisionIndex,
  sources: { column?: string | null; agency?: string | null; address?: string | null; street?: string | null; creditCode?: string | null; text?: string | null },
): { division: string | null; source: DivisionSource | null } {
  if (sources.column) {
    const m = divisions.fromText(sources.column);
    if (m) return { division: m.division, source: 'column' };
  }
  if (sources.agency !== undefined) {
    const d = divisions.fromAgency(sources.agency);
    if (d) return { division: d, source: 'agency' };
  }
  if (sources.address) {
    const m = divisions.fromText(sources.address);
    if (m) return { division: m.division, source: m.via === 'street' ? 'street' : 'address' };
  }
  if (sources.street) {
    const m = divisions.fromText(sources.street);
    if (m) return { division: m.division, source: 'street' };
  }
  if (sources.text) {
    const m = divisions.fromText(sources.text);
    if (m) return { division: m.division, source: m.via === 'street' ? 'street' : 'address' };
  }
  if (sources.creditCode) {
    const d = divisions.fromCreditCode(sources.creditCode);
    if (d) return { division: d, source: 'credit_code' };
  }
  return { division: null, source: null };
}
