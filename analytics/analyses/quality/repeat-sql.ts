/**
 * Repeat inspections (DOMAIN §8): the same target inspected by two or more different agencies within
 * 30 days is one repeat episode. The clustering, precisely:
 *
 * 1. **Target.** An inspection's target is its 统一社会信用代码 when recorded, as stored (the importer
 *    trims and upper-cases it; re-normalizing every row of a large year here would cost more than
 *    the rest of the analysis). Without one, the code is adopted from the other inspections of the
 *    same target name (as written) when they carry exactly one code between them; otherwise the
 *    normalized name (see `normName`) identifies the target. Inspections with neither are left
 *    out. (Adoption compares names as written so that only the uncoded minority is normalized —
 *    normalizing every target name of a large year costs more than the whole analysis.)
 * 2. **Chains.** A target's inspections are sorted by date; each inspection joins the chain of the
 *    previous one when the gap between them is ≤ `REPEAT_WINDOW_DAYS` days, else starts a new chain
 *    (single linkage: a chain may last longer than 30 days in all if every step is within 30 days
 *    — a target visited every three weeks by a different agency is one continuing burden, not
 *    several). Inspections of one day always share a chain, so their order does not matter.
 * 3. **Episodes.** A chain that involves ≥ 2 distinct agencies is one episode, however many
 *    inspections it holds.
 *
 * Scope: chains are built from all inspections of the filter year (and division — the inspection's
 * division); the agency and sector filter then keeps the episodes that involve a selected agency,
 * since an agency's repeat inspections can only be seen next to the other agencies'.
 * Agency pairs: every unordered pair of distinct agencies within an episode counts that episode once.
 *
 * Speed: targets and agencies are keyed by DuckDB's 64-bit `hash` (of code and name, of the agency
 * name) so that grouping, partitioning and sorting run on integers — text keys made the clustering
 * several times slower. Two targets or agencies would have to collide to be merged: odds of about
 * 1e-8 even at a million targets.
 */
