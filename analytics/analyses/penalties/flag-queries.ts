/**
 * The penalty red flags (DOMAIN §8): simple-procedure decisions over the legal cap, the December
 * share, and the top-1 % share of the fine total. Rule constants are documented in `scope.ts`.
 */
import type { FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';
import { figuresOf } from './figures.ts';
import { OVER_CAP_LIST_LIMIT, simpleCapExpr } from './scope.ts';
import { penaltySources, type PenaltySources } from './sources.ts';

/**
 * One row: over-cap count, the 个体工商户 border count, December cases, the top-1 % figures — the
 * whole filter's `figures` row (zeros and a null share without cases) and the `simple` counts.
 */
export function flagsQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT coalesce(f.cases, 0) AS cases,
      s.over_cap::BIGINT AS simple_procedure_over_cap, s.border::BIGINT AS individual_business_200_3000,
      coalesce(f.december_cases, 0) AS december_cases,
      coalesce(f.top_cases, 0) AS top1pct_cases,
      f.top_fine_share AS top1pct_fine_share
    FROM (SELECT coalesce(sum(over_cap), 0) AS over_cap, coalesce(sum(border), 0) AS border FROM ${src.simple} s) s
      LEFT JOIN ${figuresOf(src.figures, 'all')} ON true`;
}

/** Over-cap simple cases per party type (a blank type is NULL), counted from the cases `simple` collected. */
export function overCapByPartyQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT party_type, count(*)::BIGINT AS cases
    FROM (SELECT unnest(s.over_cap_cases).party_type AS party_type FROM ${src.simple} s)
    GROUP BY party_type ORDER BY cases DESC, party_type NULLS LAST`;
}

/**
 * The over-cap simple cases, worst (largest fine relative to its cap) first, capped in number: the
 * cases `simple` collected per agency.
 */
export function overCapCasesQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`WITH p AS (SELECT s.agency, unnest(s.over_cap_cases, recursive := true) FROM ${src.simple} s)
    SELECT p.decision_no, p.agency, p.party_type, p.fine_yuan::DOUBLE AS fine_yuan,
      ${simpleCapExpr()}::DOUBLE AS cap_yuan, p.decided_on
    FROM p
    ORDER BY p.fine_yuan / ${simpleCapExpr()} DESC, p.decided_on, p.decision_no
    LIMIT ${OVER_CAP_LIST_LIMIT}::BIGINT`;
}
