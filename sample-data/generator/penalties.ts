/**
 * Penalty decisions of one year. Dates come first (a deterministic month allocation per agency, so
 * only the planted agency shows a December spike), then each decision's violation, tier, party,
 * amount, categories and procedure. Planting of deviations happens afterwards (penalty-plants.ts).
 */

import { DISPERSED_GROUP, PLANTED_AGENCIES, type Agency } from './agencies.ts';
import { allocate } from './alloc.ts';
import { defaultTier, tierWeights, versionOn } from './catalog/build.ts';
import type { Tier, Violation } from './catalog/types.ts';
import { LICENCE_BY_SECTOR } from './categories.ts';
import { PENALTY_MONTH_WEIGHTS, parts, addDays, pickDay } from './calendar.ts';
import { dispersedFine, fineWithin, gainAmount } from './fines.ts';
import { PLACES, division, type Division } from './geo.ts';
import type { PenaltyCase } from './penalty-types.ts';
import { naturalPerson, type EntityPool, type Party, type PartyType } from './parties.ts';
import type { Rng } from './rng.ts';
import { sector } from './sectors.ts';

/** What case generation needs. */
export interface PenaltyContext {
  rng: Rng;
  agencies: Agency[];
  catalog: Violation[];
  pool: EntityPool;
}

const PARTY_MIX: Record<Violation['party'], [PartyType[], number[]]> = {
  org: [['法人及非法人组织', '个体工商户'], [0.75, 0.25]],
  biz: [['个体工商户', '法人及非法人组织'], [0.7, 0.3]],
  person: [['自然人', '个体工商户', '法人及非法人组织'], [0.85, 0.1, 0.05]],
  mixed: [['法人及非法人组织', '个体工商户', '自然人'], [0.4, 0.3, 0.3]],
};

/** The city agency rarely meets the planted violation, so the planted division dominates its group. */
function violationWeight(a: Agency, v: Violation): number {
  return a.division === '市本级' && v.code === DISPERSED_GROUP.code ? v.weight * 0.1 : v.weight;
}

/** Where an agency's parties are: its own place, or anywhere for a city-level bureau. */
function partyPlace(rng: Rng, a: Agency): Division {
  if (a.division !== '市本级') return division(a.division);
  return rng.weighted(PLACES, PLACES.map((p) => p.weight));
}

/** Simple-procedure cap of a party: 200 元 for citizens and shops, 3 000 元 for organisations. */
export function simpleCap(type: PartyType): number {
  return type === '法人及非法人组织' ? 3000 : 200;
}

/** A blank 裁量阶次 is only written where the union of tiers is unambiguous. */
function mayBlankTier(v: Violation, t: Tier, tiers: readonly Tier[]): boolean {
  const kinds = new Set(tiers.map((x) => (x.kind === 'multiple' ? 'm' : 'f')));
  return !v.noRule && kinds.size === 1 && t.kind !== 'zero' && t === defaultTier(tiers);
}

function categoriesFor(rng: Rng, c: PenaltyCase): void {
  const v = c.violation;
  if (c.procedure === '简易') {
    c.categories = c.fine > 0 ? (rng.chance(0.05) ? ['警告', '罚款'] : ['罚款']) : ['警告'];
    return;
  }
  if (c.fine === 0) {
    c.categories = rng.chance(0.08) ? ['通报批评'] : ['警告'];
    return;
  }
  const cats = ['罚款'];
  if (rng.chance(0.06)) cats.unshift('警告');
  if (v.confiscate && rng.chance(v.gainBase ? 0.85 : 0.5)) {
    cats.push(v.confiscate);
    const tidy = (x: number): number => Math.max(100, Math.round(x / 100) * 100);
    if (v.confiscate === '没收违法所得') c.confiscation = v.gainBase === '违法所得' && c.gain ? c.gain : tidy(c.fine * rng.uniform(0.1, 0.5));
    else c.confiscation = c.gain ? tidy(c.gain * rng.uniform(0.2, 0.6)) : tidy(rng.uniform(500, 20000));
  }
  if (v.extra && c.tier.rank >= 5 && rng.chance(0.45)) cats.push(v.extra);
  if (['文化旅游', '住房城乡建设', '卫生健康'].includes(v.sector) && rng.chance(0.03)) cats.push('通报批评');
  if (v.noRule && rng.chance(0.03)) cats.push('其他');
  c.categories = cats;
}

function licenceFor(rng: Rng, c: PenaltyCase): string {
  if (!c.categories.some((x) => x === '吊销许可证' || x === '暂扣许可证' || x === '降低资质等级')) return '';
  const [name, head] = LICENCE_BY_SECTOR[c.violation.sector];
  return `${name}（${head}${String(rng.int(100000, 999999))}）`;
}

