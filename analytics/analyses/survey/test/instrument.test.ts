/**
 * The instrument's documented choices: item order, dimension weights, the equal-weights fallback,
 * answered items without an items sheet; the rate thresholds; and a survey without an overall item
 * (rates from index bands, importance against the overall index).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../workspace/open.ts';
import { writeSetting } from '../../../workspace/settings.ts';
import { queryContext } from '../../query.ts';
import { runSurvey } from '../index.ts';
import { buildInstrument, type ItemRow } from '../instrument.ts';
import { rateThresholds } from '../rates.ts';
import { surveyIndex } from '../survey-index.ts';
import { fixtureWorkspace, ITEMS, RESPONSES } from './fixture.ts';

const row = (item_code: string, dimension: string, weight: number | null, is_overall = false, described = true): ItemRow => ({ item_code, dimension, text: null, weight, is_overall, described });

describe('instrument', () => {
  it('orders items numerically and weighs dimensions by their mean item weight', () => {
    const inst = buildInstrument([row('Q10', 'B', 2), row('Q2', 'A', 1), row('Q1', 'A', 3), row('Q11', 'B', null), row('Q12', '总体评价', 0, true)]);
    expect(inst.items.map((i) => i.item_code)).toEqual(['Q1', 'Q2', 'Q10', 'Q11', 'Q12']);
    expect(inst.dimensions.map((d) => [d.dimension, d.weight, d.overall_only])).toEqual([['A', 2, false], ['B', 1.5, false], ['总体评价', 0, true]]);
    expect(inst.has_overall).toBe(true);
    // index = (2·D_A + 1.5·D_B) / 3.5; the overall dimension (weight 0) drops out
    const idx = surveyIndex(inst, new Map([['Q1', 80], ['Q2', 60], ['Q10', 40], ['Q11', null], ['Q12', 0]]));
    expect(idx.dimensions).toEqual([70, 40, 0]);
    expect(idx.index).toBeCloseTo((2 * 70 + 1.5 * 40) / 3.5, 12);
  });

  it('falls back to equal weights when every weight is 0, leaving the overall item out', () => {
    const inst = buildInstrument([row('Q1', 'A', 0), row('Q2', 'B', 0), row('Q3', '总体评价', 0, true)]);
    expect(inst.equal_weights_fallback).toBe(true);
    expect(inst.dimensions.map((d) => d.weight)).toEqual([1, 1, 0]);
  });

  it('puts answered items without an items sheet in 未分类 with weight 1', () => {
    const inst = buildInstrument([{ item_code: 'Q1', dimension: null, text: null, weight: null, is_overall: null, described: false }]);
    expect(inst.dimensions).toEqual([{ dimension: '未分类', weight: 1, items: ['Q1'], overall_only: false }]);
    expect(inst.undescribed).toEqual(['Q1']);
    expect(inst.has_overall).toBe(false);
  });

  it('a dimension nobody answered drops out and the weights renormalise', () => {
    const inst = buildInstrument([row('Q1', 'A', 1), row('Q2', 'B', 3)]);
    expect(surveyIndex(inst, new Map([['Q1', 70]])).index).toBe(70);
    expect(surveyIndex(inst, new Map()).index).toBeNull();
  });
});

describe('rate thresholds', () => {
  it('use the label map levels, or the DOMAIN bands', () => {
    expect(rateThresholds('default', false, 'labels')).toEqual({ satisfied: 80, negative_below: 60, basis: 'label_map' });
    expect(rateThresholds('linear', false, 'labels')).toEqual({ satisfied: 75, negative_below: 50, basis: 'label_map' });
    expect(rateThresholds('default', true, 'labels')).toEqual({ satisfied: 60, negative_below: 60, basis: 'label_map' });
    expect(rateThresholds({ 好: 100, 差: 0 }, false, 'labels')).toEqual({ satisfied: 80, negative_below: 60, basis: 'bands' });
    expect(rateThresholds('default', false, 'bands')).toEqual({ satisfied: 80, negative_below: 60, basis: 'bands' });
  });
});

describe('a survey without an overall item', () => {
  let ws: Workspace | undefined;
  afterAll(() => ws?.close());

  it('rates respondents by their index and correlates dimensions with the index', async () => {
    const items = ITEMS.slice(0, 4);
    ws = await fixtureWorkspace(items, RESPONSES.map((r) => ({ ...r, scores: r.scores.slice(0, 4) })));
    await writeSetting(ws.conn, 'min_group_size', 5);
    const r = await runSurvey(await queryContext(ws.conn), { year: 2025 });
    expect(r.importance_basis).toBe('overall_index');
    expect(r.settings.rate_basis).toBe('bands');
    expect(r.notes.join()).toContain('没有“总体评价”题');
    // per-respondent indexes (see the fixture test): 78 68 46 88 27 | 70 90 60 90 21 | 21 24 24 12; R11 has none
    expect(r.overall.rated).toBe(14);
    expect(r.overall.satisfied_rate).toBeCloseTo(3 / 14, 12); // ≥ 80: 88 90 90
    expect(r.overall.negative_rate).toBeCloseTo(7 / 14, 12); // < 60: 46 27 21 21 24 24 12 (60 itself is 基本满意)
    expect(r.by_agency.find((a) => a.agency === '甲局')?.too_small).toBe(false); // 5 ≥ min_group_size 5
    expect(r.by_agency.find((a) => a.agency === '丙局')?.too_small).toBe(true); // 4 < 5
    expect(r.dimensions.every((d) => d.importance !== null && d.importance > 0.9)).toBe(true);
  });
});
