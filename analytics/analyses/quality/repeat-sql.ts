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
 * read once and kept as such integers; the names and agencies are read a second time only for the
 * episodes' inspections (see `chainCtes`), the codes only for the listed examples (`episodesQuery`).
 * One statement finds the episodes (`episodesSelect`, kept in a temporary table by `runQuality`);
 * the pairs and the example list only read its few hundred rows.
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
 *    without one hold no episode. Links are looked for in one pass over every inspection sorted by
 *    a 32-bit key (25 bits of the target hash, then 7 of the date in 4-day units, day of the year
 *    // 4 = 0–91), not per target (a year has hundreds of thousands): sorting 32-bit keys costs a
 *    fraction of sorting (target, date) pairs. Every real link passes the test: two dates at most
 *    30 days apart are at most ⌊30 / 4⌋ + 1 = 8 units apart; the test also lets through pairs up
 *    to 35 days apart, which step 5 drops. Targets sharing the 25 bits are interleaved in that
 *    order, which can only add links (between two inspections of one target, key order passes
 *    through every inspection in between, and somewhere along that run the agency changes); the
 *    same holds for inspections of one unit, which come in any order. Coarser days buy target
 *    bits: with millions of targets, 23 bits (whole days) let colliding targets through by the
 *    hundred thousand. Uncoded inspections take part with their targets from 2.; their `base`
 *    rows keep the key of the missing code (two constant hashes): their links can only add the
 *    rare coded targets sharing those 25 bits to the candidates, and `cand` leaves the rows
 *    themselves out. (Cheaper than a CASE on every row; a filter would be worse: were every reader
 *    of `base` filtered, DuckDB would push the union of the filters into its materialization, an
 *    extra pass over every row.)
 * 4. `cand`: the inspections whose target's 25 bits `near` names — whole targets.
 * 5. `flagged`, `linked`: the candidates in exact (full target hash, date) order, each marked as a
 *    chain start (another target, or more than the window after the previous inspection) or as a
 *    link (same chain as the previous inspection, another agency); `linked` keeps the targets with
 *    a link — the exact test, a few hundred inspections per million.
 * 6. `chained`, `multi`: chain numbers, the running count of chain starts (unique per target and
 *    chain; the RANGE frame takes in the whole day, so inspections of one day share a chain in any
 *    order), and the inspections of the chains that hold a link: the episodes.
 * 7. `cha`: the episodes' inspections with their agency and name as written, read by row id —
 *    the only read of those columns besides `base` — grouped by chain and agency. `code_rid` is a
 *    row holding the target's code (the inspection itself, or for an adopted code an inspection
 *    that carries it; none for a target known by its name): the code is read there only for the
 *    examples shown.
 */
