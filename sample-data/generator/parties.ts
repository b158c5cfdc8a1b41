/**
 * Parties and inspection targets. Organisations and shops are drawn from a pool per sector and
 * place, so repeat offenders exist and the same company can meet several agencies; natural persons
 * are made fresh (masked, as published).
 */

import type { Division } from './geo.ts';
import { NameBook, maskedId, maskedName, personName } from './names.ts';
import type { Rng } from './rng.ts';

/** 行政相对人类别. */
export type PartyType = '法人及非法人组织' | '个体工商户' | '自然人';

/** A party or inspection target. */
export interface Party {
  type: PartyType;
  name: string;
  /** 统一社会信用代码 (organisations, shops); null for persons and a few unregistered shops. */
  creditCode: string | null;
  /** Masked 身份证号 for natural persons. */
  idNumber: string | null;
  legalRep: string | null;
  division: string;
}

/** Pool of registered entities per sector × place. */
export class EntityPool {
  private readonly pools = new Map<string, Party[]>();

  constructor(private readonly book: NameBook, private readonly rng: Rng) {}

  /** A new entity (never reused by `fresh`; may be reused by `pick`). */
  create(sectorName: string, place: Division, type: '法人及非法人组织' | '个体工商户', register = true): Party {
    const rng = this.rng;
    const region = rng.pick(place.regionCodes);
    const isOrg = type === '法人及非法人组织';
    const name = isOrg ? this.book.orgName(rng, place.name, sectorName) : this.book.bizName(rng, place.name, sectorName);
    const code = register ? this.book.creditCode(rng, isOrg ? '91' : '92', region) : null;
    const party: Party = { type, name, creditCode: code, idNumber: null, legalRep: personName(rng), division: place.name };
    const key = `${sectorName}|${place.name}|${type}`;
    const list = this.pools.get(key) ?? [];
    list.push(party);
    this.pools.set(key, list);
    return party;
  }

  /** An entity of the pool, sometimes one met before (repeat offenders). */
  pick(rng: Rng, sectorName: string, place: Division, type: '法人及非法人组织' | '个体工商户', reuse = 0.25): Party {
    const list = this.pools.get(`${sectorName}|${place.name}|${type}`);
    if (list && list.length > 3 && rng.chance(reuse)) return rng.pick(list);
    return this.create(sectorName, place, type);
  }
}

/** A natural-person party. */
export function naturalPerson(rng: Rng, place: Division): Party {
  return {
    type: '自然人', name: maskedName(rng), creditCode: null, idNumber: maskedId(rng, rng.pick(place.regionCodes)),
    legalRep: null, division: place.name,
  };
}
