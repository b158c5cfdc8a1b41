/**
 * The synthetic city's divisions: the seeded 连云港 list (names, parents, streets, region codes)
 * plus the figures the exports need. Known census figures come from DOMAIN §7; the others are
 * plausible values chosen so the six county-level units add up to 460.05 万 (zones are inside their
 * parent and never added again).
 */

import { LIANYUNGANG_DIVISIONS, type SeedDivision } from '../../analytics/workspace/seed-divisions.ts';

/** A division as the generator uses it. */
export interface Division {
  name: string;
  parent: string | null;
  kind: SeedDivision['kind'];
  population: number | null;
  entities: number | null;
  /** Region codes used for credit codes (a zone without its own falls back to its parent's). */
  regionCodes: string[];
  streets: string[];
  /** Short form used in decision numbers (海, 赣, 东 …). */
  abbr: string;
  /** Relative weight of where parties, targets and hotline callers are. */
  weight: number;
}

const FIGURES: Record<string, { population: number | null; entities: number | null; abbr: string }> = {
  市本级: { population: null, entities: null, abbr: '连' },
  海州区: { population: 1_012_360, entities: 142_800, abbr: '海' },
  连云区: { population: 292_762, entities: 41_300, abbr: '连云' },
  赣榆区: { population: 1_003_844, entities: 118_600, abbr: '赣' },
  东海县: { population: 958_420, entities: 106_900, abbr: '东' },
  灌云县: { population: 768_930, entities: 78_200, abbr: '灌云' },
  灌南县: { population: 564_184, entities: 61_500, abbr: '灌南' },
  连云港经济技术开发区: { population: 90_248, entities: 15_800, abbr: '开' },
  徐圩新区: { population: 42_124, entities: 3_900, abbr: '徐圩' },
  云台山风景名胜区: { population: 28_600, entities: 2_100, abbr: '云台' },
  高新区: { population: 118_500, entities: 12_600, abbr: '高新' },
};

function build(): Division[] {
  const byName = new Map(LIANYUNGANG_DIVISIONS.map((d) => [d.name, d]));
  return LIANYUNGANG_DIVISIONS.map((d) => {
    const f = FIGURES[d.name] ?? { population: d.population, entities: null, abbr: d.name.slice(0, 2) };
    const parentCodes = d.parent ? byName.get(d.parent)?.regionCodes ?? [] : [];
    const regionCodes = d.regionCodes.length > 0 ? [...d.regionCodes] : [...parentCodes];
    // A county's own weight excludes the zones inside it, so a caller is never in two places.
    const zoneShare = LIANYUNGANG_DIVISIONS.filter((z) => z.parent === d.name)
      .reduce((s, z) => s + (FIGURES[z.name]?.population ?? 0), 0);
    const pop = f.population ?? 0;
    return {
      name: d.name, parent: d.parent, kind: d.kind, population: f.population, entities: f.entities,
      regionCodes: regionCodes.length > 0 ? regionCodes : ['320700'], streets: [...d.streets], abbr: f.abbr,
      weight: d.kind === '市本级' ? 0 : Math.max(pop - zoneShare, 0) / 1_000_000,
    };
  });
}

/** All divisions, 市本级 first, as in the seed. */
export const DIVISIONS: readonly Division[] = build();

/** Divisions that are places (tickets, targets and parties live there): all but 市本级. */
export const PLACES: readonly Division[] = DIVISIONS.filter((d) => d.kind !== '市本级');

/** Division by name (throws on an unknown name: a typo in a table is a bug). */
export function division(name: string): Division {
  const d = DIVISIONS.find((x) => x.name === name);
  if (!d) throw new Error(`unknown division ${name}`);
  return d;
}
