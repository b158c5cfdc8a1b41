/**
 * 12345 tickets of the prior and the current year. Complaint-scope counts come from ticket-matrix
 * (planted hotspot and surge, self-checked: generation fails rather than write a dataset whose
 * planted facts do not hold); the rest (consultations, unplaced calls) are spread the same smooth way.
 */

import type { Agency } from './agencies.ts';
import { daysInMonth, ymd, wallClock } from './calendar.ts';
import { PLACES, division, type Division } from './geo.ts';
import type { Rng } from './rng.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_TYPES, OTHER_CATEGORIES, type TicketCategory } from './ticket-categories.ts';
import {
  PRIOR_MONTH_WEIGHTS, TICKET_MONTH_WEIGHTS, expected, findHotspots, findSurges, hotspotExcess, productMatrix,
  toCube, yearly, zScores, type Cube,
} from './ticket-matrix.ts';
import { addressText, contentText, handlingUnit, replyText, type Placement } from './ticket-text.ts';

/** Normalised appeal type (DOMAIN §3). */
export type AppealType = '投诉' | '举报' | '咨询' | '建议' | '求助' | '其他';

/** One work order. */
export interface Ticket {
  year: number;
  no: string;
  receivedAt: Date;
  rawType: string;
  type: AppealType;
  cat: TicketCategory;
  /** The true place; null when the caller gave none. */
  division: string | null;
  street: string | null;
  placement: Placement;
  address: string;
  content: string;
  handlingUnit: string;
  reply: string;
  source: string;
  dueAt: Date;
  closedAt: Date | null;
  resolved: '是' | '否' | '';
  satisfaction: string;
}

/** The planted ticket facts (current year, scope 投诉 + 举报, placed tickets). */
export interface TicketPlants {
  hotspot: { division: string; category: string; observed: number; expected: number; z: number };
  surge: { month: number; division: string; category: string; count: number; baseline: number };
}

const HOTSPOT = { division: '东海县', category: '重复检查' };
const SURGE_PREFERRED = { division: '灌云县', category: '占道经营' };
const SURGE_MONTH = 8;
const NORMALISE: Record<string, AppealType> = { 咨询: '咨询', 建议: '建议', 建议批评: '建议', 求助: '求助', 求助类: '求助', 其他: '其他' };
const SATISFACTION = ['非常满意', '满意', '基本满意', '理解', '不满意', ''];
const SATISFACTION_W = [0.3, 0.35, 0.14, 0.05, 0.09, 0.07];

const rowW = PLACES.map((p) => p.weight);
const colW = COMPLAINT_CATEGORIES.map((c) => c.weight);

function addSurge(cube: Cube, m: number[][], hi: number, hj: number): TicketPlants['surge'] & { i: number; j: number } {
  const cands: { i: number; j: number; b: number }[] = [];
  cube.forEach((r, i) => r.forEach((ms, j) => {
    if (i === hi || j === hj) return;
    cands.push({ i, j, b: (ms[SURGE_MONTH - 2] + ms[SURGE_MONTH - 3] + ms[SURGE_MONTH - 4]) / 3 });
  }));
  const isPreferred = (c: { i: number; j: number }): boolean =>
    PLACES[c.i].name === SURGE_PREFERRED.division && COMPLAINT_CATEGORIES[c.j].l3 === SURGE_PREFERRED.category;
  cands.sort((p, q) => Number(isPreferred(q)) - Number(isPreferred(p)) || Math.abs(p.b - 6) - Math.abs(q.b - 6) || p.i - q.i || p.j - q.j);
  for (const c of cands) {
    const ms = cube[c.i][c.j];
    const now = ms[SURGE_MONTH - 1];
    const burst = Math.max(Math.ceil(2 * c.b) - now, 10 - now, 1) + 2;
    const t = m.map((r) => [...r]);
    t[c.i][c.j] += burst;
    if (zScores(t)[c.i][c.j] >= 2) continue;
    ms[SURGE_MONTH - 1] += burst;
    m[c.i][c.j] += burst;
    return { i: c.i, j: c.j, month: SURGE_MONTH, division: PLACES[c.i].name, category: COMPLAINT_CATEGORIES[c.j].l3, count: ms[SURGE_MONTH - 1], baseline: c.b };
  }
  throw new Error('no cell can carry the planted surge');
}

/** Complaint-scope placed counts of both years, with the plants and their self-check. */
function complaintCubes(currentTotal: number, priorTotal: number): { cur: Cube; prior: Cube; plants: TicketPlants } {
  const hi = PLACES.findIndex((p) => p.name === HOTSPOT.division);
  const hj = COMPLAINT_CATEGORIES.findIndex((c) => c.l3 === HOTSPOT.category);
  const m = productMatrix(currentTotal, rowW, colW);
  const excess = hotspotExcess(m, hi, hj, 5, 12);
  m[hi][hj] += excess;
  const pm = productMatrix(priorTotal, rowW, colW);
  pm[hi][hj] += Math.round((excess * priorTotal) / currentTotal); // the hotspot persists, so January is no surge
  const prior = toCube(pm, PRIOR_MONTH_WEIGHTS);
  const cur = toCube(m, TICKET_MONTH_WEIGHTS);
  const surge = addSurge(cur, m, hi, hj);
  const final = yearly(cur);
  const hot = findHotspots(final);
  const surges = findSurges(cur, prior);
  const priorSurges = findSurges(prior, null).filter((s) => s.month > 3);
  if (hot.length !== 1 || hot[0].i !== hi || hot[0].j !== hj) throw new Error(`planted hotspot check failed: ${JSON.stringify(hot)}`);
  if (surges.length !== 1 || surges[0].i !== surge.i || surges[0].j !== surge.j || priorSurges.length > 0) {
    throw new Error(`planted surge check failed: ${JSON.stringify(surges)} prior ${JSON.stringify(priorSurges)}`);
  }
  const { i: _i, j: _j, ...surgeFact } = surge;
  return {
    cur, prior,
    plants: {
      hotspot: { division: HOTSPOT.division, category: HOTSPOT.category, observed: final[hi][hj], expected: expected(final, hi, hj), z: zScores(final)[hi][hj] },
      surge: surgeFact,
    },
  };
}

