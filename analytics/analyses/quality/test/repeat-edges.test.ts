/**
 * Repeat episodes at the edges of the chaining (`repeat-sql.ts`): inspections of one day by
 * several agencies, gaps at the edges of the pre-filter's 4-day units, and adopted codes whose episode holds inspections known only through the code
 * (another name) or only through adoption (no coded inspection nearby) — the cases where the
 * names and codes of an episode come from rows the pre-filter did not read as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { runQuality } from '../index.ts';
import { episodesQuery, episodesSelect } from '../repeat-sql.ts';
import { insertInspections, type InspectionInput } from './fill.ts';
import { referenceEpisodes, referencePairs, type RawInspection } from './reference-episodes.ts';

const INSPECTIONS: InspectionInput[] = [
  // Two agencies on one day, a third ten days later: one episode of three.
  { id: 'e01', agency: '甲局', target: '一号公司', code: 'D1', date: '2025-03-01' },
  { id: 'e02', agency: '乙局', target: '一号公司', code: 'D1', date: '2025-03-01' },
  { id: 'e03', agency: '丙局', target: '一号公司', code: 'D1', date: '2025-03-11' },
  // A chain that starts with two agencies on one day, 40 days after a lone visit: one episode of two.
  { id: 'e04', agency: '甲局', target: '二号公司', code: 'D2', date: '2025-01-10' },
  { id: 'e05', agency: '丙局', target: '二号公司', code: 'D2', date: '2025-02-19' },
  { id: 'e06', agency: '乙局', target: '二号公司', code: 'D2', date: '2025-02-19' },
  // The adopted code's other inspection carries another name: the episode is 乙局 (new name) + 丙局 (no code).
  { id: 'e07', agency: '甲局', target: '三号公司', code: 'D3', date: '2025-04-01' },
  { id: 'e08', agency: '乙局', target: '三号公司（新址）', code: 'D3', date: '2025-06-01' },
  { id: 'e09', agency: '丙局', target: '三号公司', code: null, date: '2025-06-10' },
  // Adopted code, no coded inspection nearby: the episode holds uncoded inspections only.
  { id: 'e10', agency: '甲局', target: '四号公司', code: 'D4', date: '2025-01-05' },
  { id: 'e11', agency: '乙局', target: '四号公司', code: null, date: '2025-08-01' },
  { id: 'e12', agency: '丙局', target: '四号公司', code: '', date: '2025-08-10' },
  // Background: one agency, or visits too far apart.
  { id: 'e13', agency: '甲局', target: '五号公司', code: 'D5', date: '2025-05-01' },
  { id: 'e14', agency: '甲局', target: '五号公司', code: 'D5', date: '2025-05-02' },
  { id: 'e15', agency: '乙局', target: '六号公司', code: 'D6', date: '2025-05-01' },
  { id: 'e16', agency: '丙局', target: '六号公司', code: 'D6', date: '2025-07-01' },
  // 30 days from the last day of a 4-day unit (day 3, unit 0) to day 33 (unit 8): one episode.
  { id: 'e17', agency: '甲局', target: '七号公司', code: 'D7', date: '2025-01-04' },
  { id: 'e18', agency: '乙局', target: '七号公司', code: 'D7', date: '2025-02-03' },
  // 32 days, only 8 units apart: the pre-filter lets it through, the exact chaining does not.
  { id: 'e19', agency: '甲局', target: '八号公司', code: 'D8', date: '2025-01-01' },
  { id: 'e20', agency: '乙局', target: '八号公司', code: 'D8', date: '2025-02-02' },
  // The last unit of the year (day 364): one episode.
  { id: 'e21', agency: '甲局', target: '九号公司', code: 'D9', date: '2025-12-01' },
  { id: 'e22', agency: '乙局', target: '九号公司', code: 'D9', date: '2025-12-31' },
];

let ws: Workspace;
let raw: RawInspection[];

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await insertInspections(ws.conn, INSPECTIONS);
  raw = await all<RawInspection>(ws.conn, sql`SELECT inspection_id, agency, target_name, target_credit_code, inspected_on, division FROM inspection`);
});
afterAll(() => ws.close());

describe('repeat inspections at the edges', () => {
  it('agrees with the reference clustering', async () => {
    const res = await runQuality(await queryContext(ws.conn), { year: 2025 });
    const ref = referenceEpisodes(raw);
    const r = res.repeat_inspections;
    expect(ref.length).toBe(6);
    expect(r.episodes).toBe(ref.length);
    expect(r.inspections_involved).toBe(ref.reduce((s, e) => s + e.inspections, 0));
    expect(new Map(r.agency_pairs.map((p) => [`${p.agency_a}|${p.agency_b}`, p.episodes]))).toEqual(referencePairs(ref));
    expect(r.examples.map((e) => `${e.agencies}@${e.first_date}`).sort())
      .toEqual(ref.map((e) => `${e.agencies.join('、')}@${e.first}`).sort());
  });

  it('names and codes of the episodes come from their own inspections', async () => {
    const res = await runQuality(await queryContext(ws.conn), { year: 2025 });
    const byCode = new Map(res.repeat_inspections.examples.map((e) => [e.target_credit_code, e]));
    expect(byCode.get('D1')).toMatchObject({ target_name: '一号公司', inspections: 3, agency_count: 3, agencies: '丙局、乙局、甲局' });
    expect(byCode.get('D2')).toMatchObject({ first_date: '2025-02-19', inspections: 2, agencies: '丙局、乙局' });
    expect(byCode.get('D3')).toMatchObject({ target_name: '三号公司', first_date: '2025-06-01', inspections: 2, agencies: '丙局、乙局' });
    expect(byCode.get('D4')).toMatchObject({ target_name: '四号公司', first_date: '2025-08-01', inspections: 2, agencies: '丙局、乙局' });
  });

  it('a code row id that no longer holds the target (rows changed in between) gives no code, not a wrong one', async () => {
    // Every episode's code row pointed at the first inspection (e01, code D1): only D1's episode keeps a code.
    const source = sql`(SELECT * REPLACE ((SELECT min(rowid) FROM inspection WHERE inspection_id = 'e01') AS code_rid)
      FROM (${episodesSelect({ year: 2025 })}))`;
    const rows = await all<{ target_name: string; target_credit_code: string | null }>(ws.conn, episodesQuery({ year: 2025 }, 10, source));
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.target_credit_code !== null)).toEqual([expect.objectContaining({ target_name: '一号公司', target_credit_code: 'D1' })]);
  });
});
