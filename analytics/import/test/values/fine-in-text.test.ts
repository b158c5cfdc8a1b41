import { describe, expect, it } from 'vitest';
import { fineFromText } from '../../values/fine-in-text.ts';

describe('fineFromText (处罚结果 / 处罚内容 when a file has no 罚款金额 column)', () => {
  it.each([
    ['罚款人民币伍仟元整', 5000],
    ['罚款5000元', 5000],
    ['处以罚款0.5万元', 5000],
    ['处5000元罚款', 5000],
    ['没收违法所得2000元，罚款5000元', 5000],
    ['警告，并处罚款200元', 200],
    ['责令改正；罚款1,200.50元。', 1200.5],
  ])('%s → %d 元', (text, yuan) => {
    expect(fineFromText(text)).toBe(yuan);
  });
  it('gives null when the text names no fine or cannot say which amount is the fine', () => {
    expect(fineFromText('警告')).toBeNull();
    expect(fineFromText('没收违法所得2000元')).toBeNull();
    expect(fineFromText('罚款')).toBeNull();
    expect(fineFromText('处以罚款5000元并没收违法所得2000元')).toBeNull();
    expect(fineFromText(null)).toBeNull();
  });
});
