import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeRegion, isValidCreditCode } from '../../values/credit-code.ts';

describe('credit code (GB 32100—2015)', () => {
  it('computes the check character of published example codes', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91100000100001342')).toBe('8');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('911000001000013428')).toBe(true);
  });
  it('rejects a wrong check character, wrong length and illegal characters', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(creditCodeCheckChar('91350100I000100Y4')).toBeNull(); // I is not in the charset
  });
  it('accepts lower case and surrounding spaces', () => {
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
  });
  it('extracts the region even when the check character is wrong', () => {
    expect(creditCodeRegion('91320706MA1MXXX1X0')).toBe('320706');
    expect(creditCodeRegion('9132070')).toBeNull();
    expect(creditCodeRegion('91AB0706MA1MXXX1X0')).toBeNull();
  });
});
