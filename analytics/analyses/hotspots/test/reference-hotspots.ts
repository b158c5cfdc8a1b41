/**
 * The hotspot definitions re-implemented in plain TypeScript over raw ticket rows (differential
 * tests): scope and filter, handling rates, per-10 000 rates, cell z-scores, surges.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { groupBy, mean, quantileCont } from '../../penalties/test/reference.ts';

/** A raw ticket row (timestamps as `YYYY-MM-DD HH:MM:SS`). */
export interface RawTicket {
  received_at: string;
  appeal_type: string | null;
  category: string | null;
  division: string | null;
  street: string | null;
  handling_unit: string | null;
  due_at: string | null;
  closed_at: string | null;
  satisfaction: string | null;
}

/** Everything the reference needs. */
export interface RawHotlineData {
  tickets: RawTicket[];
  divisions: { name: string; parent: string | null; population: number | null }[];
}

/** Fetches the raw rows. */
export async function fetchRawTickets(conn: DuckDBConnection): Promise<RawHotlineData> {
  return {
    tickets: await all<RawTicket>(conn, sql`SELECT received_at, appeal_type, category, division, street, handling_unit, due_at, closed_at, satisfaction FROM hotline_ticket`),
    divisions: await all(conn, sql`SELECT name, parent, population FROM division`),
  };
}

const ms = (t: string) => Date.parse(t.replace(' ', 'T') + 'Z');

/** The tickets a filter and scope select. */
export function selectTickets(d: RawHotlineData, f: FilterSpec, scope: 'complaints' | 'all', year = f.year): RawTicket[] {
  const parent = new Map(d.divisions.map((x) => [x.name, x.parent]));
  return d.tickets.filter((t) => {
    if (Number(t.received_at.slice(0, 4)) !== year) return false;
    if (scope === 'complaints' && t.appeal_type !== '投诉' && t.appeal_type !== '举报') return false;
    if (f.division && !(t.division === f.division || (t.division !== null && parent.get(t.division) === f.division))) return false;
    return true;
  });
}

/** On time: closed ≤ due, a midnight due meaning the end of that day. */
function onTime(t: RawTicket): boolean {
  if (!t.closed_at || !t.due_at) return false;
  const due = t.due_at.endsWith('00:00:00') ? ms(t.due_at) + 86_400_000 - 1 : ms(t.due_at);
  return ms(t.closed_at) <= due;
}

/** Handling figures. */
export function referenceHandling(ts: RawTicket[]) {
  const closed = ts.filter((t) => t.closed_at);
  const withDue = closed.filter((t) => t.due_at);
  const rated = ts.filter((t) => t.satisfaction);
  const days = closed.map((t) => (ms(t.closed_at!) - ms(t.received_at)) / 86_400_000).filter((x) => x >= 0);
  return {
    tickets: ts.length,
    closed_rate: ts.length ? closed.length / ts.length : null,
    on_time_rate: withDue.length ? withDue.filter(onTime).length / withDue.length : null,
    mean_days_to_close: mean(days),
    median_days_to_close: quantileCont(days, 0.5),
    satisfied_rate: rated.length ? rated.filter((t) => t.satisfaction === '满意').length / rated.length : null,
    dissatisfied_rate: rated.length ? rated.filter((t) => t.satisfaction === '不满意').length / rated.length : null,
    unplaced: ts.filter((t) => t.division === null).length,
  };
}

/** Own population of a division: recorded less its zones' recorded populations; null when unknown or ≤ 0. */
export function ownPopulation(d: RawHotlineData, name: string): number | null {
  const div = d.divisions.find((x) => x.name === name);
  if (!div || div.population === null) return null;
  const zones = d.divisions.filter((x) => x.parent === name).reduce((s, z) => s + (z.population ?? 0), 0);
  const own = div.population - zones;
  return own > 0 ? own : null;
}

/** Cell z-scores of placed, categorised tickets: `division|category` → {observed, expected, z}. */
export function referenceCells(ts: RawTicket[]): Map<string, { observed: number; expected: number; z: number }> {
  const placed = ts.filter((t) => t.division !== null && t.category !== null);
  const rows = groupBy(placed, (t) => t.division);
  const cols = groupBy(placed, (t) => t.category);
  const out = new Map<string, { observed: number; expected: number; z: number }>();
  for (const [key, g] of groupBy(placed, (t) => `${t.division}|${t.category}`)) {
    const [div, cat] = key!.split('|');
    const expected = (rows.get(div)!.length * cols.get(cat)!.length) / placed.length;
    out.set(key!, { observed: g.length, expected, z: (g.length - expected) / Math.sqrt(expected) });
  }
  return out;
}

/**
 * Surges of `year`: monthly counts per placed, categorised cell (the year and the prior year's
 * October–December), baseline = mean of the three previous calendar months, judged only when those
 * months are covered (any ticket at all in the workspace that month).
 */
export function referenceSurges(d: RawHotlineData, ts: RawTicket[], year: number, ratio = 2, min = 10, coverage = true) {
  const covered = new Set(d.tickets.map((t) => t.received_at.slice(0, 7)));
  const key = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  const months: string[] = [key(year - 1, 10), key(year - 1, 11), key(year - 1, 12)];
  for (let m = 1; m <= 12; m++) months.push(key(year, m));
  const counts = new Map<string, Map<string, number>>();
  for (const t of ts) {
    if (t.division === null || t.category === null) continue;
    const cell = `${t.division}|${t.category}`;
    const m = counts.get(cell) ?? new Map<string, number>();
    m.set(t.received_at.slice(0, 7), (m.get(t.received_at.slice(0, 7)) ?? 0) + 1);
    counts.set(cell, m);
  }
  const out: { month: string; division: string; category: string; count: number; baseline: number }[] = [];
  for (const [cell, m] of counts) {
    for (let i = 3; i < months.length; i++) {
      const prev = months.slice(i - 3, i);
      if (coverage && !prev.every((p) => covered.has(p))) continue;
      const baseline = prev.reduce((s, p) => s + (m.get(p) ?? 0), 0) / 3;
      const n = m.get(months[i]) ?? 0;
      const [division, category] = cell.split('|');
      if (n >= ratio * baseline && n >= min) out.push({ month: months[i], division, category, count: n, baseline });
    }
  }
  return out.sort((a, b) => a.month.localeCompare(b.month) || a.division.localeCompare(b.division) || a.category.localeCompare(b.category));
}