function factsFor(rng: Rng, c: PenaltyCase): string {
  const [y, m, d] = parts(addDays(c.date, -rng.int(15, 75)));
  return `经查，当事人于${y}年${m}月${d}日存在${c.violation.name}的行为，违反了${c.violation.law}的规定。`;
}

/** One decision of agency `a` on `date`. */
function makeCase(ctx: PenaltyContext, rng: Rng, a: Agency, date: string, year: number, forceDispersed: boolean, dispersedIdx: { n: number }, planted: boolean): PenaltyCase {
  const pool = ctx.catalog.filter((v) => v.sector === a.sector);
  const v = forceDispersed ? ctx.catalog.find((x) => x.code === DISPERSED_GROUP.code)! : rng.weighted(pool, pool.map((x) => violationWeight(a, x)));
  const tiers = (versionOn(v, date) ?? v.versions[0]).tiers;
  const tier = forceDispersed ? tiers.find((t) => t.label === DISPERSED_GROUP.tier)! : rng.weighted(tiers, tierWeights(tiers));
  const dispersed = planted && a.name === PLANTED_AGENCIES.dispersed && v.code === DISPERSED_GROUP.code && tier.label === DISPERSED_GROUP.tier;
  const [types, weights] = PARTY_MIX[v.party];
  const type = rng.weighted(types, weights);
  const place = partyPlace(rng, a);
  const party: Party = type === '自然人' ? naturalPerson(rng, place) : ctx.pool.pick(rng, a.sector, place, type);
  const gain = v.gainBase ? gainAmount(rng, v.gainMedian) : null;
  const fine = dispersed ? dispersedFine(rng, tier, dispersedIdx.n++) : fineWithin(rng, tier, gain ?? 0);
  const c: PenaltyCase = {
    year, agency: a, date, decisionNo: '', party, violation: v, tier,
    tierShown: v.noRule ? false : dispersed || !(mayBlankTier(v, tier, tiers) && rng.chance(0.15)),
    gain, gainShown: gain !== null && rng.chance(0.85), fine, baseFine: fine, confiscation: 0, categories: [],
    procedure: v.simple && fine <= simpleCap(type) && rng.chance(sector(a.sector).simpleShare) ? '简易' : '普通',
    licence: '', facts: '', plant: dispersed ? 'dispersed' : null, revoked: false,
  };
  categoriesFor(rng, c);
  c.licence = licenceFor(rng, c);
  c.facts = factsFor(rng, c);
  return c;
}

/** Month weights of an agency: the planted one piles decisions into December (年底突击). */
function monthWeights(a: Agency, planted: boolean): number[] {
  if (!planted || a.name !== PLANTED_AGENCIES.december) return PENALTY_MONTH_WEIGHTS;
  const w = [...PENALTY_MONTH_WEIGHTS];
  const rest = w.slice(0, 11).reduce((s, x) => s + x, 0);
  w[11] = (rest * 0.3) / 0.7;
  return w;
}

/** The decisions of one year: `n` in all, agencies by weight (jittered for the prior year). */
export function generateYear(ctx: PenaltyContext, year: number, n: number, planted: boolean): PenaltyCase[] {
  const rng = ctx.rng.fork(`penalties-${year}`);
  const weights = ctx.agencies.map((a) => a.weight * (planted ? 1 : rng.uniform(0.8, 1.15)));
  const counts = allocate(n, weights);
  const nDispersed = Math.max(12, Math.round(n * 0.0015));
  const out: PenaltyCase[] = [];
  ctx.agencies.forEach((a, ai) => {
    const months = allocate(counts[ai], monthWeights(a, planted), ai % 12);
    const dates = months.flatMap((k, m) => Array.from({ length: k }, () => pickDay(rng, year, m + 1))).sort();
    const forced = new Set<number>(planted && a.name === PLANTED_AGENCIES.dispersed ? rng.sample(dates.map((_, i) => i), nDispersed) : []);
    const idx = { n: 0 };
    dates.forEach((d, i) => out.push(makeCase(ctx, rng, a, d, year, forced.has(i), idx, planted)));
  });
  return out;
}

/** Decision numbers in date order per agency: 连市监罚〔2025〕12号, 简易 cases 连市监简罚〔2025〕3号. */
export function numberDecisions(cases: PenaltyCase[]): void {
  const seq = new Map<string, number>();
  for (const c of cases) {
    const simple = c.procedure === '简易';
    const key = `${c.agency.name}|${c.year}|${simple}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const prefix = simple ? c.agency.prefix.replace(/罚$/, '简罚') : c.agency.prefix;
    c.decisionNo = `${prefix}〔${c.year}〕${n}号`;
  }
}
