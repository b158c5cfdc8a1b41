import { describe, expect, it } from 'vitest';
import {
  ANNUAL_GROUP, CATEGORY_CODES, HEAVIEST_ORDER, heaviestCategory, splitCategories,
} from '../../values/category.ts';

describe('splitCategories', () => {
  it.each([
    ['罚款；没收违法所得', ['罚款', '没收违法所得']],
    ['警告,罚款', ['警告', '罚款']],
    ['警告，罚款', ['警告', '罚款']],
    ['警告、罚款', ['警告', '罚款']],
    ['警告/罚款', ['警告', '罚款']],
    ['警告 罚款', ['警告', '罚款']],
    ['警告和罚款', ['警告', '罚款']],
    ['警告并处罚款', ['警告', '罚款']],
    ['警告罚款', ['警告', '罚款']],
    ['罚款;罚款', ['罚款']],
    ['02', ['罚款']],
    ['2', ['罚款']],
    ['01;02', ['警告', '罚款']],
    ['14', ['责令关闭']],
    ['02罚款', ['罚款']],
    ['罚款（2000元）', ['罚款']],
    ['罚款2000元', ['罚款']],
    ['吊销营业执照', ['吊销许可证']],
    ['吊销许可证', ['吊销许可证']],
    ['暂扣执照', ['暂扣许可证']],
    ['暂扣许可证', ['暂扣许可证']],
    ['责令停业整顿', ['责令停产停业']],
    ['责令停产停业', ['责令停产停业']],
    ['没收非法财物', ['没收非法财物']],
    ['拘留', ['行政拘留']],
    ['行政拘留', ['行政拘留']],
    ['通报批评', ['通报批评']],
    ['降低资质等级', ['降低资质等级']],
    ['限制开展生产经营活动', ['限制开展经营活动']],
    ['限制从业', ['限制从业']],
    ['责令关闭', ['责令关闭']],
    ['其他行政处罚', ['其他']],
    ['没收违法所得、没收非法财物', ['没收违法所得']],
    ['罚款；没收违法所得、没收非法财物', ['罚款', '没收违法所得']],
    ['暂扣或者吊销许可证、暂扣或者吊销执照', ['吊销许可证']],
    ['暂扣或者吊销许可证', ['吊销许可证']],
    ['罚款、暂扣或者吊销许可证、暂扣或者吊销执照', ['罚款', '吊销许可证']],
    ['１４', ['责令关闭']],
  ])('%s', (raw, expected) => {
    expect(splitCategories(raw)).toEqual({ categories: expected, unknown: [] });
  });

  it('resolves the pre-2021 暂扣或者吊销 name from the decision content', () => {
    expect(splitCategories('暂扣或者吊销许可证、暂扣或者吊销执照', '暂扣食品经营许可证三个月').categories).toEqual(['暂扣许可证']);
    expect(splitCategories('暂扣或者吊销许可证、暂扣或者吊销执照', '吊销食品经营许可证').categories).toEqual(['吊销许可证']);
  });
  it('reports parts it cannot place', () => {
    expect(splitCategories('罚款；责令改正')).toEqual({ categories: ['罚款'], unknown: ['责令改正'] });
    expect(splitCategories('15')).toEqual({ categories: [], unknown: ['15'] });
  });
  it('returns nothing for blank cells', () => {
    expect(splitCategories('')).toEqual({ categories: [], unknown: [] });
    expect(splitCategories(null)).toEqual({ categories: [], unknown: [] });
  });
});

describe('heaviest category and annual groups', () => {
  it('lists each 2021 category once', () => {
    expect([...HEAVIEST_ORDER].sort()).toEqual(Object.values(CATEGORY_CODES).sort());
    expect(Object.keys(ANNUAL_GROUP).sort()).toEqual(Object.values(CATEGORY_CODES).sort());
  });
  it('picks the heaviest by DOMAIN §1 order', () => {
    expect(heaviestCategory(['警告', '罚款'])).toBe('罚款');
    expect(heaviestCategory(['罚款', '没收违法所得'])).toBe('没收违法所得');
    expect(heaviestCategory(['罚款', '吊销许可证', '责令停产停业'])).toBe('吊销许可证');
    expect(heaviestCategory(['行政拘留', '责令关闭'])).toBe('行政拘留');
    expect(heaviestCategory(['其他', '警告'])).toBe('警告');
    expect(heaviestCategory(['通报批评', '警告'])).toBe('通报批评');
    expect(heaviestCategory([])).toBeNull();
    expect(heaviestCategory(['不存在'])).toBeNull();
  });
  it('maps categories to the annual-statistics indicators of DOMAIN §4', () => {
    expect(ANNUAL_GROUP['警告']).toBe('penalty_warning');
    expect(ANNUAL_GROUP['通报批评']).toBe('penalty_warning');
    expect(ANNUAL_GROUP['罚款']).toBe('penalty_fine');
    expect(ANNUAL_GROUP['没收违法所得']).toBe('penalty_confiscation');
    expect(ANNUAL_GROUP['没收非法财物']).toBe('penalty_confiscation');
    expect(ANNUAL_GROUP['暂扣许可证']).toBe('penalty_suspend_license');
    expect(ANNUAL_GROUP['降低资质等级']).toBe('penalty_suspend_license');
    expect(ANNUAL_GROUP['吊销许可证']).toBe('penalty_revoke_license');
    expect(ANNUAL_GROUP['限制开展经营活动']).toBe('penalty_restrict');
    expect(ANNUAL_GROUP['责令停产停业']).toBe('penalty_stop_close');
    expect(ANNUAL_GROUP['责令关闭']).toBe('penalty_stop_close');
    expect(ANNUAL_GROUP['限制从业']).toBe('penalty_stop_close');
    expect(ANNUAL_GROUP['行政拘留']).toBe('penalty_detention');
    expect(ANNUAL_GROUP['其他']).toBe('penalty_other');
  });
});
