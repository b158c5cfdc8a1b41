/** The generator's internal penalty decision (what the exports are rendered from). */

import type { Agency } from './agencies.ts';
import type { Tier, Violation } from './catalog/types.ts';
import type { Party } from './parties.ts';

/** Why a case looks the way it does, when it was planted. */
export type PlantTag = 'above' | 'below' | 'over_cap' | 'dispersed' | null;

/** One penalty decision. */
export interface PenaltyCase {
  year: number;
  agency: Agency;
  date: string;
  decisionNo: string;
  party: Party;
  violation: Violation;
  /** The tier the amount was drawn from (shown in 裁量阶次 unless `tierShown` is false). */
  tier: Tier;
  tierShown: boolean;
  /** 违法所得 or 货值金额 (the base of a multiple-based rule); shown unless `gainShown` is false. */
  gain: number | null;
  gainShown: boolean;
  fine: number;
  /** The amount drawn within the tier, before any planted deviation. */
  baseFine: number;
  confiscation: number;
  categories: string[];
  procedure: '简易' | '普通';
  licence: string;
  facts: string;
  plant: PlantTag;
  /** A revoked duplicate published before the corrected record (does not count). */
  revoked: boolean;
}
