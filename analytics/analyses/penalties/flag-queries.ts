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
 * whole filter's `figures` row with its `simple` totals (zeros and a null share without cases),
 * read through an aggregate so that a filter without cases still gets its row.
 */
export function flagsQuery(filter: FilterSpec, src: PenaltySources = penaltySources(filter)): Fragment {
  return sql`SELECT coalesce(any_value(f.cases), 0) AS cases,
      coalesce(any_value(f.simple_over_cap), 0)::BIGINT AS simple_procedure_over_cap,
      coalesce(any_value(f.simple_border), 0)::BIGINT AS individual_business_200_3000,
      coalesce(any_value(f.december_cases), 0) AS december_cases,
      coalesce(any_value(f.top_cases), 0) AS top1pct_cases,
      any_value(f.top_fine_share) AS top1pct_fine_share
    FROM ${figuresOf(src.figures, 'all')}`;
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
