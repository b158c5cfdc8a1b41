import { describe, expect, it } from 'vitest';
import { LIANYUNGANG_DIVISIONS } from '../../../workspace/seed-divisions.ts';
import {
  divisionFromCreditCode, inferDivision, makeDivisionLocator, makeDivisionMatcher,
} from '../../values/division-infer.ts';
import { creditCodeCheckChar } from '../../values/credit-code.ts';

const match = makeDivisionMatcher(LIANYUNGANG_DIVISIONS);

describe('makeDivisionMatcher (连云港 seed)', () => {
  it.each([
    ['连云港市海州区新海街道朝阳路1号', '海州区'],
    ['连云港市海州区朝阳街道', '海州区'],
    ['江苏省连云港市东海县牛山街道和平路', '东海县'],
    ['连云港市连云区墟沟街道', '连云区'],
    ['赣榆区青口镇', '赣榆区'],
    ['灌南县新安镇', '灌南县'],
    ['灌云县伊山镇', '灌云县'],
    ['连云港经济技术开发区中云街道', '连云港经济技术开发区'],
    ['连云港市徐圩新区', '徐圩新区'],
    ['连云港高新技术产业开发区花果山街道', '高新区'],
    ['高新区', '高新区'],
    ['云台山风景名胜区', '云台山风景名胜区'],
    ['市本级', '市本级'],
  ])('full names: %s → %s', (text, division) => {
    expect(match(text)).toBe(division);
  });

  it.each([
    ['海州', '海州区'],
    ['东海', '东海县'],
    ['赣榆', '赣榆区'],
    ['灌云', '灌云县'],
    ['徐圩', '徐圩新区'],
    ['开发区', '连云港经济技术开发区'],
    ['经济技术开发区', '连云港经济技术开发区'],
    ['连云港开发区猴嘴', '连云港经济技术开发区'],
    ['江苏省连云港市东海牛山', '东海县'],
    ['连云港连云墟沟', '连云区'],
    ['位于赣榆柘汪', '赣榆区'],
    ['赣榆县', '赣榆区'],
  ])('short forms: %s → %s', (text, division) => {
    expect(match(text)).toBe(division);
  });

  it.each([
    ['连云港市新海街道某小区', '海州区'],
    ['连云港市青口镇', '赣榆区'],
    ['海州湾街道', '连云区'],
    ['朝阳街道', '连云港经济技术开发区'],
    ['牛山街道', '东海县'],
  ])('streets: %s → %s', (text, division) => {
    expect(match(text)).toBe(division);
  });

  it('does not read a stem inside another word', () => {
    expect(match('连云港市')).toBeNull(); // 连云 + 港
    expect(match('新浦东海路100号')).toBeNull(); // a road named 东海
    expect(match('山东海洋集团')).toBeNull();
    expect(match('东海大道')).toBeNull();
    expect(match('海州湾')).toBeNull();
  });
  it('prefers a zone to its parent county when both are named', () => {
    expect(match('连云区徐圩新区')).toBe('徐圩新区');
    expect(match('连云港市连云区连云港经济技术开发区')).toBe('连云港经济技术开发区');
  });
  it('prefers a division name to a street of another division', () => {
    expect(match('连云港市海州区朝阳街道')).toBe('海州区');
  });
  it('returns null for text that places nothing', () => {
    for (const t of ['', null, '南京市鼓楼区', '某某路1号']) expect(match(t)).toBeNull();
  });
  it('explains what placed a text', () => {
    const locate = makeDivisionLocator(LIANYUNGANG_DIVISIONS);
    expect(locate('连云港市新海街道')).toEqual({ division: '海州区', via: 'street', matched: '新海街道' });
    expect(locate('东海牛山')).toEqual({ division: '东海县', via: 'stem', matched: '东海' });
    expect(locate('灌南县')).toEqual({ division: '灌南县', via: 'name', matched: '灌南县' });
  });
  it('drops streets listed under two divisions', () => {
    const m = makeDivisionMatcher([
      { name: '甲区', streets: ['共同街道', '甲街道'] },
      { name: '乙区', streets: ['共同街道'] },
    ]);
    expect(m('共同街道1号')).toBeNull();
    expect(m('甲街道1号')).toBe('甲区');
  });
  it('inferDivision caches the matcher per array', () => {
    expect(inferDivision('连云港市海州区', LIANYUNGANG_DIVISIONS)).toBe('海州区');
    expect(inferDivision('赣榆', LIANYUNGANG_DIVISIONS)).toBe('赣榆区');
  });
});

function code(region: string): string {
  const first17 = '91' + region + 'MA1MXXX1X';
  return first17 + creditCodeCheckChar(first17);
}

describe('divisionFromCreditCode', () => {
  it('places a code by its 行政区划码', () => {
    expect(divisionFromCreditCode(code('320706'), LIANYUNGANG_DIVISIONS)).toBe('海州区');
    expect(divisionFromCreditCode(code('320705'), LIANYUNGANG_DIVISIONS)).toBe('海州区'); // pre-2014 code
    expect(divisionFromCreditCode(code('320722'), LIANYUNGANG_DIVISIONS)).toBe('东海县');
    expect(divisionFromCreditCode(code('320700'), LIANYUNGANG_DIVISIONS)).toBe('市本级');
    expect(divisionFromCreditCode(' ' + code('320771').toLowerCase(), LIANYUNGANG_DIVISIONS)).toBe('连云港经济技术开发区');
  });
  it('returns null for other regions and malformed codes', () => {
    expect(divisionFromCreditCode(code('320100'), LIANYUNGANG_DIVISIONS)).toBeNull();
    expect(divisionFromCreditCode('12345', LIANYUNGANG_DIVISIONS)).toBeNull();
    expect(divisionFromCreditCode('', LIANYUNGANG_DIVISIONS)).toBeNull();
  });
  it('returns null for a region two divisions claim', () => {
    const divisions = [{ name: '甲', regionCodes: ['320706'] }, { name: '乙', regionCodes: ['320706'] }];
    expect(divisionFromCreditCode(code('320706'), divisions)).toBeNull();
  });
});
