/**
 * Month coverage of the surges (`surge-queries.ts`): a month counts as covered when any ticket was
 * received in it, even one outside the scope or the filter — the query reads the tickets only for
 * the months the scoped counts lack, and this is where that path decides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import type { FilterSpec } from '../../filter.ts';
import { queryContext } from '../../query.ts';
import { runHotspots } from '../index.ts';
import { fillTickets, type FixtureTicket } from './fixture.ts';

function ticket(no: string, day: string, type: string, division: string, category: string): FixtureTicket {
  return {
    ticket_no: no, received_at: `${day} 10:00:00`, appeal_type: type, category, division, street: null, handling_unit: '某单位',
    due_at: null, closed_at: null, satisfaction: null,
  };
}

/** Twelve 噪声扰民 complaints in 海州区 in January 2025, nothing in scope before; 咨询 tickets elsewhere in `months`. */
function tickets(months: readonly string[]): FixtureTicket[] {
  const out = months.map((m, i) => ticket(`Q${i}`, `${m}-15`, '咨询', '连云区', '占道经营'));
  for (let i = 0; i < 12; i++) out.push(ticket(`C${i}`, `2025-01-${String(10 + i).padStart(2, '0')}`, '投诉', '海州区', '噪声扰民'));
  return out;
}

let ws: Workspace | undefined;
afterEach(() => ws?.close());

async function surges(months: readonly string[], filter: FilterSpec = { year: 2025 }) {
  ws = await openMemoryWorkspace();
  await fillTickets(ws.conn, tickets(months));
  const r = await runHotspots(await queryContext(ws.conn), filter);
  return r.surges.map((s) => [s.month, s.division, s.category, s.count, s.baseline]);
}

describe('surge month coverage', () => {
  it('judges a month whose three previous months hold only tickets outside the scope and the filter', async () => {
    const expected = [['2025-01', '海州区', '噪声扰民', 12, 0]];
    expect(await surges(['2024-10', '2024-11', '2024-12'])).toEqual(expected);
    expect(await surges(['2024-10', '2024-11', '2024-12'], { year: 2025, division: '海州区' })).toEqual(expected);
  });

  it('does not judge a month when one of its three previous months has no ticket at all', async () => {
    expect(await surges(['2024-10', '2024-12'])).toEqual([]);
  });
});