function chainCtes(filter: FilterSpec): Fragment {
  const place = filter.division ? divisionCondition(sql`i.division`, filter.division) : sql`true`;
  const uncoded = sql`(i.target_credit_code IS NULL OR i.target_credit_code = '')`;
  // The 32-bit sort key of `near` (3.): 25 bits of the target hash, then 7 of the day of the year // 4.
  const key = (tid: Fragment) =>
    sql`((${tid} >> 39)::UINTEGER << 7) | ((inspected_on - make_date(${filter.year}::INTEGER, 1, 1)) // 4)::UINTEGER`;
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
      SELECT DISTINCT k >> 7 AS t25 FROM (
        SELECT k, aid, lag(k) OVER w AS pk, lag(aid) OVER w AS pa
        FROM (SELECT ${key(sql`ctid`)} AS k, aid FROM base
          UNION ALL SELECT ${key(sql`tid`)}, aid FROM ut)
        WINDOW w AS (ORDER BY k))
      WHERE k <= pk + ${Math.floor(REPEAT_WINDOW_DAYS / 4) + 1} AND k >> 7 = pk >> 7 AND aid <> pa),
    cand AS (
      SELECT rid, aid, inspected_on, rid AS code_rid, ctid AS tid FROM base
      WHERE NOT uncoded AND ctid >> 39 IN (SELECT t25 FROM near)
      UNION ALL SELECT rid, aid, inspected_on, code_rid, tid FROM ut WHERE tid >> 39 IN (SELECT t25 FROM near)),
    flagged AS (
      SELECT *, CASE WHEN tid IS DISTINCT FROM lag(tid) OVER w OR inspected_on - lag(inspected_on) OVER w > ${REPEAT_WINDOW_DAYS}
        THEN 1 ELSE 0 END AS start, aid <> lag(aid) OVER w AS other
      FROM cand WINDOW w AS (ORDER BY tid, inspected_on)),
    linked AS (SELECT * FROM flagged WHERE tid IN (SELECT tid FROM flagged WHERE start = 0 AND other)),
    chained AS (
      SELECT *, sum(start) OVER (ORDER BY tid, inspected_on RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS chain FROM linked),
    multi AS MATERIALIZED (
      SELECT c.* FROM chained c
      SEMI JOIN (SELECT tid, chain FROM chained WHERE start = 0 AND other) m ON m.tid = c.tid AND m.chain = c.chain),
    cha AS (
      SELECT c.tid, c.chain, c.aid, any_value(i.agency) AS agency, count(*) AS n, min(i.target_name) AS target_name,
        any_value(c.code_rid) AS code_rid, min(c.inspected_on) AS first_date, max(c.inspected_on) AS last_date,
        bool_or(${agencyScope(filter, sql`i.agency`)}) AS in_scope
      FROM multi c JOIN inspection i ON i.rowid = c.rid
      GROUP BY c.tid, c.chain, c.aid)`;
}

/**
 * One row per repeat episode of the filter (a chain of two or more agencies, at least one in the
 * filter's scope): target (hash, name, `code_rid`), dates, inspections, agency count and the
 * agencies (sorted list). What `runQuality` holds in a temporary table: the pairs and the examples
 * both read it, and neither needs the chains again.
 */
export function episodesSelect(filter: FilterSpec): Fragment {
  return sql`WITH ${chainCtes(filter)}
    SELECT tid, min(target_name) AS target_name, any_value(code_rid) AS code_rid, min(first_date) AS first_date,
      max(last_date) AS last_date, sum(n) AS inspections, count(*) AS agency_count, list(agency ORDER BY agency) AS agencies
    FROM cha GROUP BY tid, chain
    HAVING count(*) >= 2 AND bool_or(in_scope)`;
}

/** Agency pairs by the number of episodes they share, most first. `source`: `episodesSelect` rows. */
export function agencyPairsQuery(filter: FilterSpec, source: Fragment = sql`(${episodesSelect(filter)})`): Fragment {
  return sql`SELECT a.agency AS agency_a, b.agency AS agency_b, count(*) AS episodes
    FROM ${source} ep, unnest(ep.agencies) a(agency), unnest(ep.agencies) b(agency)
    WHERE a.agency < b.agency
    GROUP BY a.agency, b.agency
    ORDER BY episodes DESC, agency_a, agency_b`;
}

/**
 * Up to `limit` episodes, most agencies first, then most inspections, then earliest. Every row also
 * carries the totals over all episodes (before the cap): `total` (episodes), `targets`,
 * `inspections_involved`. `source`: `episodesSelect` rows. The codes are read for the rows shown
 * only: joined on a few dozen row ids, the scan of the code column is filtered by them (DuckDB
 * pushes a small join's keys into the scan) instead of decompressing every code of the table. The
 * row must still carry the target's code (its hash): `source` was written by an earlier
 * statement, and a row id read after an import in between yields no code rather than a wrong one.
 */
export function episodesQuery(filter: FilterSpec, limit = EXAMPLES_LIMIT, source: Fragment = sql`(${episodesSelect(filter)})`): Fragment {
  return sql`WITH shown AS (
      SELECT *, count(*) OVER () AS total, count(DISTINCT tid) OVER () AS targets, sum(inspections) OVER () AS inspections_involved
      FROM ${source} ep
      ORDER BY agency_count DESC, inspections DESC, first_date, target_name
      LIMIT ${limit})
    SELECT s.target_name, CASE WHEN hash(i.target_credit_code, NULL::VARCHAR) = s.tid THEN i.target_credit_code END AS target_credit_code,
      s.first_date, s.last_date, (s.last_date - s.first_date)::INTEGER AS days,
      s.inspections, s.agency_count, array_to_string(s.agencies, '、') AS agencies, s.total, s.targets, s.inspections_involved
    FROM shown s LEFT JOIN inspection i ON i.rowid = s.code_rid
    ORDER BY s.agency_count DESC, s.inspections DESC, s.first_date, s.target_name`;
}
