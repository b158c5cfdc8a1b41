/**
 * Administrative inspections (行政检查) of the current year. Targets are shared across agencies (a
 * company meets several), but background inspections of one target by different agencies are always
 * more than 35 days apart; only the planted bursts put two or more agencies on one target within 30
 * days, so the repeat-inspection episodes in truth.json are the only ones in the data.
 */

import type { Agency } from './agencies.ts';
import { allocate } from './alloc.ts';
import { addDays, dayOfYear, pickDay } from './calendar.ts';
import { PLACES, division, type Division } from './geo.ts';
import type { EntityPool, Party } from './parties.ts';
import type { Rng } from './rng.ts';

/** One inspection. */
export interface Inspection {
  id: string;
  agency: Agency;
  target: Party;
  date: string;
  mode: string;
  division: string;
  found: boolean;
  episode: number | null;
}

/** A planted repeat-inspection episode. */
export interface Episode {
  target: Party;
  visits: { agency: string; date: string }[];
}

const MODES = ['双随机', '专项', '综合查一次', '投诉核查', '其他'];
const MODE_W = [0.45, 0.22, 0.1, 0.1, 0.13];
const MONTH_W = [0.8, 0.6, 1.0, 1.05, 1.05, 1.0, 0.95, 0.95, 1.05, 1.1, 1.1, 1.0];
/** Different agencies on one target are kept further apart than this (the rule's window is 30). */
const GAP = 35;

interface Visit { agency: number; day: number }

function targetPlace(rng: Rng, a: Agency): Division {
  return a.division === '市本级' ? rng.weighted(PLACES, PLACES.map((p) => p.weight)) : division(a.division);
}

/** The planted episodes: five targets, the first met by two separate bursts months apart. */
function plantEpisodes(rng: Rng, pool: EntityPool, agencies: Agency[], year: number): Inspection[] {
  const plan: { place: string; month: number; size: number }[] = [
    { place: '海州区', month: 3, size: 2 }, { place: '海州区', month: 9, size: 3 },
    { place: '赣榆区', month: 4, size: 2 }, { place: '东海县', month: 6, size: 3 },
    { place: '灌南县', month: 10, size: 2 }, { place: '连云港经济技术开发区', month: 5, size: 2 },
  ];
  const out: Inspection[] = [];
  let target: Party | null = null;
  plan.forEach((p, k) => {
    const place = division(p.place);
    if (k !== 1 || !target) target = pool.create(k % 2 === 0 ? '市场监管' : '应急管理', place, '法人及非法人组织');
    const local = agencies.filter((a) => a.division === p.place || (place.parent !== null && a.division === place.parent));
    const chosen = rng.sample(local.length >= p.size ? local : [...local, ...agencies.filter((a) => a.division === '市本级')], p.size);
    const start = pickDay(rng, year, p.month, 0);
    chosen.forEach((a, v) => out.push({
      id: '', agency: a, target: target!, date: v === 0 ? start : addDays(start, rng.int(2, 12)), mode: rng.pick(['专项', '投诉核查', '双随机']),
      division: p.place, found: rng.chance(0.5), episode: k,
    }));
  });
  return out;
}

/** Inspections of the year and the planted episodes. */
export function generateInspections(rng0: Rng, pool: EntityPool, agencies: Agency[], year: number, n: number): { inspections: Inspection[]; episodes: Episode[] } {
  const rng = rng0.fork('inspections');
  const planted = plantEpisodes(rng, pool, agencies, year);
  const counts = allocate(Math.max(0, n - planted.length), agencies.map((a) => a.inspectWeight));
  const byPlace = new Map<string, Party[]>();
  const visits = new Map<Party, Visit[]>();
  const out: Inspection[] = [];
  const clash = (t: Party, agency: number, day: number): boolean =>
    (visits.get(t) ?? []).some((v) => v.agency !== agency && Math.abs(v.day - day) <= GAP);
  agencies.forEach((a, ai) => {
    const months = allocate(counts[ai], MONTH_W, ai % 12);
    months.forEach((k, m) => {
      for (let q = 0; q < k; q++) {
        const date = pickDay(rng, year, m + 1);
        const day = dayOfYear(date);
        const place = targetPlace(rng, a);
        const known = byPlace.get(place.name) ?? [];
        let target: Party | null = known.length > 5 && rng.chance(0.35) ? rng.pick(known) : null;
        if (target && clash(target, ai, day)) target = null;
        if (!target) {
          const type = rng.chance(0.72) ? '法人及非法人组织' : '个体工商户';
          target = pool.create(a.sector, place, type, type === '法人及非法人组织' || rng.chance(0.93));
          known.push(target);
          byPlace.set(place.name, known);
        }
        visits.set(target, [...(visits.get(target) ?? []), { agency: ai, day }]);
        out.push({
          id: '', agency: a, target, date, mode: rng.weighted(MODES, MODE_W), division: place.name,
          found: rng.chance(0.22), episode: null,
        });
      }
    });
  });
  const all = [...out, ...planted].sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
  all.forEach((x, i) => { x.id = `JC${year}${String(i + 1).padStart(6, '0')}`; });
  const episodes: Episode[] = [];
  for (const x of planted) {
    const e = (episodes[x.episode!] ??= { target: x.target, visits: [] });
    e.visits.push({ agency: x.agency.name, date: x.date });
  }
  for (const e of episodes) e.visits.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
  return { inspections: all, episodes };
}