function pickPlacement(rng: Rng, year: number, current: number): Placement {
  return year === current ? rng.weighted<Placement>(['full', 'address', 'street'], [0.72, 0.15, 0.13]) : rng.weighted<Placement>(['full', 'address', 'street'], [0.6, 0.25, 0.15]);
}

interface Maker { rng: Rng; agencies: Agency[]; current: number; out: Ticket[] }

function makeTickets(k: Maker, year: number, month: number, count: number, cat: TicketCategory, place: Division | null, complaint: boolean): void {
  const { rng } = k;
  for (let n = 0; n < count; n++) {
    const day = rng.int(1, daysInMonth(year, month));
    const receivedAt = wallClock(ymd(year, month, day), rng.int(8, 21), rng.int(0, 59), rng.int(0, 59));
    const placement: Placement = place ? pickPlacement(rng, year, k.current) : 'none';
    const street = place ? rng.pick(place.streets) : null;
    const address = addressText(rng, place, street, placement);
    let rawType: string;
    let type: AppealType;
    if (complaint) {
      const t = rng.weighted(COMPLAINT_TYPES, COMPLAINT_TYPES.map((x) => x[1]));
      rawType = t[0];
      type = t[2];
    } else {
      const o = OTHER_CATEGORIES.find((x) => x.l3 === cat.l3)!;
      rawType = rng.weighted(o.types, o.typeWeights);
      type = NORMALISE[rawType];
    }
    const closed = rng.chance(0.94);
    const closedAt = closed ? new Date(receivedAt.getTime() + Math.round(rng.uniform(0.2, 8.5) * 86_400_000)) : null;
    const parent = place?.parent ? division(place.parent) : null;
    k.out.push({
      year, no: '', receivedAt, rawType, type, cat, division: place?.name ?? null, street, placement, address,
      content: contentText(rng, cat, address), handlingUnit: handlingUnit(k.agencies, cat, place, parent), reply: replyText(rng),
      source: rng.weighted(['电话', '网站', '微信', '市长信箱'], [0.7, 0.1, 0.12, 0.08]),
      dueAt: new Date(receivedAt.getTime() + (complaint ? 7 : 5) * 86_400_000), closedAt,
      resolved: closed ? (rng.chance(0.86) ? '是' : '否') : '', satisfaction: closed ? rng.weighted(SATISFACTION, SATISFACTION_W) : '',
    });
  }
}

function smooth(k: Maker, year: number, total: number, cats: readonly TicketCategory[], places: (Division | null)[], weights: readonly number[], complaint: boolean): void {
  const m = productMatrix(total, places.map((p) => (p ? p.weight : 1)), cats.map((c) => c.weight));
  toCube(m, weights).forEach((r, i) => r.forEach((ms, j) => ms.forEach((c, mo) => makeTickets(k, year, mo + 1, c, cats[j], places[i], complaint))));
}

/** Tickets of both years and the planted facts. */
export function generateTickets(rng0: Rng, agencies: Agency[], year: number, n: number): { tickets: Ticket[]; plants: TicketPlants } {
  const rng = rng0.fork('tickets');
  const curTotal = Math.round(0.6 * n);
  const priorTotal = Math.round(0.5 * curTotal);
  const scope = (t: number): { placed: number; unplaced: number; other: number; otherUnplaced: number } => {
    const inScope = Math.round(t * 0.56);
    const unplaced = Math.round(inScope * 0.015);
    const other = t - inScope;
    const otherUnplaced = Math.round(other * 0.02);
    return { placed: inScope - unplaced, unplaced, other: other - otherUnplaced, otherUnplaced };
  };
  const cs = scope(curTotal);
  const ps = scope(priorTotal);
  const { cur, prior, plants } = complaintCubes(cs.placed, ps.placed);
  const k: Maker = { rng, agencies, current: year, out: [] };
  for (const [y, cube, s, w] of [[year - 1, prior, ps, PRIOR_MONTH_WEIGHTS], [year, cur, cs, TICKET_MONTH_WEIGHTS]] as const) {
    cube.forEach((r, i) => r.forEach((ms, j) => ms.forEach((c, mo) => makeTickets(k, y, mo + 1, c, COMPLAINT_CATEGORIES[j], PLACES[i], true))));
    smooth(k, y, s.unplaced, COMPLAINT_CATEGORIES, [null], w, true);
    smooth(k, y, s.other, OTHER_CATEGORIES, [...PLACES], w, false);
    smooth(k, y, s.otherUnplaced, OTHER_CATEGORIES, [null], w, false);
  }
  k.out.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const seq = new Map<number, number>();
  for (const t of k.out) {
    const s = (seq.get(t.year) ?? 0) + 1;
    seq.set(t.year, s);
    const d = t.receivedAt;
    const md = `${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
    t.no = t.year === year ? `GD${t.year}${md}${String(s).padStart(6, '0')}` : `LYG${String(t.year).slice(2)}${md}${String(s).padStart(5, '0')}`;
  }
  return { tickets: k.out, plants };
}
