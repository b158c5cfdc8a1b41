/**
 * A small hand-filled penalty workspace for differential tests: a few agencies in several sectors
 * and divisions (zones included), fines on every bin bound, blank and zero fines, combined
 * categories, simple cases over and at the caps for each party type, one agency with a December
 * spike, and a prior year.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { join, sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';
import { fillCategoriesKey } from '../../../workspace/categories-key.ts';

/** One case as inserted. */
export interface FixtureCase {
  decision_no: string;
  party_type: string | null;
  categories: string[] | null;
  fine: number | null;
  confiscation: number | null;
  procedure: '简易' | '普通';
  decided_on: string;
  agency: string;
  division: string | null;
  violation_code: string | null;
  violation_name: string;
}

/** Agencies of the fixture: name, home division, sector. */
export const FIXTURE_AGENCIES: readonly [string, string, string][] = [
  ['甲市场监管局', '市本级', '市场监管'],
  ['乙城管局', '海州区', '城市管理'],
  ['丙交通局', '连云区', '交通运输'],
  ['丁开发区市场监管局', '连云港经济技术开发区', '市场监管'],
];

/** Fines that hit every histogram bound and the caps. */
const FINES = [null, 0, 50, 200, 200.01, 999.99, 1000, 3000, 3000.5, 10_000, 50_000, 50_000.01, 100_000, 999_999, 1_000_000, 1_000_001, 2_500_000];
const CATEGORY_SETS: (string[] | null)[] = [['罚款'], ['警告'], ['罚款', '没收违法所得'], ['警告', '罚款'], null, [], ['责令停产停业', '罚款'], ['没收非法财物'], ['行政拘留', '罚款']];
const PARTY_TYPES = ['自然人', '个体工商户', '法人及非法人组织', null];
const DIVISIONS = ['海州区', '连云区', '连云港经济技术开发区', '徐圩新区', null, '赣榆区'];

/** A tiny deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cases of `year` (and the prior year when `prior`), deterministic for a seed. */
export function fixtureCases(year: number, n: number, seed = 7, prefix = 'C'): FixtureCase[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: FixtureCase[] = [];
  for (let i = 0; i < n; i++) {
    const agency = FIXTURE_AGENCIES[i % FIXTURE_AGENCIES.length][0];
    // 甲 piles cases into December; the others spread them evenly.
    const month = agency === '甲市场监管局' && r() < 0.35 ? 12 : 1 + Math.floor(r() * 12);
    const fine = i < FINES.length ? FINES[i] : pick(FINES);
    out.push({
      decision_no: `${prefix}${year}-${i}`,
      party_type: pick(PARTY_TYPES),
      categories: pick(CATEGORY_SETS),
      fine,
      confiscation: r() < 0.2 ? Math.round(r() * 500000) / 100 : null,
      procedure: r() < 0.3 ? '简易' : '普通',
      decided_on: `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
      agency,
      division: pick(DIVISIONS),
      violation_code: r() < 0.8 ? `V${1 + Math.floor(r() * 5)}` : null,
      violation_name: `违法行为${1 + Math.floor(r() * 6)}`,
    });
  }
  return out;
}

/** Inserts agencies and cases (every value bound). */
export async function fillPenalties(conn: DuckDBConnection, cases: readonly FixtureCase[]): Promise<void> {
  for (const [name, division, sector] of FIXTURE_AGENCIES) {
    await exec(conn, sql`INSERT INTO agency (name, division, sector) VALUES (${name}, ${division}, ${sector})`, 'fixture agency');
  }
  for (let i = 0; i < cases.length; i += 200) {
    const rows = cases.slice(i, i + 200).map((c) => sql`(${c.decision_no}, ${'当事人'}, ${c.party_type}, ${c.violation_code}, ${c.violation_name},
      ${c.categories}::VARCHAR[], ${c.fine}::DECIMAL(18,2), ${c.confiscation}::DECIMAL(18,2), ${c.procedure}, ${c.decided_on}::DATE,
      ${c.agency}, ${c.division}, 1)`);
    await exec(conn, sql`INSERT INTO penalty_case (decision_no, party_name, party_type, violation_code, violation_name, categories,
      fine_yuan, confiscation_yuan, procedure, decided_on, agency, division, batch_id) VALUES ${join(rows, ', ')}`, 'fixture cases');
  }
  await fillCategoriesKey(conn);
}
