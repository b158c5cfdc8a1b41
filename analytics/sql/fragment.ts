/**
 * SQL fragments: query text and its bound values travel together (`{ text, params }`).
 *
 * Every value interpolated into the `sql` tag becomes a positional parameter (`$1`, `$2` …); a
 * fragment interpolated into another splices its text and parameters, renumbered. Identifiers
 * cannot be bound, so they go through `ident()` and only from a known list. Nothing else ever
 * reaches the query text.
 */

/** A value DuckDB can bind. Arrays bind as lists. */
export type SqlValue = string | number | bigint | boolean | null | Date | readonly SqlValue[];

type Part = { kind: 'text'; text: string } | { kind: 'param'; value: SqlValue };

/** A piece of SQL with its bound parameters. Compose with `sql`, `join`, `ident`. */
export class Fragment {
  /** @internal */
  readonly parts: readonly Part[];

  /** @internal use the `sql` tag. */
  constructor(parts: readonly Part[]) {
    this.parts = parts;
  }

  /** The SQL text with `$n` placeholders numbered from 1. */
  get text(): string {
    let n = 0;
    let out = '';
    for (const p of this.parts) out += p.kind === 'text' ? p.text : `$${++n}`;
    return out;
  }

  /** The bound values, in placeholder order. */
  get params(): SqlValue[] {
    const out: SqlValue[] = [];
    for (const p of this.parts) if (p.kind === 'param') out.push(p.value);
    return out;
  }

  /** Plain `{ text, params }` form, for logging and tests. */
  toJSON(): { text: string; params: SqlValue[] } {
    return { text: this.text, params: this.params };
  }
}

/** Tagged template: `sql\`SELECT * FROM t WHERE year = ${year}\`` binds `year` as `$1`. */
export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | Fragment)[]): Fragment {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push({ kind: 'text', text: s });
    if (i < values.length) {
      const v = values[i];
      if (v instanceof Fragment) parts.push(...v.parts);
      else parts.push({ kind: 'param', value: v });
    }
  });
  return new Fragment(parts);
}

/** An empty fragment (useful as the neutral element when composing optional clauses). */
export const empty: Fragment = new Fragment([]);

/** Joins fragments with a separator given as SQL text, e.g. `join(conds, ' AND ')`. */
export function join(fragments: readonly Fragment[], separator: string): Fragment {
  const parts: Part[] = [];
  fragments.forEach((f, i) => {
    if (i > 0) parts.push({ kind: 'text', text: separator });
    parts.push(...f.parts);
  });
  return new Fragment(parts);
}

/**
 * A quoted identifier, only if `name` is in `allowed` (a list of known table or column names).
 * Throws otherwise: identifiers from user input must be checked against the schema, never quoted
 * blindly.
 */
export function ident(name: string, allowed: readonly string[]): Fragment {
  if (!allowed.includes(name)) throw new Error(`未知的标识符: ${JSON.stringify(name)}`);
  return new Fragment([{ kind: 'text', text: '"' + name.replaceAll('"', '""') + '"' }]);
}

/**
 * Raw SQL text from a constant in the code (never from user data), e.g. a keyword chosen by a
 * switch. Prefer `sql`; this exists so composition never needs string concatenation.
 */
export function raw(text: string): Fragment {
  return new Fragment([{ kind: 'text', text }]);
}
