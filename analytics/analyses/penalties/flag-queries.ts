/**
 * The penalty red flags (DOMAIN §8): simple-procedure decisions over the legal cap, the December
 * share, and the top-1 % share of the fine total. Rule constants are documented in `scope.ts`.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { OVER_CAP_LIST_LIMIT, overCapCondition, scopedCases, simpleCapExpr, TOP_SHARE_DIVISOR } from './scope.ts';
import { cellsOfYear, penaltySources, type PenaltySources } from './sources.ts';

/**
 * One row: over-cap count, the 个体工商户 border count, December cases, the top-1 % figures. The top
 * k fines are summed from the fines' counts, largest first: a fine held by n cases contributes as
 * many of them as still fit into k (ties at the boundary are equal amounts, so which ones is moot).
 */
export function flagsQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`WITH c AS (SELECT x, sum(n)::BIGINT AS n, sum(december)::BIGINT AS december FROM ${cellsOfYear(src.cells, filter.year)} c GROUP BY x),
    fined AS (SELECT x, n FROM c WHERE x > 0),
    top AS (
      SELECT ((coalesce(sum(n), 0) + ${TOP_SHARE_DIVISOR - 1}::BIGINT) // ${TOP_SHARE_DIVISOR}::BIGINT)::BIGINT AS k, sum(x * n) AS total
      FROM fined),
    ranked AS (SELECT x, n, sum(n) OVER (ORDER BY x DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum FROM fined)
    SELECT
      (SELECT coalesce(sum(n), 0) FROM c)::BIGINT AS cases,
      (SELECT coalesce(sum(over_cap), 0) FROM ${src.simple} s)::BIGINT AS simple_procedure_over_cap,
      (SELECT coalesce(sum(border), 0) FROM ${src.simple} s)::BIGINT AS individual_business_200_3000,
      (SELECT coalesce(sum(december), 0) FROM c)::BIGINT AS december_cases,
      top.k AS top1pct_cases,
      (SELECT sum(x * greatest(0, least(n, top.k - (cum - n)))::BIGINT)::DOUBLE FROM ranked) / nullif(top.total::DOUBLE, 0) AS top1pct_fine_share
    FROM top`;
}

/** Over-cap simple cases per party type (a blank type is NULL). */
export function overCapByPartyQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT party_type, sum(over_cap)::BIGINT AS cases
    FROM ${src.simple} s
    GROUP BY party_type HAVING sum(over_cap) > 0 ORDER BY cases DESC, party_type NULLS LAST`;
}

/** The over-cap simple cases, worst (largest fine relative to its cap) first, capped in number. */
export function overCapCasesQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)})
    SELECT p.decision_no, p.agency, p.party_type, p.fine_yuan::DOUBLE AS fine_yuan,
      ${simpleCapExpr()}::DOUBLE AS cap_yuan, p.decided_on
    FROM p WHERE ${overCapCondition()}
    ORDER BY p.fine_yuan / ${simpleCapExpr()} DESC, p.decided_on, p.decision_no
    LIMIT ${OVER_CAP_LIST_LIMIT}::BIGINT`;
}
