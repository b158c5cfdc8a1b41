/**
 * Violation catalogue types. A violation is written compactly (`spec`) and expanded by `build.ts`
 * into rule versions with concrete dates for the generated year.
 */

import type { RangeStyle } from '../sectors.ts';

/** Who is usually the party: 法人及非法人组织, 个体工商户 or 自然人. */
export type PartyMix = 'org' | 'biz' | 'person' | 'mixed';

/** Base of a multiple-based range. */
export type GainBase = '违法所得' | '货值金额';

/** One tier of a benchmark (a row of the benchmark table). */
export interface Tier {
  label: string;
  rank: number;
  kind: 'fixed' | 'multiple' | 'zero';
  /** Fixed range in 元 (closed); `max` null for `X元以上`. */
  min: number;
  max: number | null;
  /** Multiple range (0.3 = 30 %) for `kind: 'multiple'`. */
  mult: [number, number] | null;
  situation: string;
}

/** The tiers in force between two dates (inclusive; `to` null = open). */
export interface RuleVersion {
  from: string;
  to: string | null;
  tiers: Tier[];
}

/** One violation type with its benchmark. */
export interface Violation {
  code: string;
  name: string;
  sector: string;
  /** 法律依据: the provision that was broken. */
  law: string;
  /** 处罚依据: the provision that sets the penalty. */
  basis: string;
  weight: number;
  party: PartyMix;
  gainBase: GainBase | null;
  /** Typical 违法所得 / 货值 in 元 for multiple-based rules. */
  gainMedian: number;
  confiscate: '没收违法所得' | '没收非法财物' | null;
  /** Heavier sanction added in the heaviest tiers (责令停产停业, 吊销许可证 …). */
  extra: string | null;
  /** Eligible for 简易程序 when the amount allows. */
  simple: boolean;
  /** No published benchmark: cases carry no tier and match no rule. */
  noRule: boolean;
  style: RangeStyle;
  versions: RuleVersion[];
}

/** The compact form a catalogue file writes. */
export interface ViolationSpec {
  code: string;
  name: string;
  law: string;
  basis: string;
  /** Tiers in DSL form, light to heavy: `一般 5000-10000`, `轻微 0`, `一般 -3000`, `严重 100000-`, `一般 x1-3`, `一般 %30-50`. */
  tiers: string[];
  /** Tiers of a revision taking effect on 1 July of the generated year. */
  revised?: string[];
  w?: number;
  party?: PartyMix;
  gain?: GainBase;
  gainMedian?: number;
  confiscate?: '没收违法所得' | '没收非法财物';
  extra?: string;
  simple?: boolean;
  noRule?: boolean;
}