import { divisionCondition, yearRange, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { normName } from '../deviation/normalize-sql.ts';
import { agencyScope } from './agency-scope.ts';

/** The repeat window in days (DOMAIN §8: within 30 days). */
export const REPEAT_WINDOW_DAYS = 30;
/** Default cap of the example list. */
export const EXAMPLES_LIMIT = 50;

/**
 * CTEs from the filtered inspections to `cha` (chain × agency).
 *
 * Only targets with a *link* — two inspections by different agencies, consecutive in date order and
 * at most the window apart — are chained at all (`near`): a chain of two or more agencies has such
 * a link (somewhere its agency changes, between two consecutive inspections of the chain), so the
 * other targets hold no episode. Links are found in one pass over every inspection sorted by target
 * and date (no per-target partitions: a year has hundreds of thousands of targets). Inspections of
 * one day may come in any order; if two agencies inspected that day, some consecutive pair differs.
 *
 * Materialization: the per-inspection relations (`fi`, `tk`) are scanned again rather than copied —
 * copying half a million rows of text costs more than reading them — while the uncoded minority
 * (`uc`) and everything derived from it are small and kept.
 */
function chainCtes(filter: FilterSpec): Fragment {
  const place = filter.division ? divisionCondition(sql`i.division`, filter.division) : sql`true`;
  return sql`fi AS NOT MATERIALIZED (
      SELECT i.agency, hash(i.agency) AS aid, i.target_name, i.inspected_on, nullif(i.target_credit_code, '') AS code0,
        ${agencyScope(filter, sql`i.agency`)} AS in_scope
      FROM inspection i WHERE ${yearRange(sql`i.inspected_on`, filter.year)} AND ${place}),
    uc AS MATERIALIZED (SELECT * FROM fi WHERE code0 IS NULL),
    name_code AS MATERIALIZED (
      SELECT target_name, min(code0) AS code FROM fi
      WHERE code0 IS NOT NULL AND target_name IN (SELECT target_name FROM uc)
      GROUP BY target_name HAVING count(DISTINCT code0) = 1),
    un_names AS MATERIALIZED (
      SELECT v, ${normName(sql`v`)} AS n
      FROM (SELECT DISTINCT uc.target_name AS v FROM uc ANTI JOIN name_code nc ON nc.target_name = uc.target_name)),
    ut AS MATERIALIZED (
      SELECT uc.agency, uc.aid, uc.target_name, uc.inspected_on, uc.in_scope, nc.code,
        hash(nc.code, CASE WHEN nc.code IS NULL THEN n.n END) AS tid
      FROM uc LEFT JOIN name_code nc ON nc.target_name = uc.target_name LEFT JOIN un_names n ON n.v = uc.target_name
      WHERE nc.code IS NOT NULL OR n.n IS NOT NULL),
    tk AS NOT MATERIALIZED (
      SELECT agency, aid, target_name, inspected_on, in_scope, code0 AS code, hash(code0, NULL::VARCHAR) AS tid
      FROM fi WHERE code0 IS NOT NULL
      UNION ALL SELECT agency, aid, target_name, inspected_on, in_scope, code, tid FROM ut),
    near AS MATERIALIZED (
      SELECT DISTINCT tid FROM (
        SELECT tid, aid, inspected_on, lag(tid) OVER w AS prev_tid, lag(aid) OVER w AS prev_aid, lag(inspected_on) OVER w AS prev_on
        FROM tk WINDOW w AS (ORDER BY tid, inspected_on))
      WHERE tid = prev_tid AND aid <> prev_aid AND inspected_on - prev_on <= ${REPEAT_WINDOW_DAYS}),
    gaps AS (
      SELECT tk.*, inspected_on - lag(inspected_on) OVER (PARTITION BY tk.tid ORDER BY inspected_on) AS gap
      FROM tk SEMI JOIN near ON near.tid = tk.tid),
    chained AS (
      SELECT *, sum(CASE WHEN gap IS NULL OR gap > ${REPEAT_WINDOW_DAYS} THEN 1 ELSE 0 END)
        OVER (PARTITION BY tid ORDER BY inspected_on ROWS UNBOUNDED PRECEDING) AS chain
      FROM gaps),
    cha AS (
      SELECT tid, chain, aid, any_value(agency) AS agency, count(*) AS n, min(target_name) AS target_name,
        any_value(code) AS code, min(inspected_on) AS first_date, max(inspected_on) AS last_date, bool_or(in_scope) AS in_scope
      FROM chained GROUP BY tid, chain, aid)`;
}

/**
 * One row per (target, chain, agency) of the chained targets (the CTE `cha` above): what
 * `runQuality` holds in a temporary table, since the pairs and the episodes both start from it.
 */
export function chainsSelect(filter: FilterSpec): Fragment {
  return sql`WITH ${chainCtes(filter)} SELECT * FROM cha`;
}

/**
 * The CTEs `ep` (one row per repeat episode: a chain inspected by two or more agencies, at least one
 * in the filter's scope) and `epa` (its agencies), read from `source` (a relation of `chainsSelect`
 * rows; by default computed in place).
 */
export function episodeCtes(filter: FilterSpec, source: Fragment = sql`(${chainsSelect(filter)})`): Fragment {
  return sql`ep AS (
      SELECT tid, chain, min(target_name) AS target_name, any_value(code) AS target_credit_code, min(first_date) AS first_date,
        max(last_date) AS last_date, sum(n) AS inspections, count(*) AS agency_count
      FROM ${source} cha GROUP BY tid, chain
      HAVING count(*) >= 2 AND bool_or(in_scope)),
    epa AS (SELECT cha.tid, cha.chain, cha.agency FROM ${source} cha SEMI JOIN ep ON ep.tid = cha.tid AND ep.chain = cha.chain)`;
}

/** Agency pairs by the number of episodes they share, most first. */
export function agencyPairsQuery(filter: FilterSpec, source?: Fragment): Fragment {
  return sql`WITH ${episodeCtes(filter, source)}
    SELECT a.agency AS agency_a, b.agency AS agency_b, count(*) AS episodes
    FROM epa a JOIN epa b ON a.tid = b.tid AND a.chain = b.chain AND a.agency < b.agency
    GROUP BY a.agency, b.agency
    ORDER BY episodes DESC, agency_a, agency_b`;
}

/**
 * Up to `limit` episodes, most agencies first, then most inspections, then earliest. Every row also
 * carries the totals over all episodes (before the cap): `total` (episodes), `targets`,
 * `inspections_involved`.
 */
export function episodesQuery(filter: FilterSpec, limit = EXAMPLES_LIMIT, source?: Fragment): Fragment {
  return sql`WITH ${episodeCtes(filter, source)},
    names AS (SELECT tid, chain, string_agg(agency, '、' ORDER BY agency) AS agencies FROM epa GROUP BY tid, chain)
    SELECT ep.target_name, ep.target_credit_code, ep.first_date, ep.last_date, (ep.last_date - ep.first_date)::INTEGER AS days,
      ep.inspections, ep.agency_count, n.agencies, count(*) OVER () AS total,
      count(DISTINCT ep.tid) OVER () AS targets, sum(ep.inspections) OVER () AS inspections_involved
    FROM ep JOIN names n ON n.tid = ep.tid AND n.chain = ep.chain
    ORDER BY ep.agency_count DESC, ep.inspections DESC, ep.first_date, ep.target_name
    LIMIT ${limit}`;
}
