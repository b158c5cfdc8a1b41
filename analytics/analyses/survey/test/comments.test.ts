/**
 * Comment keywords, examples, masking and theme shares.
 */
import { describe, expect, it } from 'vitest';
import { commentWords, topKeywords } from '../comments/keywords.ts';
import { maskPersonal } from '../comments/mask.ts';
import { themeShares } from '../comments/theme-shares.ts';

describe('masking', () => {
  it('masks mobile, ID and landline numbers, and leaves other numbers', () => {
    expect(maskPersonal('请联系13812341234或0518-85551234')).toBe('请联系138****1234或0518-********');
    expect(maskPersonal('身份证320706199001011234')).toBe('身份证320706********1234');
    expect(maskPersonal('罚款2000元，编号12345')).toBe('罚款2000元，编号12345');
  });
});

describe('keywords', () => {
  it('keeps word-like tokens of 2+ characters that are not stop words or numbers', () => {
    expect(commentWords('希望减少重复检查，多部门能联合检查。2024年')).toEqual(['减少', '重复', '检查', '部门', '联合']);
  });

  it('segments clause by clause exactly as the whole text would be', () => {
    const text = '办事拖延，答复不及时；执法人员态度生硬!希望改进工作作风。';
    const whole = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    for (const w of commentWords(text)) expect(whole).toContain(w);
    expect(commentWords(text)).toEqual(['办事', '拖延', '答复', '及时', '态度', '生硬', '改进', '作风']);
  });

  it('counts a word once per comment, weighted by identical comments, with masked examples', () => {
    const kw = topKeywords([
      { comment: '罚款罚款罚款', n: 1 },
      { comment: '乱罚款，请回电13900001111', n: 2 },
      { comment: '罚款过重', n: 1 },
    ], { top: 1 });
    expect(kw).toEqual([{ word: '罚款', count: 4, examples: ['乱罚款，请回电139****1111', '罚款过重'] }]);
  });
});

describe('themes', () => {
  it('shares of comments mentioning any keyword of a theme', () => {
    const t = themeShares([{ comment: '多头检查太多', n: 3 }, { comment: '态度不耐烦', n: 1 }], [{ theme: '重复检查', keywords: ['重复检查', '多头检查'] }, { theme: '态度', keywords: ['态度', '不耐烦'] }]);
    expect(t).toEqual([{ theme: '重复检查', keywords: ['重复检查', '多头检查'], comments: 3, share: 0.75 }, { theme: '态度', keywords: ['态度', '不耐烦'], comments: 1, share: 0.25 }]);
    expect(themeShares([])[0].share).toBeNull();
  });
});
