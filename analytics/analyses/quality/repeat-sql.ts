/**
 * Repeat inspections (DOMAIN §8): the same target inspected by two or more different agencies within
 * 30 days is one repeat episode. The clustering, precisely:
 *
 * 1. **Target.** An inspection's target is its 统一社会信用代码 (half-width, upper-case, no spaces)
 *    when recorded. Without one, the code is adopted from the other inspections of the same
 *    normalized name (see `normName`) when they carry exactly one code between them; otherwise the
 *    normalized name identifies the target. Inspections with neither are left out.
 * 2. **Chains.** A target's inspections are sorted by date (then agency, then id); each inspection
 *    joins the chain of the previous one when the gap between them is ≤ `REPEAT_WINDOW_DAYS` days,
 *    else starts a new chain (single linkage: a chain may last longer than 30 days in all if every
 *    step is within 30 days — a target visited every three weeks by a different agency is one
 *    continuing burden, not several).
 * 3. **Episodes.** A chain that involves ≥ 2 distinct agencies is one episode, however many
 *    inspections it holds.
 *
 * Scope: chains are built from all inspections of the filter year (and division — the inspection's
 * division); the agency and sector filter then keeps the episodes that involve a selected agency,
 * since an agency's repeat inspections can only be seen next to the other agencies'.
 * Agency pairs: every unordered pair of distinct agencies within an episode counts that episode once.
 */
import { divisionCondition, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { normCode, normName } from '../deviation/normalize-sql.ts';
import { agencyScope } from './agency-scope.ts';

/** The repeat window in days (DOMAIN §8: within 30 days). */
export const REPEAT_WINDOW_DAYS = 30;
/** Default cap of the example list. */
export const EXAMPLES_LIMIT = 50;

/** CTEs from the filtered inspections to `ep` (one row per in-scope episode) and `epa` (its agencies). */
export function episodeCtes(filter: FilterSpec): Fragment {
  const place = filter.division ? divisionCondition(sql`i.division`, filter.division) : sql`true`;
  return sql`fi AS (
      SELECT i.inspection_id, i.agency, i.target_name, i.inspected_on,
        ${normCode(sql`i.target_credit_code`)} AS t_code, ${normName(sql`i.target_name`)} AS t_name,
        ${agencyScope(filter, sql`i.agency`)} AS in_scope
      FROM inspection i WHERE year(i.inspected_on) = ${filter.year} AND ${place}),
    name_code AS (
      SELECT t_name, min(t_code) AS code FROM fi WHERE t_code IS NOT NULL AND t_name IS NOT NULL
      GROUP BY t_name HAVING count(DISTINCT t_code) = 1),
    tk AS (
      SELECT fi.*, coalesce(fi.t_code, nc.code) AS code,
        CASE WHEN coalesce(fi.t_code, nc.code) IS NOT NULL THEN 'C:' || coalesce(fi.t_code, nc.code) ELSE 'N:' || fi.t_name END AS tkey
      FROM fi LEFT JOIN name_code nc ON fi.t_code IS NULL AND nc.t_name = fi.t_name
      WHERE fi.t_code IS NOT NULL OR fi.t_name IS NOT NULL),
    gaps AS (
      SELECT *, inspected_on - lag(inspected_on) OVER (PARTITION BY tkey ORDER BY inspected_on, agency, inspection_id) AS gap
      FROM tk),
    chained AS (
      SELECT *, sum(CASE WHEN gap IS NULL OR gap > ${REPEAT_WINDOW_DAYS} THEN 1 ELSE 0 END)
        OVER (PARTITION BY tkey ORDER BY inspected_on, agency, inspection_id ROWS UNBOUNDED PRECEDING) AS chain
      FROM gaps),
    ep AS (
      SELECT tkey, chain, min(target_name) AS target_name, min(code) AS target_credit_code,
        min(inspected_on) AS first_date, max(inspected_on) AS last_date, count(*) AS inspections,
        count(DISTINCT agency) AS agency_count, array_to_string(list(DISTINCT agency ORDER BY agency), '、') AS agencies
      FROM chained GROUP BY tkey, chain
      HAVING count(DISTINCT agency) >= 2 AND bool_or(in_scope)),
    epa AS (SELECT DISTINCT c.tkey, c.chain, c.agency FROM chained c JOIN ep ON ep.tkey = c.tkey AND ep.chain = c.chain)`;
}

/** One row: episodes, targets, inspections involved, agencies involved. */
export function repeatSummaryQuery(filter: FilterSpec): Fragment {
  return sql`WITH ${episodeCtes(filter)}
    SELECT (SELECT count(*) FROM ep) AS episodes, (SELECT count(DISTINCT tkey) FROM ep) AS targets,
      (SELECT coalesce(sum(inspections), 0) FROM ep) AS inspections_involved,
      (SELECT count(DISTINCT agency) FROM epa) AS agencies_involved`;
}

/** Agency pairs by the number of episodes they share, most first. */
export function agencyPairsQuery(filter: FilterSpec): Fragment {
  return sql`WITH ${episodeCtes(filter)}
    SELECT a.agency AS agency_a, b.agency AS agency_b, count(*) AS episodes
    FROM epa a JOIN epa b ON a.tkey = b.tkey AND a.chain = b.chain AND a.agency < b.agency
    GROUP BY a.agency, b.agency
    ORDER BY episodes DESC, agency_a, agency_b`;
}

/** Up to `limit` episodes, most agencies first, then most inspections, then earliest; with `total`. */
export function episodesQuery(filter: FilterSpec, limit = EXAMPLES_LIMIT): Fragment {
  return sql`WITH ${episodeCtes(filter)}
    SELECT target_name, target_credit_code, first_date, last_date, (last_date - first_date)::INTEGER AS days,
      inspections, agency_count, agencies, count(*) OVER () AS total
    FROM ep
    ORDER BY agency_count DESC, inspections DESC, first_date, target_name
    LIMIT ${limit}`;
}
