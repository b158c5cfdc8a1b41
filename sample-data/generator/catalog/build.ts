/**
 * Expands the compact catalogue into violations with dated rule versions. Every rule takes effect
 * three years before the generated year (so the prior year is covered); a violation with a revision
 * switches on 1 July of the generated year — the "rule revised mid-year" case.
 */

import { sector, TIER_RANK, TIER_SITUATION } from '../sectors.ts';
import type { RuleVersion, Tier, Violation, ViolationSpec } from './types.ts';
import { MARKET, ENVIRONMENT, TRANSPORT, CITY_MANAGEMENT } from './market-environment-transport-city.ts';
import { SAFETY_SPECS, BUILDING, FARM, CULTURE } from './safety-building-farm-culture.ts';
import { HEALTH, WATER_SPECS, TAX_SPECS, LAND } from './health-water-tax-land.ts';

const BY_SECTOR: [string, ViolationSpec[]][] = [
  ['市场监管', MARKET], ['生态环境', ENVIRONMENT], ['交通运输', TRANSPORT], ['城市管理', CITY_MANAGEMENT],
  ['应急管理', SAFETY_SPECS], ['住房城乡建设', BUILDING], ['农业农村', FARM], ['文化旅游', CULTURE],
  ['卫生健康', HEALTH], ['水利', WATER_SPECS], ['税务', TAX_SPECS], ['自然资源', LAND],
];

/** Parse one tier of the DSL (see `ViolationSpec.tiers`). */
export function parseTier(text: string): Tier {
  const [label, range] = text.split(' ');
  const rank = TIER_RANK[label];
  if (rank === undefined) throw new Error(`unknown tier label ${label}`);
  const base = { label, rank, situation: TIER_SITUATION[label] ?? '' };
  if (range === '0') return { ...base, kind: 'zero', min: 0, max: 0, mult: null };
  if (range.startsWith('x') || range.startsWith('%')) {
    const scale = range.startsWith('%') ? 100 : 1;
    const [a, b] = range.slice(1).split('-').map((v) => Number(v) / scale);
    return { ...base, kind: 'multiple', min: 0, max: null, mult: [a, b] };
  }
  const [a, b] = range.split('-');
  return { ...base, kind: 'fixed', min: a === '' ? 0 : Number(a), max: b === '' ? null : Number(b), mult: null };
}

function expand(spec: ViolationSpec, sectorName: string, year: number): Violation {
  const start = `${year - 3}-01-01`;
  const versions: RuleVersion[] = spec.revised
    ? [
        { from: start, to: `${year}-06-30`, tiers: spec.tiers.map(parseTier) },
        { from: `${year}-07-01`, to: null, tiers: spec.revised.map(parseTier) },
      ]
    : [{ from: start, to: null, tiers: spec.tiers.map(parseTier) }];
  return {
    code: spec.code, name: spec.name, sector: sectorName, law: spec.law, basis: spec.basis,
    weight: spec.w ?? 1, party: spec.party ?? 'org', gainBase: spec.gain ?? null, gainMedian: spec.gainMedian ?? 0,
    confiscate: spec.confiscate ?? null, extra: spec.extra ?? null, simple: spec.simple ?? false,
    noRule: spec.noRule ?? false, style: sector(sectorName).style, versions,
  };
}

/** The whole catalogue for a generated year, in sector order. */
export function buildCatalog(year: number): Violation[] {
  return BY_SECTOR.flatMap(([name, specs]) => specs.map((s) => expand(s, name, year)));
}

/** The rule version in force on a date, or null. */
export function versionOn(v: Violation, date: string): RuleVersion | null {
  return v.versions.find((r) => r.from <= date && (r.to === null || date <= r.to)) ?? null;
}

/** How often each tier label is used in decisions (不予处罚 means no decision at all). */
const TIER_USE: Record<string, number> = {
  不予处罚: 0, 减轻: 0.08, 从轻: 0.25, 轻微: 0.2, 一般: 0.5, 较重: 0.14, 从重: 0.12, 严重: 0.1, 特别严重: 0.03,
};

/** Relative frequency of each tier of a version. */
export function tierWeights(tiers: readonly Tier[]): number[] {
  return tiers.map((t) => TIER_USE[t.label] ?? 0.1);
}

/** The tier a decision most often falls in (a case with a blank tier is always of this one). */
export function defaultTier(tiers: readonly Tier[]): Tier {
  const w = tierWeights(tiers);
  let best = 0;
  for (let i = 1; i < tiers.length; i++) if (w[i] > w[best]) best = i;
  return tiers[best];
}
