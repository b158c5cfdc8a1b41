/**
 * The overview on the full sample workspace: every KPI equals what the analysis itself returns
 * for the same filter (and the prior year), findings come from every analysis with warnings first,
 * and the small tables are Arrow. Analyses are cached until an import or a deletion.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleWorkspacePath } from '../../analyses/test/sample-workspace.ts';
import type { FilterSpec, Kpi } from '../../contract.ts';
import { numberAt } from '../kpis.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';
import { tempDir } from './fixture.ts';

const tmp = tempDir('overview-test-');
let service: WorkstationService;

beforeAll(async () => {
  const ws = join(tmp.dir, 'sample.duckdb');
  copyFileSync(await sampleWorkspacePath(), ws);
  service = createWorkstationService({ host: 'browser', dataDir: tmp.dir });
  await service.openWorkspace(ws);
}, 600_000);

afterAll(async () => {
  await service?.close();
  tmp.cleanup();
});

async function expected(filter: FilterSpec): Promise<Record<Kpi['key'], [number | null, number | null]>> {
  const prior = { ...filter, year: filter.year - 1 };
  const p = (await service.analyze({ name: 'penalties', filter })).result;
  const h = (await service.analyze({ name: 'hotspots', filter })).result;
  const d = (await service.analyze({ name: 'deviation', filter })).result;
  const dPrior = (await service.analyze({ name: 'deviation', filter: prior })).result;
  const s = (await service.analyze({ name: 'survey', filter })).result;
  const wan = (v: number | null) => (v === null ? null : Math.round(v / 100) / 100);
  return {
    cases: [numberAt(p, 'summary', 'cases'), numberAt(p, 'yoy', 'cases_prior')],
    fine_total_wan: [wan(numberAt(p, 'summary', 'penalty_total_yuan')), wan(numberAt(p, 'yoy', 'penalty_total_prior_yuan'))],
    tickets: [numberAt(h, 'summary', 'tickets'), numberAt(h, 'summary', 'tickets_prior')],
    deviation_rate: [numberAt(d, 'summary', 'deviation_rate'), numberAt(dPrior, 'summary', 'deviation_rate')],
    // The sample has one survey year (2025): no prior index.
    satisfaction_index: [numberAt(s, 'overall', 'index'), null],
  };
}

describe('overview', () => {
  for (const filter of [{ year: 2025 }, { year: 2025, division: '海州区' }] as FilterSpec[]) {
    it(`KPIs equal the analyses' own numbers (${JSON.stringify(filter)})`, async () => {
      const o = await service.overview(filter);
      const want = await expected(filter);
      expect(o.kpis.map((k) => k.key)).toEqual(['cases', 'fine_total_wan', 'tickets', 'deviation_rate', 'satisfaction_index']);
      for (const k of o.kpis) {
        expect([k.value, k.prior], k.key).toEqual(want[k.key]);
        expect(k.label).toMatch(/[\u4e00-\u9fa5]/);
        if (k.value !== null && k.prior) expect(k.change).toBeCloseTo((k.value - k.prior) / k.prior, 10);
      }
      expect(o.kpis[0].value).toBeGreaterThan(0);
    });
  }

  it('lists findings of every analysis, warnings first, and small Arrow tables', async () => {
    const o = await service.overview({ year: 2025 });
    expect(new Set(o.findings.map((f) => f.analysis))).toEqual(new Set(['penalties', 'hotspots', 'deviation', 'quality', 'reconcile', 'survey']));
    const firstInfo = o.findings.findIndex((f) => f.level === 'info');
    expect(o.findings.slice(firstInfo).every((f) => f.level === 'info')).toBe(true);
    expect(o.findings.some((f) => f.id.endsWith('.failed'))).toBe(false);
    expect(Object.keys(o.tables)).toEqual(expect.arrayContaining(['penalty_by_month', 'hotline_by_division']));
    expect(tableFromIPC(o.tables.penalty_by_month).numRows).toBe(12);
  });

  it('serves a repeated analysis from the cache', async () => {
    const a = await service.analyze({ name: 'quality', filter: { year: 2025 } });
    const b = await service.analyze({ name: 'quality', filter: { year: 2025 } });
    expect(b).toBe(a);
    expect(a.result.findings.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(a.result))).toEqual(a.result);
  });
});
