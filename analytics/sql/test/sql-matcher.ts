/**
 * A vitest matcher for SQL fragments (after Mosaic's): checks the generated text (whitespace
 * normalized) and parameters, then runs `EXPLAIN` on the fragment with its parameters bound in an
 * in-memory DuckDB that has the full canonical schema — so a query that does not parse, names a
 * missing column or mistypes a parameter fails the test.
 *
 *   await expect(fragment).toMatchSql({ text: 'SELECT … WHERE year = $1', params: [2025] });
 */
import { expect } from 'vitest';
import type { Fragment, SqlValue } from '../fragment.ts';
import { bindings, bindingTypes } from '../run.ts';
import { openMemoryWorkspace, type Workspace } from '../../workspace/open.ts';
import type { DuckDBType } from '@duckdb/node-api';

let schemaDb: Promise<Workspace> | null = null;

/** The shared in-memory schema database used for EXPLAIN. */
export function explainDb(): Promise<Workspace> {
  schemaDb ??= openMemoryWorkspace();
  return schemaDb;
}

/** Collapses runs of whitespace so tests can write SQL over several lines. */
export function normalizeSql(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')').trim();
}

/** Runs EXPLAIN on a fragment; resolves to null when it plans, else to the error message. */
export async function explainError(f: Fragment): Promise<string | null> {
  const ws = await explainDb();
  try {
    await ws.conn.runAndReadAll(`EXPLAIN ${f.text}`, bindings(f), bindingTypes(f) as DuckDBType[]);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

interface SqlExpectation {
  text?: string;
  params?: SqlValue[];
}

expect.extend({
  async toMatchSql(received: Fragment, expected: SqlExpectation = {}) {
    const problems: string[] = [];
    const text = normalizeSql(received.text);
    if (expected.text !== undefined && text !== normalizeSql(expected.text)) {
      problems.push(`text differs:\n  expected: ${normalizeSql(expected.text)}\n  received: ${text}`);
    }
    if (expected.params !== undefined && !this.equals(received.params, expected.params)) {
      problems.push(`params differ:\n  expected: ${JSON.stringify(expected.params)}\n  received: ${JSON.stringify(received.params)}`);
    }
    const err = await explainError(received);
    if (err) problems.push(`EXPLAIN failed: ${err}\n  sql: ${text}`);
    return {
      pass: problems.length === 0,
      message: () => (problems.length ? problems.join('\n') : `expected fragment not to match: ${text}`),
    };
  },
});

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- must match vitest's own declaration
  interface Matchers<T = any> {
    /** Fragment text/params equal the expectation and EXPLAIN succeeds on the schema. */
    toMatchSql(expected?: SqlExpectation): Promise<T>;
  }
}
