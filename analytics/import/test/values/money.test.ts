import { describe, expect, it } from 'vitest';
import { parseMoney, unitFromHeader, type MoneyResult } from '../../values/money.ts';

function yuan(r: MoneyResult): number | null | string {
  return r.ok ? r.yuan : r.reason;
}

describe('unitFromHeader', () => {
  it.each([
    ['罚款金额(万元)', '万元'],
    ['罚款金额（万元）', '万元'],
    ['罚款金额（元）', '元'],
    ['没收违法所得、没收非法财物的金额(万元)', '万元'],
    ['金额/万元', '万元'],
    ['罚没金额（万元）', '万元'],
    ['金额（单位：万元）', '万元'],
    ['罚没金额万元', '万元'],
    ['违法所得（元）', '元'],
    ['金额(千元)', '千元'],
    // A bracket holding only the multiplier: 0.5 in such a column was read as 0.5 元.
    ['罚款金额（万）', '万元'],
    ['罚款金额(万)', '万元'],
    ['罚没金额（单位：万）', '万元'],
  ])('%s → %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });
  it('gives null when the header states no unit', () => {
    expect(unitFromHeader('罚款金额')).toBeNull();
    expect(unitFromHeader('货值金额')).toBeNull();
    expect(unitFromHeader('处罚决定日期')).toBeNull();
    // 万 names a unit only alone in its bracket.
    expect(unitFromHeader('罚款金额（万以内）')).toBeNull();
  });
});

describe('parseMoney: numbers (Excel numeric cells)', () => {
  it('takes the header unit, else 元', () => {
    expect(parseMoney(5000, null)).toEqual({ ok: true, yuan: 5000, unit: '元', unitFrom: 'default' });
    expect(parseMoney(5000, '元')).toEqual({ ok: true, yuan: 5000, unit: '元', unitFrom: 'header' });
    expect(parseMoney(0.5, '万元')).toEqual({ ok: true, yuan: 5000, unit: '万元', unitFrom: 'header' });
  });
  it('is exact for 万元 fractions: 0.29 万元 = 2900.00 元', () => {
    expect(yuan(parseMoney(0.29, '万元'))).toBe(2900);
    expect(yuan(parseMoney(0.07, '万元'))).toBe(700);
    expect(yuan(parseMoney(1.15, '万元'))).toBe(11500);
    expect(yuan(parseMoney(0.0001, '万元'))).toBe(1);
    expect(yuan(parseMoney(123.4567, '万元'))).toBe(1234567);
  });
  it('rounds to cents', () => {
    expect(yuan(parseMoney(1234.567, null))).toBe(1234.57);
    expect(yuan(parseMoney(0.125, null))).toBe(0.13);
    expect(yuan(parseMoney(0.123456, '万元'))).toBe(1234.56);
  });
  it('rejects negative and non-finite numbers', () => {
    expect(parseMoney(-5, null)).toEqual({ ok: false, reason: '金额为负数' });
    expect(parseMoney(Number.NaN, null)).toEqual({ ok: false, reason: '无法识别的金额' });
    expect(yuan(parseMoney(-0, null))).toBe(0);
  });
  it('rejects amounts no DECIMAL(18,2) column should hold', () => {
    expect(parseMoney(1e20, null)).toEqual({ ok: false, reason: '金额超出范围' });
    expect(parseMoney('320706198001011234', null)).toEqual({ ok: false, reason: '金额超出范围' });
  });
});

describe('parseMoney: text', () => {
  it.each([
    ['5000.00', null, 5000],
    ['1,200', null, 1200],
    ['1,200.50', null, 1200.5],
    ['１２００', null, 1200],
    ['１，２００．５０元', null, 1200.5],
    ['1.2万', null, 12000],
    ['1.2万元', null, 12000],
    ['罚款2000元', null, 2000],
    ['2000元整', null, 2000],
    ['¥2,000', null, 2000],
    ['￥2,000.00', null, 2000],
    ['人民币2000元', null, 2000],
    ['0.5', '万元', 5000],
    ['0.29', '万元', 2900],
    ['5千元', null, 5000],
    ['五千元', null, 5000],
    ['罚款人民币贰仟元整', null, 2000],
    ['1万2千元', null, 12000],
    ['1百万元', null, 1000000],
    ['2亿元', null, 200000000],
    ['2000元（贰仟元整）', null, 2000],
    ['2024年3月罚款2000元', null, 2000],
    ['1.2E+4', null, 12000],
    [' 5000 ', null, 5000],
    ['5000 元', null, 5000],
  ] as const)('%s (header %s) → %d 元', (cell, header, expected) => {
    expect(yuan(parseMoney(cell, header))).toBe(expected);
  });

  it('lets a unit in the cell override the header unit', () => {
    expect(parseMoney('3000元', '万元')).toEqual({ ok: true, yuan: 3000, unit: '元', unitFrom: 'cell' });
    expect(parseMoney('1.2万', '元')).toEqual({ ok: true, yuan: 12000, unit: '万元', unitFrom: 'cell' });
    expect(parseMoney('5千元', '万元')).toEqual({ ok: true, yuan: 5000, unit: '千元', unitFrom: 'cell' });
  });
  it('uses the header unit for bare text numbers', () => {
    expect(parseMoney('0.5', '万元')).toEqual({ ok: true, yuan: 5000, unit: '万元', unitFrom: 'header' });
    expect(parseMoney('¥2,000', '万元')).toEqual({ ok: true, yuan: 20000000, unit: '万元', unitFrom: 'header' });
    expect(parseMoney('5000.00', null)).toEqual({ ok: true, yuan: 5000, unit: '元', unitFrom: 'default' });
  });
  it('reads 无 and 0 as zero, blank as blank', () => {
    expect(parseMoney('无', '万元')).toEqual({ ok: true, yuan: 0, unit: '万元', unitFrom: 'header' });
    expect(yuan(parseMoney('0', null))).toBe(0);
    expect(yuan(parseMoney('0.00', '万元'))).toBe(0);
    expect(yuan(parseMoney('不予罚款', null))).toBe(0);
    for (const blank of ['', '  ', '-', '/', 'NULL', null, undefined]) {
      expect(parseMoney(blank, '万元')).toEqual({ ok: true, yuan: null, unit: null, unitFrom: null });
    }
  });
  it('rejects negative amounts', () => {
    expect(parseMoney('-500', null)).toEqual({ ok: false, reason: '金额为负数' });
    expect(parseMoney('－500元', null)).toEqual({ ok: false, reason: '金额为负数' });
    expect(parseMoney('−0.5', '万元')).toEqual({ ok: false, reason: '金额为负数' });
    expect(parseMoney('负500元', null)).toEqual({ ok: false, reason: '金额为负数' });
  });
  it('rejects text without an amount', () => {
    for (const t of ['abc', '罚款', '见附件', '一般']) expect(parseMoney(t, null)).toEqual({ ok: false, reason: '无法识别的金额' });
  });
  it('rejects several different amounts in one cell', () => {
    expect(parseMoney('罚款2000元，没收500元', null)).toEqual({ ok: false, reason: '包含多个金额' });
    expect(parseMoney('1-3万元', null)).toEqual({ ok: false, reason: '包含多个金额' });
  });
  it('rejects dates and booleans', () => {
    expect(parseMoney(new Date(), null)).toEqual({ ok: false, reason: '无法识别的金额' });
    expect(parseMoney(true, null)).toEqual({ ok: false, reason: '无法识别的金额' });
  });
});

describe('parseMoney: spacing', () => {
  it('ignores spaces inside a text amount', () => {
    expect(parseMoney('1.2 万元', null)).toEqual({ ok: true, yuan: 12000, unit: '万元', unitFrom: 'cell' });
    expect(parseMoney('罚款 2000 元', '万元')).toEqual({ ok: true, yuan: 2000, unit: '元', unitFrom: 'cell' });
    expect(parseMoney('- 500', null)).toEqual({ ok: false, reason: '金额为负数' });
  });
});

/**
 * Independent recomputation for numeric cells: the decimal Excel shows (String(n), at most 15
 * significant digits) shifted into 元 and rounded half up to 分, in BigInt.
 */
function expectedYuan(n: number, shift: number): number | null {
  let text = String(n);
  if (text.includes('e')) return Math.round(n * 10 ** shift * 100) / 100;
  let [int, frac = ''] = text.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  if (int.length + frac.length > 15 && int !== '0') {
    // Beyond 15 significant digits Excel shows (and the parser keeps) 15, rounded half up.
    const keep = Math.max(0, 15 - int.length);
    const up = frac.charCodeAt(keep) >= 53;
    text = (BigInt(int + frac.slice(0, keep)) + (up ? 1n : 0n)).toString();
    frac = frac.slice(0, keep);
    int = text.slice(0, text.length - frac.length) || '0';
    frac = text.slice(text.length - frac.length);
  }
  const digits = BigInt(int + frac);
  const exp = shift + 2 - frac.length; // cents = digits × 10^exp
  let cents: bigint;
  if (exp >= 0) cents = digits * 10n ** BigInt(exp);
  else {
    const div = 10n ** BigInt(-exp);
    cents = digits / div + (2n * (digits % div) >= div ? 1n : 0n);
  }
  return cents > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(cents) / 100;
}

describe('numeric cells in a unit: every amount as the decimal Excel shows', () => {
  it('matches an independent BigInt recomputation on random amounts in every unit', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const units = [['元', 0], ['千元', 3], ['万元', 4], ['百万元', 6], ['亿元', 8]] as const;
    for (let i = 0; i < 20_000; i++) {
      const places = Math.floor(rand() * 7);
      const n = Math.round(rand() * 10 ** (2 + Math.floor(rand() * 9))) / 10 ** places;
      for (const [unit, shift] of units) {
        const want = expectedYuan(n, shift);
        expect(yuan(parseMoney(n, unit)), `${n} ${unit}`).toBe(want ?? '金额超出范围');
      }
    }
    // Amounts whose binary value sits just off the decimal: the decimal shown is what counts.
    expect(yuan(parseMoney(0.29, '万元'))).toBe(2900);
    expect(yuan(parseMoney(1.005, '元'))).toBe(1.01);
    expect(yuan(parseMoney(2.675, '元'))).toBe(2.68);
    expect(yuan(parseMoney(0.015, '元'))).toBe(0.02);
    expect(yuan(parseMoney(123456789012.34, '元'))).toBe(123456789012.34);
  });
});
