/**
 * Small integer codes for statuses and match kinds inside the queries (a million string comparisons
 * per aggregate would cost more than the rest of the assessment), decoded to their names where a
 * query outputs them.
 */
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import type { DeviationStatus, MatchKind } from './types.ts';

/** Status → code. */
export const STATUS_CODE: Readonly<Record<DeviationStatus, number>> = { within: 0, below: 1, above: 2, no_rule: 3, not_assessable: 4 };

/** Match kind → code. */
export const MATCH_CODE: Readonly<Record<MatchKind, number>> = { code: 1, name: 2, basis: 3, ambiguous: 4, tier_missing: 5, none: 6 };

/** A status code as SQL text (a constant of this file). */
export function st(s: DeviationStatus): Fragment {
  return raw(String(STATUS_CODE[s]));
}

/** A match code as SQL text (a constant of this file). */
export function mt(m: MatchKind): Fragment {
  return raw(String(MATCH_CODE[m]));
}

function decode(expr: Fragment, codes: Readonly<Record<string, number>>): Fragment {
  const whens = Object.entries(codes).map(([name, code]) => sql` WHEN ${raw(String(code))} THEN ${raw(`'${name}'`)}`);
  return sql`CASE ${expr}${whens.reduce((a, b) => sql`${a}${b}`)} END`;
}

/** The status name of a status code expression. */
export function statusName(expr: Fragment): Fragment {
  return decode(expr, STATUS_CODE);
}

/** The match-kind name of a match code expression. */
export function matchName(expr: Fragment): Fragment {
  return decode(expr, MATCH_CODE);
}
