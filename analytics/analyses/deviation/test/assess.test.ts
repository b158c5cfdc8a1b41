/**
 * The assessment of each case on a hand-filled workspace: the status, match kind and range the
 * documentation promises for every edge, and agreement with the plain-TypeScript reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { assessedCtes } from '../assess-sql.ts';
import { matchName, statusName } from '../codes.ts';
import { insertCases, insertRules } from './fill.ts';
import { CASES, RULES } from './hand-fixture.ts';
import { referenceVerdict, type RawCase, type RawRule } from './reference.ts';

interface SqlVerdict {
  decision_no: string;
  status: string;
  match: string;
  min_yuan: number | null;
  max_yuan: number | null;
  deviation_ratio: number | null;
}

let ws: Workspace;
let verdicts: Map<string, SqlVerdict>;

beforeAll(async () => {
  ws = await openMemoryWorkspace();
  await insertRules(ws.conn, RULES);
  await insertCases(ws.conn, CASES);
  const rows = await all<SqlVerdict>(ws.conn, sql`WITH ${assessedCtes({ year: 2025 })}
    SELECT decision_no, ${statusName(sql`status`)} AS status, ${matchName(sql`match`)} AS match,
      min_yuan::DOUBLE AS min_yuan, max_yuan::DOUBLE AS max_yuan, deviation_ratio FROM ac`);
  verdicts = new Map(rows.map((r) => [r.decision_no, r]));
});
afterAll(() => ws.close());

describe('case assessment (hand-filled workspace)', () => {
  for (const c of CASES) {
    it(`${c.decision_no} → ${c.expect.status}`, () => {
      const v = verdicts.get(c.decision_no);
      if (c.expect.status === 'outside') {
        expect(v).toBeUndefined();
        return;
      }
      expect(v, c.decision_no).toBeDefined();
      expect(v!.status).toBe(c.expect.status);
      if (c.expect.match !== undefined) expect(v!.match).toBe(c.expect.match);
      if (c.expect.min !== undefined) expect(v!.min_yuan).toBe(c.expect.min);
      if (c.expect.max !== undefined) expect(v!.max_yuan).toBe(c.expect.max);
    });
  }

  it('deviation ratios follow the definition', () => {
    expect(verdicts.get('A-over')!.deviation_ratio).toBeCloseTo(0.01 / 10000, 12);
    expect(verdicts.get('A-under')!.deviation_ratio).toBeCloseTo(0.01 / 5000, 12);
    expect(verdicts.get('C-gain')!.deviation_ratio).toBeCloseTo(0.2, 12);
    expect(verdicts.get('K-no-penalty-fined')!.deviation_ratio).toBeNull();
    expect(verdicts.get('A-bound-max')!.deviation_ratio).toBeNull();
  });

  it('agrees with the plain-TypeScript reference on every case', async () => {
    const rules = await all<RawRule>(ws.conn, sql`SELECT * FROM benchmark_rule`);
    const cases = await all<RawCase>(ws.conn, sql`SELECT * FROM penalty_case WHERE year(decided_on) = 2025`);
    expect(cases.length).toBe(verdicts.size);
    for (const c of cases) {
      const ref = referenceVerdict(c, rules);
      const v = verdicts.get(c.decision_no)!;
      expect({ no: c.decision_no, status: v.status, match: v.match, min: v.min_yuan, max: v.max_yuan })
        .toEqual({ no: c.decision_no, status: ref.status, match: ref.match, min: ref.min, max: ref.max });
      if (ref.ratio === null) expect(v.deviation_ratio).toBeNull();
      else expect(v.deviation_ratio).toBeCloseTo(ref.ratio, 9);
    }
  });
});
