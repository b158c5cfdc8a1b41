import { describe, expect, it } from 'vitest';
import { normalizeTier, TIER_NAMES } from '../../values/tier.ts';

describe('normalizeTier', () => {
  it.each([
    ['不予处罚', '不予处罚', 0],
    ['不予行政处罚', '不予处罚', 0],
    ['首违不罚', '不予处罚', 0],
    ['减轻', '减轻', 1],
    ['减轻处罚', '减轻', 1],
    ['从轻', '从轻', 2],
    ['从轻处罚', '从轻', 2],
    ['轻微', '从轻', 2],
    ['情节轻微', '从轻', 2],
    ['违法情节较轻', '从轻', 2],
    ['一般', '一般', 3],
    ['一般情节', '一般', 3],
    ['情节一般', '一般', 3],
    ['较重', '较重', 4],
    ['情节较重', '较重', 4],
    ['从重', '从重', 5],
    ['从重处罚', '从重', 5],
    ['严重', '从重', 5],
    ['情节严重', '从重', 5],
    ['特别严重', '特别严重', 6],
    ['情节特别严重', '特别严重', 6],
    [' 情节 严重 ', '从重', 5],
  ])('%s → %s (%d)', (raw, tier, rank) => {
    expect(normalizeTier(raw)).toEqual({ tier, rank, raw: raw.trim().replace(/\s+/g, ' ') });
  });
  it('names ranks in order', () => {
    expect(TIER_NAMES).toEqual(['不予处罚', '减轻', '从轻', '一般', '较重', '从重', '特别严重']);
  });
  it('returns null for blanks and labels that are no tier', () => {
    for (const raw of ['', null, 'A', '第一档', '100平方米以下']) expect(normalizeTier(raw)).toBeNull();
  });
});
