/**
 * The case list as `runDeviation` builds it (the worst verdict cells first, then only their cases)
 * against the case list ranked over every assessed case: equal for every cap, also when the cap
 * cuts through cells tied on every sort key (their cases interleave by record order) and for a
 * deviating fine of 0 (the cells whose cases need the category list).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import type { FilterSpec } from '../../filter.ts';
import { casesOfWorstCells, casesQuery, deviatingTotal } from '../cases-sql.ts';
import { cellsSelect, statusCells } from '../cells-sql.ts';
import { insertCases, insertRules, type CaseInput } from './fill.ts';
import { RULES } from './hand-fixture.ts';

/** Cases under rule A2 (A-1 一般: 5000–10000 元) and K0 (K-1 不予处罚: 0 元), spread over spellings, agencies and dates. */
function tieCases(): CaseInput[] {
  const out: CaseInput[] = [];
  const names = ['违法行为甲', ' 违法行为甲', '违法行为甲（复）'];
  const fines = [12000, 3000, 12000, 0, 13000, 4000, 12000, 100, 3000, 12000];
  for (let i = 0; i < 60; i++) {
    const fine = fines[i % fines.length];
    const k = fine === 100;
    out.push({
      decision_no: `T-${String(i).padStart(2, '0')}`,
      violation_code: k ? 'K-1' : 'A-1',
      violation_name: k ? '丁行为' : names[i % names.length],
      tier: k ? '不予处罚' : i % 4 ? '一般' : null,
      fine_yuan: fine,
      categories: fine === 0 && i % 3 ? ['罚款'] : fine === 0 ? ['警告'] : ['罚款'],
      agency: i % 5 ? '甲局' : '乙局',
      division: i % 6 ? '海州区' : '连云区',
      decided_on: i % 9 === 0 ? '2024-12-30' : `2025-0${1 + (i % 9)}-15`,
    });
  }
  // Same key and date, no fine: below the range only where 罚款 is among the categories.
  for (const [i, categories] of [['罚款'], ['警告'], ['罚款', '警告'], ['警告']].entries()) {
    out.push({ decision_no: `Z-${i}`, violation_code: 'A-1', violation_name: '违法行为甲', tier: '一般', fine_yuan: 0, categories });
  }
  return out;
}

describe('case list from the worst cells', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openMemoryWorkspace();
    await insertRules(ws.conn, RULES);
    await insertCases(ws.conn, tieCases());
  });
  afterAll(() => ws.close());

  // Every cap for the year; a few for the narrower filters.
  const filters: [FilterSpec, number[] | null][] = [
    [{ year: 2025 }, null], [{ year: 2025, division: '海州区' }, [1, 4, 9, 20]], [{ year: 2025, agency: '乙局' }, [1, 3, 6]],
  ];
  for (const [f, caps] of filters) {
    it(`equals the list ranked over every case (${JSON.stringify(f)})`, async () => {
      const cells = sql`(${cellsSelect(f)})`;
      const everyCase = await all(ws.conn, casesQuery(f, 1000));
      expect(everyCase.length).toBeGreaterThan(5);
      for (const limit of [...(caps ?? everyCase.map((_, i) => i + 1)), everyCase.length + 1]) {
        const fast = await all(ws.conn, casesQuery(f, limit, casesOfWorstCells(f, cells, limit), deviatingTotal(statusCells(cells))));
        expect(fast, `cap ${limit}`).toEqual(everyCase.slice(0, limit));
      }
    });
  }

  it('the fixture has ties across cells, a NULL ratio and a deviating fine of 0', async () => {
    const rows = await all<{ status: string; deviation_ratio: number | null; fine_yuan: number }>(ws.conn, casesQuery({ year: 2025 }, 1000));
    expect(rows.some((r) => r.deviation_ratio === null)).toBe(true);
    expect(rows.some((r) => r.fine_yuan === 0 && r.status === 'below')).toBe(true);
    const tied = rows.filter((r) => r.fine_yuan === 12000);
    expect(new Set(tied.map((r) => JSON.stringify(r).includes('（复）'))).size).toBe(2);
  });
});
