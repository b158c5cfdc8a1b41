/**
 * Stop words of the comment keywords: function words, pronouns, degree adverbs, the request
 * phrases every suggestion starts with (希望, 建议) — which say nothing about what a comment is
 * about — and the words nearly every comment on enforcement contains (执法, 人员). Data, kept apart
 * from the code so analysts can extend it. Only words of two or more characters matter (shorter
 * words are dropped anyway).
 */

/** Words never reported as keywords. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // pronouns and demonstratives
  '我们', '你们', '他们', '她们', '它们', '自己', '大家', '这个', '那个', '这些', '那些', '这样', '那样', '这种', '那种',
  '这里', '那里', '什么', '怎么', '如何', '为何', '哪些', '其他', '其它', '有关', '相关', '各位', '本人', '贵局', '贵单位',
  // conjunctions, prepositions, particles
  '而且', '并且', '但是', '可是', '不过', '因为', '所以', '如果', '虽然', '还是', '或者', '以及', '对于', '关于', '由于',
  '通过', '根据', '按照', '为了', '然后', '而是', '就是', '只是', '还有', '以后', '以前', '之后', '之前', '时候', '目前',
  '已经', '一直', '一定', '一下', '一些', '一点', '一个', '一次', '有些', '有点', '同时', '另外', '其中', '以上', '以下',
  // degree and frequency adverbs
  '非常', '比较', '十分', '特别', '相当', '稍微', '更加', '进一步', '总是', '经常', '往往', '有时', '偶尔', '基本', '总体',
  '整体', '总的来说', '总之', '确实', '真的', '可能', '应该', '能够', '可以', '需要', '必须', '能否', '是否',
  // generic verbs and request phrases
  '希望', '建议', '要求', '存在', '没有', '进行', '出现', '表示', '认为', '觉得', '感觉', '知道', '看到', '情况', '方面',
  '问题', '工作', '部分', '个别', '有的', '提出', '做到', '加以', '给予', '予以', '不是', '谢谢', '感谢',
  // words nearly every enforcement comment contains, and contact boilerplate
  '执法', '人员', '执法人员', '工作人员', '联系', '电话', '联系电话', '手机', '号码',
  // survey boilerplate
  '无', '没有意见', '暂无', '无意见', '没意见', '其他意见', '意见', '建议意见',
]);
