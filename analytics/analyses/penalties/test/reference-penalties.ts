/**
 * The penalty definitions re-implemented in plain TypeScript over raw rows fetched from a workspace
 * (differential tests): filter, totals, quantiles, histogram, categories, flags.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { binIndex } from '../bins.ts';
import { groupBy, mean, quantileCont, sum } from './reference.ts';

/** A raw case row. */
export interface RawCase {
  party_type: string | null;
  categories: string[] | null;
  fine: number | null;
  confiscation: number | null;
  procedure: string | null;
  decided_on: string;
  agency: string;
  division: string | null;
  violation_code: string | null;
  violation_name: string | null;
}

/** Everything the reference needs from a workspace. */
export interface RawPenaltyData {
  cases: RawCase[];
  agencies: Map<string, { division: string | null; sector: string | null }>;
  parents: Map<string, string | null>;
  severity: Map<string, number>;
}

/** Fetches the raw rows (the only place the tests read raw data). */
export async function fetchRawPenalties(conn: DuckDBConnection): Promise<RawPenaltyData> {
  const cases = await all<RawCase>(conn, sql`SELECT party_type, categories, fine_yuan::DOUBLE AS fine, confiscation_yuan::DOUBLE AS confiscation,
    procedure, decided_on, agency, division, violation_code, violation_name FROM penalty_case`);
  const agencies = await all<{ name: string; division: string | null; sector: string | null }>(conn, sql`SELECT name, division, sector FROM agency`);
  const divisions = await all<{ name: string; parent: string | null }>(conn, sql`SELECT name, parent FROM division`);
  const cats = await all<{ name: string; severity_rank: number }>(conn, sql`SELECT name, severity_rank FROM penalty_category`);
  return {
    cases,
    agencies: new Map(agencies.map((a) => [a.name, a])),
    parents: new Map(divisions.map((d) => [d.name, d.parent])),
    severity: new Map(cats.map((c) => [c.name, c.severity_rank])),
  };
}

/** The cases a filter selects (year of the decision date; division with its zones; sector via agency). */
export function selectCases(d: RawPenaltyData, f: FilterSpec, year = f.year): RawCase[] {
  return d.cases.filter((c) => {
    if (Number(c.decided_on.slice(0, 4)) !== year) return false;
    if (f.division && !(c.division === f.division || (c.division !== null && d.parents.get(c.division) === f.division))) return false;
    if (f.agency && c.agency !== f.agency) return false;
    if (f.sector && d.agencies.get(c.agency)?.sector !== f.sector) return false;
    return true;
  });
}

/** The simple-procedure cap of a party type (个体工商户 and unknown: the organisation cap). */
export function capOf(partyType: string | null): number {
  return partyType === '自然人' ? 200 : 3000;
}

/** Reference figures of a set of cases. */
export function referenceFigures(cases: RawCase[]) {
  const fines = cases.map((c) => c.fine).filter((x): x is number => x !== null && x > 0);
  return {
    cases: cases.length,
    fine_total_yuan: sum(cases.map((c) => c.fine ?? 0)),
    confiscation_total_yuan: sum(cases.map((c) => c.confiscation ?? 0)),
    fined_cases: fines.length,
    fine_median_yuan: quantileCont(fines, 0.5),
    fine_mean_yuan: mean(fines),
    fine_p25_yuan: quantileCont(fines, 0.25),
    fine_p75_yuan: quantileCont(fines, 0.75),
    fine_p90_yuan: quantileCont(fines, 0.9),
    fine_max_yuan: fines.length ? Math.max(...fines) : null,
    fine_missing: cases.filter((c) => c.fine === null).length,
  };
}

/** Histogram counts in bin order. */
export function referenceHistogram(cases: RawCase[]): number[] {
  const counts = new Array<number>(9).fill(0);
  for (const c of cases) counts[binIndex(c.fine)]++;
  return counts;
}

/** Heaviest category of a case by the dictionary's severity rank (null when none is known). */
export function heaviestOf(d: RawPenaltyData, categories: string[] | null): string | null {
  let best: string | null = null;
  for (const c of categories ?? []) {
    const r = d.severity.get(c);
    if (r !== undefined && (best === null || r < d.severity.get(best)!)) best = c;
  }
  return best;
}

/** Over-cap simple cases, the 个体工商户 border count, December cases, the top-1 % share. */
export function referenceFlags(cases: RawCase[]) {
  const fines = cases.map((c) => c.fine).filter((x): x is number => x !== null && x > 0).sort((a, b) => b - a);
  const k = Math.ceil(fines.length / 100);
  return {
    over_cap: cases.filter((c) => c.procedure === '简易' && c.fine !== null && c.fine > capOf(c.party_type)).length,
    border: cases.filter((c) => c.procedure === '简易' && c.party_type === '个体工商户' && c.fine !== null && c.fine > 200 && c.fine <= 3000).length,
    december: cases.filter((c) => c.decided_on.slice(5, 7) === '12').length,
    top_k: k,
    top_share: fines.length ? sum(fines.slice(0, k)) / sum(fines) : null,
  };
}

/** December share per agency. */
export function referenceDecember(cases: RawCase[]): Map<string, { cases: number; december: number }> {
  const out = new Map<string, { cases: number; december: number }>();
  for (const [agency, g] of groupBy(cases, (c) => c.agency)) {
    out.set(agency!, { cases: g.length, december: g.filter((c) => c.decided_on.slice(5, 7) === '12').length });
  }
  return out;
}
