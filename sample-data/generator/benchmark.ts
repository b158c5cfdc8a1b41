/**
 * Benchmark matching and assessment of one case, as DOMAIN §8 defines it, using only what the
 * exports show (the tier label when given, the 违法所得/货值 when given). The truth file's
 * deviation figures come from here; the tests recompute them from the written files.
 */

import { versionOn } from './catalog/build.ts';
import type { Tier, Violation } from './catalog/types.ts';

/** Status of a case against its benchmark. */
export type Status = 'within' | 'below' | 'above' | 'no_rule' | 'not_assessable';

/** What assessment needs to know about a case. */
export interface Assessable {
  violation: Violation;
  date: string;
  tier: Tier;
  tierShown: boolean;
  gain: number | null;
  gainShown: boolean;
  fine: number;
}

/** The [min, max] in 元 a case is held to, or a status when it cannot be held to one. */
export function boundsOf(c: Assessable): { lo: number; hi: number | null } | Status {
  if (c.violation.noRule) return 'no_rule';
  const version = versionOn(c.violation, c.date);
  if (!version) return 'no_rule';
  const tiers = c.tierShown ? version.tiers.filter((t) => t.label === c.tier.label) : version.tiers;
  if (tiers.length === 0) return 'no_rule';
  if (tiers.some((t) => t.kind === 'multiple')) {
    if (tiers.some((t) => t.kind !== 'multiple')) throw new Error(`mixed-kind union for ${c.violation.code}`);
    if (!c.gainShown || c.gain === null) return 'not_assessable';
    const lo = Math.min(...tiers.map((t) => t.mult![0])) * c.gain;
    const hi = Math.max(...tiers.map((t) => t.mult![1])) * c.gain;
    return { lo, hi };
  }
  const lo = Math.min(...tiers.map((t) => t.min));
  const hi = tiers.some((t) => t.max === null) ? null : Math.max(...tiers.map((t) => t.max!));
  return { lo, hi };
}

/** Status of a case: closed bounds (以上/以下 include the number). */
export function assess(c: Assessable): Status {
  const b = boundsOf(c);
  if (typeof b === 'string') return b;
  if (c.fine < b.lo) return 'below';
  if (b.hi !== null && c.fine > b.hi) return 'above';
  return 'within';
}
