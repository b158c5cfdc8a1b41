/**
 * Recurring complaint themes of enforcement satisfaction comments (issue 5 item 6; the themes the
 * city plan names: repeated and multi-agency inspections, attitude, delay, arbitrary or excessive
 * fines, inaction, openness). Data: theme → keywords. A comment mentions a theme when its text
 * contains any keyword (substring match on the whole comment, so 重复检查 is found however the
 * segmenter splits it). Negation is not analysed: "态度很好" mentions 态度 — the share is of
 * comments that raise the subject, which is what analysts count by hand.
 */

/** One theme and the words that signal it. */
export interface Theme {
  theme: string;
  keywords: readonly string[];
}

/** The themes, in report order. */
export const COMPLAINT_THEMES: readonly Theme[] = [
  { theme: '重复检查', keywords: ['重复检查', '多头检查', '多头执法', '反复检查', '频繁检查', '多次检查', '检查过多', '检查太多', '重复执法'] },
  { theme: '态度', keywords: ['态度', '生硬', '不耐烦', '粗暴', '蛮横', '冷漠', '脸难看', '门难进', '刁难', '傲慢'] },
  { theme: '拖延/效率', keywords: ['拖延', '拖拉', '迟迟', '效率低', '效率不高', '不及时', '太慢', '久拖', '推诿', '办事慢'] },
  { theme: '乱罚款/罚款过重', keywords: ['乱罚款', '乱处罚', '罚款过重', '处罚过重', '罚得太重', '以罚代管', '一刀切', '过罚不当', '趋利执法', '罚款标准'] },
  { theme: '不作为', keywords: ['不作为', '慢作为', '没人管', '无人管', '不管不问', '敷衍', '踢皮球', '不处理'] },
  { theme: '公开/透明', keywords: ['公开', '透明', '公示', '查询不方便', '暗箱'] },
  { theme: '标准不统一', keywords: ['标准不统一', '同案不同罚', '尺度不一', '选择性执法', '人情执法', '不公平', '不公正'] },
];
