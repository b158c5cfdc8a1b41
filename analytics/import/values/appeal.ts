/**
 * Small label vocabularies of hotline tickets and penalty records (DOMAIN §1, §3): ticket type,
 * callback satisfaction, resolved flag, procedure, party type and yes/no cells. Each function returns
 * null for a blank cell; the caller keeps the raw text next to the normalised value.
 */
import { cleanLabel } from './text.ts';

/** Ticket types after normalisation (DOMAIN §3). */
export type AppealType = '投诉' | '举报' | '咨询' | '建议' | '求助' | '其他';

/**
 * 工单类型 / 诉求类型 → one of six. Keyword order matters: 投诉 first, so 投诉举报类 → 投诉 (DOMAIN §3);
 * 建议 covers 建议批评 / 意见建议 / 批评 / 意见; 求助类 → 求助. Anything else that is not blank
 * (表扬, 感谢, 其他类) → 其他.
 */
export function normalizeAppealType(raw: unknown): AppealType | null {
  const s = cleanLabel(raw);
  if (s === null) return null;
  if (s.includes('投诉')) return '投诉';
  if (s.includes('举报')) return '举报';
  if (s.includes('咨询')) return '咨询';
  if (s.includes('建议') || s.includes('意见') || s.includes('批评')) return '建议';
  if (s.includes('求助')) return '求助';
  return '其他';
}

/** Callback satisfaction after normalisation. */
export type Satisfaction = '满意' | '基本满意' | '不满意';

/** No rating was given: these count as unrated, not as a level. */
const UNRATED = /未评价|未回访|不评价|拒绝评价|拒评|无法联系|未接通|无人接听|空号|关机|未评|暂无|不需回访|无需回访/;

/**
 * 满意度 → 满意 / 基本满意 / 不满意, or null for blank, unrated (未评价, 未回访, 无法联系 …) and
 * unrecognised labels. 非常满意 / 很满意 / 比较满意 → 满意 (比较满意 is the second of five levels where it
 * is used, like 满意); 基本满意 / 理解 / 一般 → 基本满意 (DOMAIN §3 lists 理解 with 基本满意; 一般 is the
 * same middle answer); 不满意 / 非常不满意 / 不太满意 → 不满意.
 */
export function normalizeSatisfaction(raw: unknown): Satisfaction | null {
  const s = cleanLabel(raw);
  if (s === null || UNRATED.test(s)) return null;
  if (s.includes('不满意') || s.includes('不太满意')) return '不满意';
  if (s.includes('基本满意') || s === '理解' || s === '一般') return '基本满意';
  if (s.includes('满意')) return '满意';
  return null;
}

const NEGATION = /未|不|无法|没有/;

/**
 * 是否解决 → true / false / null. 是 / 已解决 / 解决 / 已办结 → true; 否 / 未解决 / 不解决 / 无法解决 → false;
 * 部分解决 → null (neither answer is honest); other yes/no forms through {@link normalizeBool}.
 */
export function normalizeResolved(raw: unknown): boolean | null {
  const s = cleanLabel(raw);
  if (s === null || s.includes('部分')) return null;
  if (NEGATION.test(s) && s.includes('解决')) return false;
  if (s.includes('解决') || s === '已办结') return true;
  return normalizeBool(s);
}

/** 程序类型 of a penalty decision. */
export type Procedure = '简易' | '普通';

/**
 * 简易 / 简易程序 / 当场处罚 → 简易; 普通 / 普通程序 / 一般程序 / 快速办理 → 普通 (快速办理 is a shortened
 * ordinary procedure, not 行政处罚法 第五十一条's on-the-spot decision); anything else → null.
 */
export function normalizeProcedure(raw: unknown): Procedure | null {
  const s = cleanLabel(raw);
  if (s === null) return null;
  if (s.includes('简易') || s.includes('当场')) return '简易';
  if (s.includes('普通') || s.includes('一般程序') || s.includes('快速办理')) return '普通';
  return null;
}

/** 行政相对人类别 (DOMAIN §1). */
export type PartyType = '法人及非法人组织' | '个体工商户' | '自然人';

const ORGANISATION = /法人|组织|企业|单位|公司|机关|团体|合作社/;
const PERSON = /自然人|公民|个人|居民/;

/**
 * 行政相对人类别 → 法人及非法人组织 / 个体工商户 / 自然人, or null. 个体 is checked first (个体工商户,
 * 个体户); then 法人 / 组织 / 企业 / 单位 / 公司 / 机关 (法人, 其他组织, 非法人组织, 法人和其他组织); then
 * 自然人 / 公民 / 个人.
 */
export function normalizePartyType(raw: unknown): PartyType | null {
  const s = cleanLabel(raw);
  if (s === null) return null;
  if (s.includes('个体')) return '个体工商户';
  if (ORGANISATION.test(s)) return '法人及非法人组织';
  if (PERSON.test(s)) return '自然人';
  return null;
}

const TRUE_WORDS: ReadonlySet<string> = new Set(['是', 'Y', 'YES', 'TRUE', 'T', '1', '有', '√', '✓', '✔', '对', '已']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['否', 'N', 'NO', 'FALSE', 'F', '0', '无', '×', '✗', '✘', 'X', '错', '未', '不是', '没有']);

/** 是/否, Y/N, YES/NO, TRUE/FALSE, 1/0, 有/无, √/×, 对/错 → boolean; blank or anything else → null. */
export function normalizeBool(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  const s = cleanLabel(raw);
  if (s === null) return null;
  const u = s.toUpperCase();
  if (TRUE_WORDS.has(u)) return true;
  if (FALSE_WORDS.has(u)) return false;
  return null;
}
