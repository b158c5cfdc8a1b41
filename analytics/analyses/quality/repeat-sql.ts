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
 * Speed: targets, agencies and target names are keyed by DuckDB's 64-bit `hash` (of code and name,
 * of the agency name, of the name as written) so that grouping, joining and sorting run on integers —
 * text keys made the clustering several times slower. Two targets, agencies or names would have to
 * collide to be merged: odds of about 1e-8 even at a million targets. The year's inspections are
 * read once and kept as such integers; the text columns are read a second time only to pick out
 * the names and codes of the episodes' inspections (see `chainCtes`).
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
 * CTEs from the filtered inspections to `cha` (chain × agency, episodes only).
 *
 * 1. `base`: every inspection of the filter as integers — row id, agency hash, date, code hash
 *    (`ctid`, the target of a coded inspection), name hash — and the name text of the uncoded
 *    minority only. Materialized: the steps below read it instead of the table's text columns.
 * 2. `uc`, `name_code`, `un_names`, `ut`: the targets of the uncoded inspections (module comment,
 *    1.; names compared as written through their hash, only the uncoded ones normalized).
 * 3. `near`: a pre-filter. A chain of two or more agencies has a *link* — two inspections by
 *    different agencies, consecutive in date order and at most the window apart — so targets
 *    without one hold no episode. Links are found in one pass over every inspection sorted by a
 *    32-bit key (23 bits of the target hash, then the day of the year), not per target (a year has
 *    hundreds of thousands): sorting 32-bit keys costs a fraction of sorting (target, date) pairs.
 *    Targets sharing the 23 bits are interleaved in that order, which can only add links (between
 *    two inspections of one target, date order passes through every inspection in between), so
 *    the exact steps below merely see more candidates. Inspections of one day may come in any
 *    order; if two agencies inspected that day, some consecutive pair differs. Uncoded inspections
 *    take part with their targets from 2.; their `base` rows get no key (a CASE, not a filter: were
 *    every reader of `base` filtered, DuckDB would push the union of the filters into its
 *    materialization, an extra pass over every row).
 * 4. `cand`: the inspections whose target's 23 bits `near` names — whole targets, a few thousand
 *    rows.
 * 5. `chained`: the exact single-linkage chains of the candidates, on the full target hash. Chain
 *    numbers run over all candidates (unique per target and chain); the running count of chain
 *    starts takes in the whole day (RANGE frame), so inspections of one day share a chain in any order.
 * 6. `multi`: the inspections of chains with two or more agencies — the episodes.
 * 7. `fetched`: their text (agency, name as written, code) by row id, and the adopted codes' text:
 *    the only read of those columns besides `base`.
 */
function chainCtes(filter: FilterSpec): Fragment {
  const place = filter.division ? divisionCondition(sql`i.division`, filter.division) : sql`true`;
  const uncoded = sql`(i.target_credit_code IS NULL OR i.target_credit_code = '')`;
  // The 32-bit sort key of `near`: 23 bits of the target hash, then 9 of the day of the year (0–365).
  const key = (tid: Fragment) =>
    sql`((${tid} >> 41)::UINTEGER << 9) | (inspected_on - make_date(${filter.year}::INTEGER, 1, 1))::UINTEGER`;
  return sql`base AS MATERIALIZED (
      SELECT i.rowid AS rid, hash(i.agency) AS aid, i.inspected_on, hash(i.target_credit_code, NULL::VARCHAR) AS ctid,
        ${uncoded} AS uncoded, hash(i.target_name) AS nh, CASE WHEN ${uncoded} THEN i.target_name END AS uname
      FROM inspection i WHERE ${yearRange(sql`i.inspected_on`, filter.year)} AND ${place}),
    uc AS MATERIALIZED (SELECT rid, aid, inspected_on, nh, uname FROM base WHERE uncoded),
    name_code AS MATERIALIZED (
      SELECT nh, any_value(ctid) AS tid, any_value(rid) AS code_rid FROM base
      WHERE NOT uncoded AND nh IN (SELECT nh FROM uc)
      GROUP BY nh HAVING count(DISTINCT ctid) = 1),
    un_names AS MATERIALIZED (
      SELECT v, ${normName(sql`v`)} AS n
      FROM (SELECT DISTINCT uc.uname AS v FROM uc ANTI JOIN name_code nc ON nc.nh = uc.nh)),
    ut AS MATERIALIZED (
      SELECT uc.rid, uc.aid, uc.inspected_on, nc.code_rid, coalesce(nc.tid, hash(NULL::VARCHAR, n.n)) AS tid
      FROM uc LEFT JOIN name_code nc ON nc.nh = uc.nh LEFT JOIN un_names n ON n.v = uc.uname
      WHERE nc.tid IS NOT NULL OR n.n IS NOT NULL),
    near AS MATERIALIZED (
      SELECT DISTINCT k >> 9 AS t23 FROM (
        SELECT k, aid, lag(k) OVER w AS pk, lag(aid) OVER w AS pa
        FROM (SELECT CASE WHEN NOT uncoded THEN ${key(sql`ctid`)} END AS k, aid FROM base
          UNION ALL SELECT ${key(sql`tid`)}, aid FROM ut)
        WINDOW w AS (ORDER BY k))
      WHERE k <= pk + ${REPEAT_WINDOW_DAYS} AND k >> 9 = pk >> 9 AND aid <> pa),
    cand AS (
      SELECT rid, aid, inspected_on, NULL::BIGINT AS code_rid, ctid AS tid FROM base
      WHERE NOT uncoded AND ctid >> 41 IN (SELECT t23 FROM near)
      UNION ALL SELECT rid, aid, inspected_on, code_rid, tid FROM ut WHERE tid >> 41 IN (SELECT t23 FROM near)),
    starts AS (
      SELECT *, CASE WHEN tid IS DISTINCT FROM lag(tid) OVER w OR inspected_on - lag(inspected_on) OVER w > ${REPEAT_WINDOW_DAYS}
        THEN 1 ELSE 0 END AS start
      FROM cand WINDOW w AS (ORDER BY tid, inspected_on)),
    chained AS (
      SELECT *, sum(start) OVER (ORDER BY tid, inspected_on RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS chain FROM starts),
    multi AS MATERIALIZED (
      SELECT c.* FROM chained c
      SEMI JOIN (SELECT tid, chain FROM chained GROUP BY tid, chain HAVING min(aid) <> max(aid)) m ON m.tid = c.tid AND m.chain = c.chain),
    fetched AS MATERIALIZED (
      SELECT i.rowid AS rid, i.agency, i.target_name, nullif(i.target_credit_code, '') AS code FROM inspection i
      WHERE i.rowid IN (SELECT rid FROM multi UNION ALL SELECT code_rid FROM multi)),
    cha AS (
      SELECT c.tid, c.chain, c.aid, any_value(f.agency) AS agency, count(*) AS n, min(f.target_name) AS target_name,
        any_value(coalesce(f.code, fc.code)) AS code, min(c.inspected_on) AS first_date, max(c.inspected_on) AS last_date,
        bool_or(${agencyScope(filter, sql`f.agency`)}) AS in_scope
      FROM multi c JOIN fetched f ON f.rid = c.rid LEFT JOIN fetched fc ON fc.rid = c.code_rid
      GROUP BY c.tid, c.chain, c.aid)`;
}

/**
 * One row per (target, chain, agency) of the chains with two or more agencies (the CTE `cha`
 * above): what `runQuality` holds in a temporary table, since the pairs and the episodes both
 * start from it. (`episodeCtes` still asks for two agencies, so any `cha`-shaped relation will do.)
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
