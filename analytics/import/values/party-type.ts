/**
 * The party type (行政相对人类别) a penalty record implies when it does not say. The national 双公示
 * templates have no type column: the legal-person sheet carries 统一社会信用代码, the natural-person
 * sheet 证件类型 + 证件号码. A credit code's second character is its 机构类别 (GB 32100—2015): under
 * the 工商 registration authority (9), 2 is 个体工商户; every other code names an organisation.
 * An identity document names a person.
 */
import type { PartyType } from './appeal.ts';

// 身份证 (incl. 居民身份证), passports and the mainland travel permits of HK / Macao / Taiwan residents.
const PERSON_DOCUMENT = /身份证|护照|通行证|居住证|台胞证|回乡证|军官证|士兵证/;
// An 18-character resident ID number, as exports show it: whole or with the middle masked.
const ID_CARD_NUMBER = /^\d{6}[\d*]{8}\d{3}[\dX*]$|^\d{6}\*+\d{3,4}[\dX]?$/;

/** 18 characters with the 行政区划码 in places 3–8: the shape of a 统一社会信用代码 (as stored: trimmed, upper case). */
function isCreditCodeShape(code: string): boolean {
  if (code.length !== 18) return false;
  // Runs on every row of a template without a type column: char codes, no regex or new strings.
  for (let i = 2; i < 8; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The type implied by the record's credit code (as stored: trimmed, upper case), else its identity
 * document; null when neither says.
 */
export function inferPartyType(creditCode: string | null, idType: string | null, idNumber: string | null): PartyType | null {
  if (creditCode !== null && isCreditCodeShape(creditCode)) {
    return creditCode.charCodeAt(0) === 57 && creditCode.charCodeAt(1) === 50 ? '个体工商户' : '法人及非法人组织';
  }
  if (idType && PERSON_DOCUMENT.test(idType)) return '自然人';
  const id = idNumber?.replace(/\s+/g, '').toUpperCase() ?? '';
  return ID_CARD_NUMBER.test(id) ? '自然人' : null;
}
