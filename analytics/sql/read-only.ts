/**
 * User-written queries (`supervise sql`): only reading statements run. Each statement is prepared
 * and its type checked before anything executes, so a write is refused, not attempted.
 */
import { StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { toJsonRows, type JsonRow } from './json-rows.ts';

const ALLOWED = new Set<number>([StatementType.SELECT, StatementType.EXPLAIN, StatementType.PRAGMA]);

/** A refused statement. */
export class ReadOnlyError extends Error {
  override readonly name = 'ReadOnlyError';
}

/**
 * Runs the user's query text (one or more statements) and returns the last statement's rows.
 * Refuses any statement that is not SELECT / EXPLAIN / PRAGMA before executing any of them.
 */
export async function runReadOnly(conn: DuckDBConnection, text: string): Promise<JsonRow[]> {
  let extracted;
  try {
    extracted = await conn.extractStatements(text);
  } catch (e) {
    throw new Error(`SQL 语法错误：${e instanceof Error ? e.message.split('\n')[0] : e}`, { cause: e });
  }
  if (extracted.count === 0) throw new ReadOnlyError('查询为空（empty query）');
  const prepared = [];
  for (let i = 0; i < extracted.count; i++) {
    let p;
    try {
      p = await extracted.prepare(i);
    } catch (e) {
      throw new Error(`查询无法执行：${e instanceof Error ? e.message.split('\n')[0] : e}`, { cause: e });
    }
    if (!ALLOWED.has(p.statementType)) {
      throw new ReadOnlyError(`只读查询：不允许修改工作区，该语句未执行（read-only: statement ${StatementType[p.statementType] ?? p.statementType} refused）`);
    }
    prepared.push(p);
  }
  let rows: JsonRow[] = [];
  for (const p of prepared) rows = toJsonRows(await p.runAndReadAll());
  return rows;
}
