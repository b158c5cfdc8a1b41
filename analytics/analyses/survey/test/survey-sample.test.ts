/**
 * The survey analysis on the committed sample city (`sample-data/exports`, imported end to end),
 * against the facts the generator planted (`truth.json`): the planted below-city agency is flagged
 * and no other agency is; counts and the city index equal the generator's own computation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { openSampleWorkspace, truth } from '../../test/sample-workspace.ts';
import { runSurvey, type SurveyResult } from '../index.ts';

let ws: Workspace;
let r: SurveyResult;
const t = truth();
const planted = t.planted.survey_below_agency as { agency: string; responses: number; index: number; city_index: number; t: number; p_value: number };

beforeAll(async () => {
  ws = await openSampleWorkspace();
  r = await runSurvey(await queryContext(ws.conn), { year: 2025 });
});
afterAll(() => ws?.close());

describe('survey analysis on the sample city', () => {
  it('counts every response and item, and scores the city as the generator did', () => {
    expect(r.overall.responses).toBe(t.survey.responses);
    expect(r.items).toHaveLength(t.survey.items);
    expect(r.overall.index).toBeCloseTo(t.survey.city_index, 2);
    expect(r.overall.ci_low).toBeLessThan(r.overall.index as number);
    expect(r.overall.ci_high).toBeGreaterThan(r.overall.index as number);
    expect(r.items.filter((i) => i.is_overall).map((i) => i.weight)).toEqual([0]);
  });

  it('flags the planted agency below the city, and no other agency either way', () => {
    expect(r.by_agency.filter((a) => a.below_city).map((a) => a.agency)).toEqual([planted.agency]);
    expect(r.by_agency.filter((a) => a.above_city)).toEqual([]);
    const a = r.by_agency.find((x) => x.agency === planted.agency);
    expect(a?.scored).toBe(planted.responses);
    expect(a?.index).toBeCloseTo(planted.index, 2);
    expect(a?.t).toBeCloseTo(planted.t, 3);
    expect((a?.p_value as number) / planted.p_value).toBeCloseTo(1, 2);
    expect(r.findings.some((f) => f.id === 'survey.below_city' && f.text.startsWith(planted.agency))).toBe(true);
  });

  it('keeps comparing with the city when filtered to the planted agency', async () => {
    const one = await runSurvey(await queryContext(ws.conn), { year: 2025, agency: planted.agency });
    expect(one.overall.responses).toBe(planted.responses);
    expect(one.by_agency.map((a) => [a.agency, a.below_city])).toEqual([[planted.agency, true]]);
  });

  it('finds the generator\'s comment themes at least as often as it planted them', () => {
    const kw = t.survey.comment_keywords as Record<string, number>;
    const th = Object.fromEntries(r.themes.map((x) => [x.theme, x.comments]));
    expect(th['重复检查']).toBeGreaterThanOrEqual(kw['重复检查']);
    expect(th['态度']).toBeGreaterThanOrEqual(kw['态度']);
    expect(th['拖延/效率']).toBeGreaterThanOrEqual(kw['拖延']);
    expect(th['乱罚款/罚款过重']).toBeGreaterThanOrEqual(kw['乱罚款']);
    expect(th['公开/透明']).toBeGreaterThanOrEqual(kw['公开']);
    expect(r.keywords.length).toBeGreaterThan(5);
    for (const k of r.keywords) expect(k.examples.length).toBeGreaterThan(0);
  });
});
