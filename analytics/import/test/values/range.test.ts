import { describe, expect, it } from 'vitest';
import { parseRange } from '../../values/range.ts';

const fixed = (minYuan: number, maxYuan: number | null) => ({ ok: true, value: { kind: 'fixed', minYuan, maxYuan } });
const multiple = (base: string | null, min: number, max: number | null) => ({ ok: true, value: { kind: 'multiple', base, min, max } });

describe('parseRange: fixed amounts (DOMAIN §2)', () => {
  it.each([
    ['处5000元以上1万元以下罚款', 5000, 10000],
    ['5000元以上10000元以下', 5000, 10000],
    ['1-3万元', 10000, 30000],
    ['1～3万元', 10000, 30000],
    ['1~3万元', 10000, 30000],
    ['1—3万元', 10000, 30000],
    ['1万元至3万元', 10000, 30000],
    ['1万-3万元', 10000, 30000],
    ['3000元以下', 0, 3000],
    ['5000元以下', 0, 5000],
    ['10万元以上', 100000, null],
    ['3-5万元', 30000, 50000],
    ['5-8万元', 50000, 80000],
    ['25万元以上50万元以下', 250000, 500000],
    ['警告，可并处500元以下罚款', 0, 500],
    ['警告或者500元以下罚款', 0, 500],
    ['５０００元以上１万元以下', 5000, 10000],
    ['５０００元以上１０，０００元以下', 5000, 10000],
    ['处10,000元以上50,000元以下罚款', 10000, 50000],
    ['五千元以上一万元以下', 5000, 10000],
    ['处二千元以上二万元以下罚款', 2000, 20000],
    ['处两千元以下罚款', 0, 2000],
    ['处二十万元以上一百万元以下罚款', 200000, 1000000],
    ['处1百万元以上', 1000000, null],
    ['处5千元以上3万元以下罚款', 5000, 30000],
    ['0.5-1万元', 5000, 10000],
    ['5000-1万元', 5000, 10000],
    ['5000-10000元', 5000, 10000],
    ['5000以上1万元以下', 5000, 10000],
    ['处50000元罚款', 50000, 50000],
    ['处500元至1000元罚款', 500, 1000],
    ['可以处1000元以下罚款', 0, 1000],
    ['处5000元以下的罚款', 0, 5000],
    ['处1万元以上（含本数）3万元以下（含本数）罚款', 10000, 30000],
    ['处不超过5000元的罚款', 0, 5000],
    ['处不低于1万元的罚款', 10000, null],
  ])('%s → %d–%s', (text, min, max) => {
    expect(parseRange(text)).toEqual(fixed(min, max));
  });

  it('skips condition clauses', () => {
    expect(parseRange('100平方米以上300平方米以下的，处5000元以下罚款')).toEqual(fixed(0, 5000));
  });
  it('takes the hull of several ranges of one text', () => {
    expect(parseRange('对个人处200元以下罚款；对单位处1000元以上5000元以下罚款')).toEqual(fixed(0, 5000));
    expect(parseRange('责令改正，处1万元以上3万元以下罚款；情节严重的，处3万元以上10万元以下罚款')).toEqual(fixed(10000, 100000));
    // The same with the condition in brackets: the main range was dropped, leaving only 3–5万.
    expect(parseRange('处1万元以上3万元以下罚款（情节严重的，处3万元以上5万元以下罚款）')).toEqual(fixed(10000, 50000));
  });
});

