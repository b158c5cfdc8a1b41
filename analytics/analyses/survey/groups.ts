/**
 * Turning the grouped SQL rows into result rows: each group's DOMAIN §6 index from its item scores,
 * the t-interval of its per-respondent indexes, its 满意率 / 差评率 and the too-small mark.
 */
import type { Instrument } from './instrument.ts';
import type { GroupLevel, GroupStatsRow } from './stats-groups.ts';
import type { ItemStatsRow } from './stats-items.ts';
import { tInterval } from './stats/t-interval.ts';
import { surveyIndex } from './survey-index.ts';
import type { SurveyGroupStats } from './types.ts';

/** The group key of a row at a level (null for the city and the scope as a whole). */
export function groupKey(level: GroupLevel, row: { agency: string | null; division: string | null; respondent_type: string | null }): string | null {
  switch (level) {
    case 'agency':
    case 'city_agency':
      return row.agency;
    case 'division':
      return row.division;
    case 'respondent_type':
      return row.respondent_type;
    default:
      return null;
  }
}

function mapKey(level: GroupLevel, key: string | null): string {
  return JSON.stringify([level, key]);
}

/** Item scores by (level, key) → (item code → score). */
export class ItemScores {
  private readonly byGroup = new Map<string, Map<string, number | null>>();
  private readonly rows = new Map<string, ItemStatsRow>();

  /** `codes[i]` is the code of item number i. */
  constructor(rows: readonly ItemStatsRow[], codes: readonly string[]) {
    for (const r of rows) {
      const k = mapKey(r.level, groupKey(r.level, r));
      let m = this.byGroup.get(k);
      if (!m) this.byGroup.set(k, (m = new Map()));
      m.set(codes[r.item], r.mean);
      if (r.level === 'overall') this.rows.set(codes[r.item], r);
    }
  }

  /** A group's item scores (empty when it answered nothing). */
  scores(level: GroupLevel, key: string | null): ReadonlyMap<string, number | null> {
    return this.byGroup.get(mapKey(level, key)) ?? new Map();
  }

  /** The scope-level row of an item (n, mean, variance). */
  overallRow(itemCode: string): ItemStatsRow | undefined {
    return this.rows.get(itemCode);
  }
}

/** Ratio or null for an empty denominator. */
export function share(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** The result statistics of one group. */
export function groupStats(row: GroupStatsRow | undefined, index: number | null, minGroupSize: number): SurveyGroupStats {
  const scored = row?.scored ?? 0;
  const ci = tInterval(scored, row?.mean ?? null, row?.variance ?? null);
  return {
    responses: row?.responses ?? 0,
    scored,
    index,
    respondent_mean: row?.mean ?? null,
    ci_low: ci.low,
    ci_high: ci.high,
    rated: row?.rated ?? 0,
    satisfied_rate: share(row?.satisfied ?? 0, row?.rated ?? 0),
    negative_rate: share(row?.negative ?? 0, row?.rated ?? 0),
    too_small: scored < minGroupSize,
  };
}

/** Result statistics for every row of a level, keyed by the group value. */
export function levelStats(
  level: GroupLevel, stats: readonly GroupStatsRow[], items: ItemScores, inst: Instrument, minGroupSize: number,
): { key: string | null; stats: SurveyGroupStats; row: GroupStatsRow }[] {
  return stats.filter((r) => r.level === level).map((row) => {
    const key = groupKey(level, row);
    return { key, row, stats: groupStats(row, surveyIndex(inst, items.scores(level, key)).index, minGroupSize) };
  });
}

/** Sort: lowest index first (the groups a supervisor looks at), no index last, then by name. */
export function byIndexAscending<T extends { index: number | null }>(name: (t: T) => string | null): (a: T, b: T) => number {
  return (a, b) => {
    if (a.index === null || b.index === null) return a.index === b.index ? 0 : a.index === null ? 1 : -1;
    return a.index - b.index || (name(a) ?? '').localeCompare(name(b) ?? '', 'zh');
  };
}
