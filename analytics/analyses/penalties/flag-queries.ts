/**
 * The penalty red flags (DOMAIN §8): simple-procedure decisions over the legal cap, the December
 * share, and the top-1 % share of the fine total. Rule constants are documented in `scope.ts`.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import {
  individualBusinessBorderCondition, OVER_CAP_LIST_LIMIT, overCapCondition, scopedCases, simpleCapExpr, TOP_SHARE_DIVISOR,
} from './scope.ts';

/** One row: over-cap count, the 个体工商户 border count, December cases, the top-1 % figures. */
export function flagsQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)}),
    fined AS (SELECT p.fine_yuan::DOUBLE AS fine FROM p WHERE p.fine_yuan > 0),
    top AS (
      SELECT (count(*) + ${TOP_SHARE_DIVISOR - 1}::BIGINT) // ${TOP_SHARE_DIVISOR}::BIGINT AS k, sum(fine) AS total
      FROM fined),
    ranked AS (SELECT fine, row_number() OVER (ORDER BY fine DESC) AS rn FROM fined)
    SELECT
      (SELECT count(*) FROM p) AS cases,
      (SELECT count(*) FROM p WHERE ${overCapCondition()}) AS simple_procedure_over_cap,
      (SELECT count(*) FROM p WHERE ${individualBusinessBorderCondition()}) AS individual_business_200_3000,
      (SELECT count(*) FROM p WHERE month(p.decided_on) = 12) AS december_cases,
      top.k AS top1pct_cases,
      (SELECT sum(fine) FROM ranked WHERE rn <= top.k) / nullif(top.total, 0) AS top1pct_fine_share
    FROM top`;
}

/** Over-cap simple cases per party type (a blank type is NULL). */
export function overCapByPartyQuery(filter: FilterSpec): Fragment {
  return sql`WITH p AS (${scopedCases(filter)})
    SELECT p.party_type, count(*) AS cases
    FROM p WHERE ${overCapCondition()}
    GROUP BY p.party_type ORDER BY cases DESC, p.party_type NULLS LAST`;
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
