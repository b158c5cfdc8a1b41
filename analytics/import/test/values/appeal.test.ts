import { describe, expect, it } from 'vitest';
import {
  normalizeAppealType, normalizeBool, normalizePartyType, normalizeProcedure, normalizeResolved, normalizeSatisfaction,
} from '../../values/appeal.ts';

describe('normalizeAppealType', () => {
  it.each([
    ['投诉', '投诉'], ['投诉举报类', '投诉'], ['举报', '举报'], ['咨询', '咨询'], ['咨询类', '咨询'],
    ['建议', '建议'], ['建议批评', '建议'], ['意见建议', '建议'], ['求助', '求助'], ['求助类', '求助'],
    ['其他', '其他'], ['表扬', '其他'], ['感谢', '其他'], [' 投诉 ', '投诉'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAppealType(raw)).toBe(expected);
  });
  it('keeps blanks blank', () => expect(normalizeAppealType('')).toBeNull());
});

describe('normalizeSatisfaction', () => {
  it.each([
    ['非常满意', '满意'], ['满意', '满意'], ['很满意', '满意'], ['比较满意', '满意'],
    ['基本满意', '基本满意'], ['理解', '基本满意'], ['一般', '基本满意'],
    ['不满意', '不满意'], ['非常不满意', '不满意'], ['不太满意', '不满意'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeSatisfaction(raw)).toBe(expected);
  });
  it('treats unrated and unknown answers as null', () => {
    for (const raw of ['未评价', '未回访', '无法联系', '拒绝评价', '', null, '-', '好评']) expect(normalizeSatisfaction(raw)).toBeNull();
  });
});

describe('normalizeResolved', () => {
  it.each([
    ['是', true], ['已解决', true], ['解决', true], ['已办结', true], ['Y', true],
    ['否', false], ['未解决', false], ['不解决', false], ['无法解决', false], ['N', false],
    ['部分解决', null], ['', null], ['说不清', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeResolved(raw)).toBe(expected);
  });
});

describe('normalizeProcedure', () => {
  it.each([
    ['简易', '简易'], ['简易程序', '简易'], ['当场处罚', '简易'],
    ['普通', '普通'], ['普通程序', '普通'], ['一般程序', '普通'], ['快速办理', '普通'],
    ['', null], ['听证', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeProcedure(raw)).toBe(expected);
  });
});

describe('normalizePartyType', () => {
  it.each([
    ['法人及非法人组织', '法人及非法人组织'], ['法人', '法人及非法人组织'], ['其他组织', '法人及非法人组织'],
    ['非法人组织', '法人及非法人组织'], ['法人和其他组织', '法人及非法人组织'], ['企业', '法人及非法人组织'],
    ['个体工商户', '个体工商户'], ['个体户', '个体工商户'],
    ['自然人', '自然人'], ['公民', '自然人'], ['个人', '自然人'],
    ['', null], ['未知', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePartyType(raw)).toBe(expected);
  });
});

describe('normalizeBool', () => {
  it.each([
    ['是', true], ['否', false], ['Y', true], ['N', false], ['y', true], ['yes', true], ['NO', false],
    ['有', true], ['无', false], ['√', true], ['×', false], ['1', true], ['0', false], [1, true], [0, false],
    [true, true], [false, false], ['TRUE', true], ['', null], ['也许', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeBool(raw)).toBe(expected);
  });
});