describe('parseRange: multiples', () => {
  it.each([
    ['违法所得1倍以上3倍以下', '违法所得', 1, 3],
    ['货值金额2倍以上5倍以下', '货值金额', 2, 5],
    ['违法所得30%至50%', '违法所得', 0.3, 0.5],
    ['违法所得３０％至５０％', '违法所得', 0.3, 0.5],
    ['违法所得百分之三十至百分之五十', '违法所得', 0.3, 0.5],
    ['处违法所得一倍以上五倍以下的罚款', '违法所得', 1, 5],
    ['没收违法所得，并处违法所得1倍以上5倍以下罚款', '违法所得', 1, 5],
    ['处货值金额百分之五十以上三倍以下罚款', '货值金额', 0.5, 3],
    ['处货值金额1-3倍罚款', '货值金额', 1, 3],
    ['处以违法所得的0.5倍以下罚款', '违法所得', 0, 0.5],
    ['处工程合同价款2%以上4%以下的罚款', '工程合同价款', 0.02, 0.04],
    ['违法所得2倍以下', '违法所得', 0, 2],
  ])('%s', (text, base, min, max) => {
    expect(parseRange(text)).toEqual(multiple(base, min, max));
  });
  it('keeps the base null when the text names none', () => {
    expect(parseRange('2倍以下')).toEqual(multiple(null, 0, 2));
    expect(parseRange('两倍以上五倍以下')).toEqual(multiple(null, 2, 5));
  });
  it('gives the fixed amounts for cases without gains as a fallback', () => {
    expect(parseRange('处违法所得3倍以上5倍以下罚款；没有违法所得的，处25万元以上50万元以下罚款')).toEqual({
      ok: true,
      value: { kind: 'multiple', base: '违法所得', min: 3, max: 5 },
      fallback: { kind: 'fixed', minYuan: 250000, maxYuan: 500000 },
    });
    expect(parseRange('处违法所得二倍以上五倍以下的罚款，没有违法所得或者违法所得不足五万元的，处十万元以上五十万元以下的罚款'))
      .toEqual({
        ok: true,
        value: { kind: 'multiple', base: '违法所得', min: 2, max: 5 },
        fallback: { kind: 'fixed', minYuan: 100000, maxYuan: 500000 },
      });
  });
  it('reads a condition clause written in brackets like one after a semicolon', () => {
    // Published tables put the no-gain case in brackets; before, the bracket glued the main range to
    // the condition (`…3倍以下（无违法所得的`) and the whole clause was skipped as a condition.
    expect(parseRange('违法所得2倍以上3倍以下（无违法所得的，处10万元以上25万元以下罚款）')).toEqual({
      ok: true,
      value: { kind: 'multiple', base: '违法所得', min: 2, max: 3 },
      fallback: { kind: 'fixed', minYuan: 100000, maxYuan: 250000 },
    });
    expect(parseRange('处违法所得1倍以上3倍以下罚款(没有违法所得的，处1万元以下罚款)')).toEqual({
      ok: true,
      value: { kind: 'multiple', base: '违法所得', min: 1, max: 3 },
      fallback: { kind: 'fixed', minYuan: 0, maxYuan: 10000 },
    });
  });
});

describe('parseRange: no fine, blanks and failures', () => {
  it.each(['不予罚款', '免予处罚', '不予处罚', '不予行政处罚', '免予行政处罚', '免于行政处罚', '免于罚款', '首违不罚', '警告', '责令改正，给予警告'])('%s → none', (text) => {
    expect(parseRange(text)).toEqual({ ok: true, value: { kind: 'none' } });
  });
  it('returns a blank value for blank cells', () => {
    expect(parseRange('')).toEqual({ ok: true, value: null });
    expect(parseRange(null)).toEqual({ ok: true, value: null });
  });
  it('rejects text it cannot read', () => {
    for (const t of ['乱七八糟', '处罚款', '依法处理', '面积100平方米']) {
      expect(parseRange(t)).toEqual({ ok: false, reason: '无法解析裁量标准' });
    }
  });
  it('rejects a minimum above the maximum', () => {
    expect(parseRange('1万元以上5000元以下')).toEqual({ ok: false, reason: '裁量标准下限大于上限' });
  });
  it('treats bounds as closed: a fine equal to a bound is within it', () => {
    const r = parseRange('处5000元以上1万元以下罚款');
    expect(r.ok && r.value?.kind === 'fixed' && r.value.minYuan <= 5000 && 10000 <= (r.value.maxYuan ?? Infinity)).toBe(true);
  });
});

describe('parseRange: quantities are not amounts', () => {
  it('ignores numbers with other units, even after 超过 / 不足', () => {
    expect(parseRange('超过100平方米，处5000元以下罚款')).toEqual(fixed(0, 5000));
    expect(parseRange('依据第十三条第二款，处2000元以下罚款')).toEqual(fixed(0, 2000));
    expect(parseRange('超过100平方米')).toEqual({ ok: false, reason: '无法解析裁量标准' });
  });
});

describe('parseRange: plain numbers', () => {
  it('reads a numeric cell as a fixed amount in 元', () => {
    expect(parseRange(5000)).toEqual(fixed(5000, 5000));
    expect(parseRange('200')).toEqual(fixed(200, 200));
  });
});
