/**
 * A small hand-filled hotline workspace for differential tests: two years of tickets over five
 * places (two zones of 连云区 among them) and four categories, a planted hotspot cell (赣榆区 ×
 * 重复检查), a planted surge (2025-07 海州区 × 噪声扰民), a January-2024 burst that only an empty
 * baseline would call a surge (2023 is not in the workspace), unplaced tickets, other appeal types,
 * and handling fields (date-only and timed deadlines, open tickets, ratings).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { join, sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';

/** One ticket as inserted (times as `YYYY-MM-DD HH:MM:SS`). */
export interface FixtureTicket {
  ticket_no: string;
  received_at: string;
  appeal_type: string | null;
  category: string | null;
  division: string | null;
  street: string | null;
  handling_unit: string;
  due_at: string | null;
  closed_at: string | null;
  satisfaction: string | null;
}

const PLACES = ['海州区', '连云区', '连云港经济技术开发区', '徐圩新区', '赣榆区'];
const CATEGORIES = ['占道经营', '噪声扰民', '食品安全', '重复检查'];
const TYPES = ['投诉', '投诉', '举报', '咨询', '求助', null];
const SATISFACTION = ['满意', '满意', '基本满意', '不满意', null];

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

const pad = (n: number) => String(n).padStart(2, '0');

function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Base count of one cell-month; the plants add to it. */
function count(r: () => number, year: number, month: number, place: string, cat: string): number {
  let n = 2 + Math.floor(r() * 4);
  if (place === '赣榆区' && cat === '重复检查') n += 9;
  if (year === 2025 && month === 7 && place === '海州区' && cat === '噪声扰民') n = 24;
  if (year === 2024 && month === 1 && place === '徐圩新区' && cat === '食品安全') n = 12;
  return n;
}

/** The tickets of 2024 and 2025, deterministic. */
export function fixtureTickets(seed = 5): FixtureTicket[] {
  const r = rng(seed);
  const out: FixtureTicket[] = [];
  let no = 0;
  const add = (year: number, month: number, place: string | null, cat: string | null, type: string | null) => {
    const received = Date.UTC(year, month - 1, 1 + Math.floor(r() * 27), 8 + Math.floor(r() * 9), Math.floor(r() * 60));
    // Half the deadlines are date-only (midnight), half timed; some tickets have none.
    const due = r() < 0.1 ? null : r() < 0.5 ? Date.UTC(year, month - 1, new Date(received).getUTCDate() + 5) : received + 5 * 86_400_000;
    const closed = r() < 0.12 ? null : received + Math.round(r() * 8 * 86_400_000);
    out.push({
      ticket_no: `T${++no}`,
      received_at: stamp(received),
      appeal_type: type,
      category: cat,
      division: place,
      street: place ? `${place.slice(0, 2)}街道${1 + Math.floor(r() * 3)}` : null,
      handling_unit: cat ? `${cat}承办单位${1 + Math.floor(r() * 2)}` : '其他承办单位',
      due_at: due === null ? null : stamp(due),
      closed_at: closed === null ? null : stamp(closed),
      satisfaction: SATISFACTION[Math.floor(r() * SATISFACTION.length)],
    });
  };
  for (const year of [2024, 2025]) {
    for (let month = 1; month <= 12; month++) {
      for (const place of PLACES) {
        for (const cat of CATEGORIES) {
          const n = count(r, year, month, place, cat);
          for (let i = 0; i < n; i++) add(year, month, place, cat, i < 2 ? TYPES[Math.floor(r() * TYPES.length)] : '投诉');
        }
      }
      // Unplaced tickets and tickets without a category.
      for (let i = 0; i < 3; i++) add(year, month, null, CATEGORIES[i], '举报');
      add(year, month, '海州区', null, '投诉');
    }
  }
  return out;
}

/** Inserts the tickets (every value bound). */
export async function fillTickets(conn: DuckDBConnection, tickets: readonly FixtureTicket[]): Promise<void> {
  for (let i = 0; i < tickets.length; i += 300) {
    const rows = tickets.slice(i, i + 300).map((t) => sql`(${t.ticket_no}, ${'12345'}, ${t.received_at}::TIMESTAMP, ${t.appeal_type},
      ${t.category}, ${t.division}, ${t.street}, ${t.handling_unit}, ${t.due_at}::TIMESTAMP, ${t.closed_at}::TIMESTAMP, ${t.satisfaction}, 1)`);
    await exec(conn, sql`INSERT INTO hotline_ticket (ticket_no, line, received_at, appeal_type, category, division, street, handling_unit,
      due_at, closed_at, satisfaction, batch_id) VALUES ${join(rows, ', ')}`, 'fixture tickets');
  }
}
