import { describe, expect, it } from 'vitest';
import { BLANK_MARKERS, cleanCell, cleanLabel, normalizeSpace, toHalfWidth } from '../../values/text.ts';

describe('toHalfWidth', () => {
  it('maps full-width digits, letters and punctuation to ASCII', () => {
    expect(toHalfWidth('１２００')).toBe('1200');
    expect(toHalfWidth('罚款金额（万元）')).toBe('罚款金额(万元)');
    expect(toHalfWidth('［Ａ］：，．－＋％～')).toBe('[A]:,.-+%~');
    expect(toHalfWidth('罚款；没收')).toBe('罚款;没收');
  });
  it('maps the ideographic space and ￥', () => {
    expect(toHalfWidth('海州区\u3000新海街道')).toBe('海州区 新海街道');
    expect(toHalfWidth('￥２０００')).toBe('¥2000');
  });
  it('leaves Chinese punctuation without an ASCII twin alone', () => {
    expect(toHalfWidth('没收违法所得、没收非法财物。')).toBe('没收违法所得、没收非法财物。');
  });
  it('returns the same string when there is nothing to do', () => {
    const s = '2024-03-05';
    expect(toHalfWidth(s)).toBe(s);
  });
});

describe('normalizeSpace', () => {
  it('collapses runs of any whitespace and trims', () => {
    expect(normalizeSpace('  警告\n\n罚款\t\u00a0没收 ')).toBe('警告 罚款 没收');
    expect(normalizeSpace('a\u200bb')).toBe('a b');
    expect(normalizeSpace(' plain ')).toBe('plain');
  });
});

describe('cleanCell', () => {
  it('treats empty, whitespace and placeholder marks as blank', () => {
    for (const v of [null, undefined, '', '   ', '\u3000', '-', '—', '/', 'NULL', 'null', ' - ', '——', '－', '\u200b']) {
      expect(cleanCell(v)).toBeNull();
    }
  });
  it('treats every blank marker as blank in any letter case (the first-character pre-check misses none)', () => {
    for (const m of BLANK_MARKERS) {
      for (const v of [m, m.toLowerCase(), ` ${m} `, `\u200b${m}`, `${m}\ufeff`]) expect(cleanCell(v), v).toBeNull();
    }
  });
  it('keeps 无 and 0: they are answers, not blanks', () => {
    expect(cleanCell('无')).toBe('无');
    expect(cleanCell('0')).toBe('0');
    expect(cleanCell(0)).toBe('0');
  });
  it('trims but keeps inner text as written', () => {
    expect(cleanCell('  连云港市（海州区）  ')).toBe('连云港市（海州区）');
  });
  it('unwraps codes an export kept as text for Excel: ="…" in a CSV, a leading apostrophe', () => {
    expect(cleanCell('="0123"')).toBe('0123');
    expect(cleanCell(' ="91320706MA9223936Q" ')).toBe('91320706MA9223936Q');
    expect(cleanCell('="连海市监罚〔2024〕202号"')).toBe('连海市监罚〔2024〕202号');
    expect(cleanCell('=""')).toBeNull();
    expect(cleanCell("'00123")).toBe('00123');
    expect(cleanCell("'91320706MA9630201T")).toBe('91320706MA9630201T');
    // Not a guard: a formula text, a quoted word, an apostrophe inside a name.
    expect(cleanCell('=A1*2')).toBe('=A1*2');
    expect(cleanCell("'老字号'餐饮店")).toBe("'老字号'餐饮店");
  });
  it('converts other cell types', () => {
    expect(cleanCell(12.5)).toBe('12.5');
    expect(cleanCell(Number.NaN)).toBeNull();
    expect(cleanCell(true)).toBe('TRUE');
    expect(cleanCell(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05T00:00:00.000Z');
    expect(cleanCell(new Date(Number.NaN))).toBeNull();
  });
});

describe('cleanLabel', () => {
  it('is cleanCell + half-width + single spaces', () => {
    expect(cleanLabel(' 满意（４分） ')).toBe('满意(4分)');
    expect(cleanLabel('/')).toBeNull();
  });
});
