/**
 * The `survey-100k` benchmark's data generator, at a small size (timing belongs to `npm run bench`,
 * never to a unit test): it writes a plausible survey the analysis reads end to end.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { synthesizeSurvey } from '../bench-survey.ts';
import { runSurvey } from '../index.ts';

let ws: Workspace | undefined;
afterAll(() => ws?.close());

describe('survey benchmark data', () => {
  it('synthesizes respondents × 20 items with ~3 % blanks that the analysis scores', async () => {
    ws = await openMemoryWorkspace();
    const rows = await synthesizeSurvey(ws.conn, 3000);
    expect(rows).toBeGreaterThan(3000 * 20 * 0.95);
    expect(rows).toBeLessThan(3000 * 20);
    const r = await runSurvey(await queryContext(ws.conn), { year: 2025 });
    expect(r.overall.responses).toBe(3000);
    expect(r.items).toHaveLength(20);
    expect(r.dimensions.filter((d) => d.weight > 0)).toHaveLength(5);
    expect(r.overall.index).toBeGreaterThan(40);
    expect(r.overall.index).toBeLessThan(90);
    expect(r.reliability.alpha).toBeGreaterThan(0.7);
    expect(r.by_agency).toHaveLength(60);
    expect(r.keywords.length).toBeGreaterThan(0);
  });
});
