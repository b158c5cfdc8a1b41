import { describe, expect, it } from 'vitest';
import { mapSurveyLabel, SURVEY_LABEL_PRESETS } from '../../values/survey-label.ts';

const { default: def, linear, points } = SURVEY_LABEL_PRESETS;

describe('SURVEY_LABEL_PRESETS', () => {
  it('holds the three maps of DOMAIN §6', () => {
    expect(def).toEqual({ 非常满意: 100, 满意: 80, 基本满意: 60, 不满意: 30, 非常不满意: 0 });
    expect(linear).toEqual({ 非常满意: 100, 满意: 75, 基本满意: 50, 不满意: 25, 非常不满意: 0 });
    expect(points).toEqual({ 非常满意: 100, 满意: 75, 基本满意: 50, 不满意: 25, 非常不满意: 0 });
  });
});

describe('mapSurveyLabel', () => {
  it.each([
    ['非常满意', 100], ['满意', 80], ['基本满意', 60], ['不满意', 30], ['非常不满意', 0],
    ['非常满意 ', 100], ['A.非常满意', 100], ['B、满意', 80], ['(C)基本满意', 60], ['Ｄ．不满意', 30],
    ['满意（4分）', 80], ['非常满意(5分)', 100], ['5', 100], ['4', 80], ['1', 0], ['5分', 100], [3, 60],
    ['很满意', 100], ['比较满意', 80], ['一般', 60], ['不太满意', 30], ['很不满意', 0],
  ])('%s → %d', (raw, score) => {
    expect(mapSurveyLabel(raw, def)).toEqual({ ok: true, score });
  });
  it('uses the map it is given', () => {
    expect(mapSurveyLabel('满意', linear)).toEqual({ ok: true, score: 75 });
    expect(mapSurveyLabel('4', points)).toEqual({ ok: true, score: 75 });
    const custom = { 好: 100, 较好: 75, 一般: 50, 差: 0 };
    expect(mapSurveyLabel('较好', custom)).toEqual({ ok: true, score: 75 });
    expect(mapSurveyLabel('满意', custom)).toEqual({ ok: false, reason: '无法识别的答案' });
  });
  it('lets a map give digits their own meaning (option-index exports)', () => {
    const byIndex = { '1': 100, '2': 80, '3': 60, '4': 30, '5': 0 };
    expect(mapSurveyLabel('1', byIndex)).toEqual({ ok: true, score: 100 });
  });
  it('keeps blank and no-opinion answers blank', () => {
    for (const raw of ['', null, '-', '不了解', '不适用']) expect(mapSurveyLabel(raw, def)).toEqual({ ok: true, score: null });
    // Survey platforms' marks for an unanswered and a skipped question.
    for (const raw of ['(空)', '（空）', '(跳过)']) expect(mapSurveyLabel(raw, def)).toEqual({ ok: true, score: null });
  });
  it('rejects unknown labels', () => {
    for (const raw of ['好', '6', '满意吧', 'F']) expect(mapSurveyLabel(raw, def)).toEqual({ ok: false, reason: '无法识别的答案' });
  });
});
