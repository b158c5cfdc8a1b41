/**
 * The agency and sector parts of the filter as a row condition, without the year or division. Used
 * where the filter decides which results to report rather than which rows to read (a repeat
 * inspection involves several agencies; an annual report belongs to an agency, not a place).
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';

/** `column` names an agency selected by the filter's agency and sector; `true` when neither is set. */
export function agencyScope(filter: FilterSpec, column: Fragment): Fragment {
  let out = sql`true`;
  if (filter.agency) out = sql`${out} AND ${column} = ${filter.agency}`;
  if (filter.sector) out = sql`${out} AND ${column} IN (SELECT name FROM agency WHERE sector = ${filter.sector})`;
  return out;
}
