/**
 * The survey statistics in one query: the respondent CTEs (`respondent-sql.ts`) computed once,
 * then four parts — `groups`, `items`, `reliability`, `dimensions` — stacked with UNION ALL BY NAME
 * into one long table keyed by `part` (columns a part does not have are NULL). One statement, so the
 * answers are joined to their responses and the per-respondent scores computed once; 100 000
 * respondents × 20 items stay well inside the 2 s budget. `splitStats` turns the rows back into
 * one typed list per part.
 */
import { join, sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import type { RateThresholds } from './rates.ts';
import { respondentCtes } from './respondent-sql.ts';
import { dimensionsPart, type DimensionStatsRow } from './stats-dimensions.ts';
import { groupsPart, type GroupStatsRow } from './stats-groups.ts';
import { itemsPart, type ItemStatsRow } from './stats-items.ts';
import { reliabilityPart, type ReliabilityRow } from './stats-reliability.ts';

/** The parts, by name. */
export type StatsPart = 'groups' | 'items' | 'reliability' | 'dimensions';

/** Every part, in order. */
export const STATS_PARTS: readonly StatsPart[] = ['groups', 'items', 'reliability', 'dimensions'];

/** The statistics query (all parts, or the ones named — tests check each alone). */
export function surveyStatsQuery(filter: FilterSpec, inst: Instrument, th: RateThresholds, parts: readonly StatsPart[] = STATS_PARTS): Fragment {
  const frags = parts.map((p) => (p === 'groups' ? groupsPart(th) : p === 'items' ? itemsPart() : p === 'reliability' ? reliabilityPart() : dimensionsPart()));
  return sql`${respondentCtes(filter, inst)}
${join(frags.map((f) => sql`(${f})`), '\nUNION ALL BY NAME\n')}`;
}

/** The rows of each part. */
export interface SurveyStats {
  groups: GroupStatsRow[];
  items: ItemStatsRow[];
  reliability: ReliabilityRow[];
  dimensions: DimensionStatsRow[];
}

/** Splits the long table by `part`. */
export function splitStats(rows: readonly ({ part: StatsPart } & Record<string, unknown>)[]): SurveyStats {
  const out: SurveyStats = { groups: [], items: [], reliability: [], dimensions: [] };
  for (const r of rows) (out[r.part] as unknown[]).push(r);
  return out;
}
