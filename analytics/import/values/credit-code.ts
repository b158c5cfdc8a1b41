/**
 * 统一社会信用代码 (GB 32100—2015): 18 characters — registration authority (1), organisation
 * type (1), 行政区划码 (6), organisation code (9), check character (1).
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character for the first 17 characters of a credit code, or null when they are malformed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check];
}

/** True when `code` is an 18-character credit code whose check character is right. */
export function isValidCreditCode(code: string): boolean {
  const c = code.trim().toUpperCase();
  return c.length === 18 && creditCodeCheckChar(c.slice(0, 17)) === c[17];
}

/**
 * The six-digit 行政区划码 carried by a credit code (characters 3–8), or null when the code is not
 * a well-formed credit code. The check character is not required to be right: region inference is a
 * fallback and a mistyped last character does not move a company to another county.
 */
export function creditCodeRegion(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (c.length !== 18) return null;
  const region = c.slice(2, 8);
  return /^\d{6}$/.test(region) ? region : null;
}
