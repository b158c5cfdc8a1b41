/**
 * The survey statistics in one query: the respondent CTEs (`respondent-sql.ts`) computed once,
 * then two branches stacked with UNION ALL BY NAME into one long table keyed by `part` (columns a
 * branch does not have are NULL):
 *   groups   one row per group with its item scores as a list (`stats-groups.ts`, `stats-items.ts`)
 *   scope    the `dimensions` and `reliability` rows (`stats-scope.ts`)
 * One statement, so the answers are joined to their responses and the per-respondent scores
 * computed once; 100 000 respondents × 20 items stay well inside the 2 s budget. The table is kept
 * narrow (a few hundred rows, integer counts) because turning result rows into JavaScript objects
 * costs about as much per value as DuckDB spends computing them. `splitStats` turns the rows back
 * into one typed list per part.
 */
import { join, sql, type Fragment } from '../../sql/fragment.ts';
import type { FilterSpec } from '../filter.ts';
import type { Instrument } from './instrument.ts';
import type { RateThresholds } from './rates.ts';
import { respondentCtes } from './respondent-sql.ts';
import { GROUP_LEVELS, groupsPart, type GroupStatsRow } from './stats-groups.ts';
import type { ItemStatsRow } from './stats-items.ts';
import { scopePart, type DimensionStatsRow, type ReliabilityRow } from './stats-scope.ts';

/** The branches of the query, by name. */
export type StatsBranch = 'groups' | 'scope';

/** Every branch, in order. */
export const STATS_BRANCHES: readonly StatsBranch[] = ['groups', 'scope'];

/** The statistics query (all branches, or the ones named — tests check each alone); `undated`: see `scope.ts`. */
export function surveyStatsQuery(
  filter: FilterSpec, inst: Instrument, th: RateThresholds, undated: number, branches: readonly StatsBranch[] = STATS_BRANCHES,
): Fragment {
  const frags = branches.map((b) => (b === 'groups' ? groupsPart(th) : scopePart()));
  return sql`${respondentCtes(filter, inst, undated)}
${join(frags.map((f) => sql`(${f})`), '\nUNION ALL BY NAME\n')}`;
}

/** One row of the query (the union of the branches' columns). */
export interface StatsRow {
  part: 'groups' | 'dimensions' | 'reliability';
  g: number | null;
  key: string | null;
  i: number | null;
  tc: number | null;
  n: number;
  scored: number | null;
  mean: number | null;
  variance: number | null;
  rated: number | null;
  satisfied: number | null;
  negative: number | null;
  /** [item, answered, mean, variance] per item the group answered. */
  items: (number | null)[][] | null;
  pairs: number | null;
  r: number | null;
  cov_total: number | null;
  total_variance: number | null;
}

/** The rows of each part. */
export interface SurveyStats {
  groups: GroupStatsRow[];
  items: ItemStatsRow[];
  reliability: ReliabilityRow[];
  dimensions: DimensionStatsRow[];
}

/** Splits the long table by `part`, and each group's item list into item rows. */
export function splitStats(rows: readonly StatsRow[]): SurveyStats {
  const out: SurveyStats = { groups: [], items: [], reliability: [], dimensions: [] };
  for (const r of rows) {
    if (r.part === 'dimensions') {
      out.dimensions.push({ dim: r.i as number, n: r.n, mean: r.mean, variance: r.variance, pairs: r.pairs ?? 0, r: r.r });
    } else if (r.part === 'reliability') {
      out.reliability.push({ item: r.i as number, tc: r.tc as number, n: r.n, variance: r.variance, cov_total: r.cov_total, total_variance: r.total_variance });
    } else {
      const level = GROUP_LEVELS[r.g as number];
      const keys = {
        agency: level === 'agency' || level === 'city_agency' ? r.key : null,
        division: level === 'division' ? r.key : null,
        respondent_type: level === 'respondent_type' ? r.key : null,
      };
      out.groups.push({
        level, ...keys, responses: r.n, scored: r.scored ?? 0, mean: r.mean, variance: r.variance,
        rated: r.rated ?? 0, satisfied: r.satisfied ?? 0, negative: r.negative ?? 0,
      });
      if (level === 'city_agency') continue;
      for (const [item, answered, mean, variance] of r.items ?? []) {
        out.items.push({ level, ...keys, item: item as number, answered: answered as number, mean, variance });
      }
    }
  }
  return out;
}
