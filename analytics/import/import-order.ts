/**
 * The order in which a set of export files is imported. Penalties, tickets and inspections are
 * placed in their division through the division list (streets) and the agency directory, as they
 * are when the row is imported; so when one command brings those lists along with the records, the
 * lists go first. Told apart by file name (`行政区划_连云港.xlsx`, `执法机关名录.xlsx`): reading every
 * file's header first would cost a second pass over large workbooks. Other files keep their order.
 */
import { basename } from 'node:path';

const DIVISION_NAME = /区划|行政区(?!.*处罚)/;
const AGENCY_NAME = /机关名录|执法主体|主体名录|执法机关清单|执法单位名录/;

function rank(path: string): number {
  const name = basename(path);
  if (DIVISION_NAME.test(name)) return 0;
  if (AGENCY_NAME.test(name)) return 1;
  return 2;
}

/** `items` with division lists first, then agency directories, then the rest, each group in its given order. */
export function referenceListsFirst<T>(items: readonly T[], pathOf: (item: T) => string): T[] {
  return items.map((item, i) => ({ item, i, r: rank(pathOf(item)) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}
