/**
 * Placing rows in a division (DOMAIN §3, issue order): the explicit column, else the agency table,
 * else address text, else the street list, else the credit code. Built once per import from the
 * workspace's `division` and `agency` tables, so it works for any city a division import describes.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { all } from '../../sql/run.ts';
import { divisionFromCreditCode, makeDivisionLocator } from '../values/division-infer.ts';

/** How a row was placed (stored in `division_source`). */
export type DivisionSource = 'column' | 'agency' | 'address' | 'street' | 'credit_code';

/** Lookups for placing rows. */
export interface DivisionIndex {
  /** Known division names. */
  readonly names: ReadonlySet<string>;
  /** A division named in free text (an explicit column, an address, an agency name), or null. */
  fromText(text: string | null): { division: string; via: 'name' | 'stem' | 'street' } | null;
  /** The agency table's division for an agency, else one read from its name, else null. */
  fromAgency(agency: string | null): string | null;
  /** The division a credit code's region points to, or null. */
  fromCreditCode(code: string | null): string | null;
}

/** City-level agencies are named after the city (连云港市…局); their division is 市本级 when that exists. */
const CITY_AGENCY = /^(.{2,6}?市)(?!辖)/;

/** Loads the index from the workspace. */
export async function loadDivisionIndex(conn: DuckDBConnection): Promise<DivisionIndex> {
  const divisions = await all<{ name: string; parent: string | null; kind: string | null; streets: string[] | null; region_codes: string[] | null }>(
    conn,
    sql`SELECT name, parent, kind, streets, region_codes FROM division ORDER BY name`,
    '读取区划',
  );
  const agencies = await all<{ name: string; division: string | null }>(conn, sql`SELECT name, division FROM agency`, '读取执法机关');
  const names = new Set(divisions.map((d) => d.name));
  const locate = makeDivisionLocator(divisions.map((d) => ({ name: d.name, parent: d.parent, streets: d.streets ?? [] })));
  const regions = divisions.map((d) => ({ name: d.name, regionCodes: d.region_codes ?? [] }));
  const cityLevel = divisions.find((d) => d.kind === '市本级' || d.name === '市本级')?.name ?? null;
  const agencyDivision = new Map(agencies.filter((a) => a.division).map((a) => [a.name, a.division as string]));
  const agencyCache = new Map<string, string | null>();

  return {
    names,
    fromText(text) {
      if (!text) return null;
      if (names.has(text)) return { division: text, via: 'name' };
      const m = locate(text);
      return m ? { division: m.division, via: m.via } : null;
    },
    fromAgency(agency) {
      if (!agency) return null;
      const known = agencyDivision.get(agency);
      if (known) return known;
      if (agencyCache.has(agency)) return agencyCache.get(agency) ?? null;
      // Read the division from the agency's own name: 海州区市场监督管理局 → 海州区; 连云港市…局 → 市本级.
      const m = locate(agency);
      const d = m && m.via !== 'street' ? m.division : cityLevel && CITY_AGENCY.test(agency) ? cityLevel : null;
      agencyCache.set(agency, d);
      return d;
    },
    fromCreditCode(code) {
      return code ? divisionFromCreditCode(code, regions) : null;
    },
  };
}
