/**
 * Planted penalty facts: fixed quotas (not random rates) of cases above and below their benchmark
 * per agency, simple-procedure cases over the legal cap, and revoked duplicate records. Quotas make
 * the planted agency's ~20 % and everyone else's ~3 % hold at any size.
 */

import { DISPERSED_GROUP, PLANTED_AGENCIES } from './agencies.ts';
import { assess } from './benchmark.ts';
import { fineAbove, fineBelow } from './fines.ts';
import type { PenaltyCase } from './penalty-types.ts';
import type { Rng } from './rng.ts';
import { cv } from './stats.ts';

/** Share of assessable cases pushed above / below their range. */
const BACKGROUND_RATE = 0.03;
const PLANTED_ABOVE_RATE = 0.2;

/** A case whose amount can be moved across a bound it is visibly held to. */
function movable(c: PenaltyCase): boolean {
  if (c.plant !== null || c.procedure === '简易' || !c.tierShown || c.violation.noRule) return false;
  if (c.tier.kind === 'multiple') return c.gainShown;
  return c.tier.kind === 'fixed';
}

const ASSESSED = new Set(['within', 'below', 'above']);

const groupOf = (c: PenaltyCase): string => `${c.violation.code}|${c.tierShown ? c.tier.label : ''}`;

/** Push quotas of each agency's cases above and below their range. No group gets more than a small
 * share of moved cases (the planted agency's own cases excepted), so groups stay consistent. */
export function plantDeviations(rng: Rng, cases: PenaltyCase[], planted: boolean): void {
  const byAgency = new Map<string, PenaltyCase[]>();
  const groupSize = new Map<string, number>();
  for (const c of cases) {
    const list = byAgency.get(c.agency.name);
    if (list) list.push(c);
    else byAgency.set(c.agency.name, [c]);
    groupSize.set(groupOf(c), (groupSize.get(groupOf(c)) ?? 0) + 1);
  }
  const moved = new Map<string, number>();
  const room = (c: PenaltyCase, share: number): boolean =>
    (moved.get(groupOf(c)) ?? 0) < Math.max(1, Math.floor(share * groupSize.get(groupOf(c))!));
  for (const [name, list] of byAgency) {
    const assessed = list.filter((c) => ASSESSED.has(assess(c))).length;
    const isPlanted = planted && name === PLANTED_AGENCIES.above;
    const candidates = rng.shuffle(list.filter(movable));
    let above = Math.round((isPlanted ? PLANTED_ABOVE_RATE : BACKGROUND_RATE) * assessed);
    let below = Math.round(BACKGROUND_RATE * assessed);
    for (const c of candidates) {
      if (above === 0 && below === 0) break;
      const x = above > 0 && room(c, isPlanted ? 0.3 : 0.06) ? fineAbove(rng, c.tier, c.gain ?? 0) : null;
      const y = x === null && below > 0 && room(c, 0.06) ? fineBelow(rng, c.tier, c.gain ?? 0) : null;
      if (x !== null) {
        c.fine = x;
        c.plant = 'above';
        above--;
      } else if (y !== null && y > 0) {
        c.fine = y;
        c.plant = 'below';
        below--;
      } else continue;
      moved.set(groupOf(c), (moved.get(groupOf(c)) ?? 0) + 1);
    }
  }
}

/** Turn `n` ordinary cases into 简易 decisions over the cap (citizens > 200 元, organisations > 3 000 元). */
export function plantOverCap(rng: Rng, cases: PenaltyCase[], n: number): PenaltyCase[] {
  const ok = (c: PenaltyCase): boolean => c.plant === null && c.procedure === '普通' && assess(c) === 'within';
  const persons = rng.shuffle(cases.filter((c) => ok(c) && c.party.type === '自然人' && c.fine > 200 && c.fine <= 3000));
  const orgs = rng.shuffle(cases.filter((c) => ok(c) && c.party.type === '法人及非法人组织' && c.fine > 3000 && c.fine <= 20000));
  const chosen: PenaltyCase[] = [];
  for (let i = 0; chosen.length < n && (i < persons.length || i < orgs.length); i++) {
    for (const c of [persons[i], orgs[i]]) if (c && chosen.length < n) chosen.push(c);
  }
  if (chosen.length < n) throw new Error(`only ${chosen.length} cases can be planted over the simple-procedure cap`);
  for (const c of chosen) {
    c.procedure = '简易';
    c.categories = ['罚款'];
    c.confiscation = 0;
    c.licence = '';
    c.plant = 'over_cap';
  }
  return chosen;
}

/** Revoked duplicates: a wrong amount published, then revoked (公示状态 撤销) before the right one. */
export function plantRevoked(rng: Rng, cases: PenaltyCase[], n: number): PenaltyCase[] {
  const candidates = cases.filter((c) => c.plant === null && c.agency.export === 'xlsx' && c.party.type !== '自然人' && c.fine > 0);
  return rng.sample(candidates, n).map((c) => ({ ...c, fine: c.fine * 10, revoked: true }));
}

/** Highest CV a background violation × tier group may reach (the check threshold is 0.5). */
const MAX_BACKGROUND_CV = 0.42;

/**
 * Safety net for consistency: where planted deviations make a small background group look
 * inconsistent (CV above 0.42), undo them, the furthest first. Only the planted group may exceed 0.5.
 */
export function keepGroupsConsistent(cases: PenaltyCase[], planted: boolean): void {
  const groups = new Map<string, PenaltyCase[]>();
  for (const c of cases) {
    const k = groupOf(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  for (const [k, g] of groups) {
    if (planted && k === `${DISPERSED_GROUP.code}|${DISPERSED_GROUP.tier}`) continue;
    if (g.length < 5 || !g.some((c) => c.fine > 0)) continue;
    const moved = g.filter((c) => c.plant === 'above' || c.plant === 'below')
      .sort((p, q) => Math.abs(Math.log(q.fine / q.baseFine)) - Math.abs(Math.log(p.fine / p.baseFine)));
    while (cv(g.map((c) => c.fine)) > MAX_BACKGROUND_CV && moved.length > 0) {
      const c = moved.shift()!;
      c.fine = c.baseFine;
      c.plant = null;
    }
    if (cv(g.map((c) => c.fine)) > MAX_BACKGROUND_CV) throw new Error(`group ${k} stays inconsistent (CV ${cv(g.map((c) => c.fine)).toFixed(2)})`);
  }
}
