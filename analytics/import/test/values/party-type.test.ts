import { describe, expect, it } from 'vitest';
import { inferPartyType } from '../../values/party-type.ts';

describe('party type implied by the record (no 行政相对人类别)', () => {
  it('reads the 机构类别 of a credit code: 92… is 个体工商户, other codes an organisation', () => {
    expect(inferPartyType('92320703MA1XK8JL2N', null, null)).toBe('个体工商户');
    expect(inferPartyType('913207036J6THN7T19', null, null)).toBe('法人及非法人组织');
    expect(inferPartyType('12320700466142584Q', null, null)).toBe('法人及非法人组织'); // 机关 / 事业单位
    expect(inferPartyType('93320722MA1N4L2Y8K', null, null)).toBe('法人及非法人组织'); // 农民专业合作社
    expect(inferPartyType('52320700MJ1234567X', null, null)).toBe('法人及非法人组织');
  });

  it('takes an identity document as a person: its type, else a resident ID number (masked or not)', () => {
    expect(inferPartyType(null, '身份证', '320703********1164')).toBe('自然人');
    expect(inferPartyType(null, '居民身份证', null)).toBe('自然人');
    expect(inferPartyType(null, '港澳居民来往内地通行证', 'H01234567')).toBe('自然人');
    expect(inferPartyType(null, null, '320703199001011164')).toBe('自然人');
    expect(inferPartyType(null, null, '32070319900101116X')).toBe('自然人');
    expect(inferPartyType(null, null, '320703********1164')).toBe('自然人');
    expect(inferPartyType(null, null, '320703****1164')).toBe('自然人');
  });

  it('says nothing when nothing says it', () => {
    expect(inferPartyType(null, null, null)).toBeNull();
    expect(inferPartyType('', '', '')).toBeNull();
    expect(inferPartyType('320703', null, 'ABC123')).toBeNull();
    expect(inferPartyType(null, '营业执照', '12345')).toBeNull();
  });
});
