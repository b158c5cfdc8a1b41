/**
 * Test helper: rows written into a workspace with bound values (rules and cases), defaults filled
 * so a test states only what it is about.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';
import { fillCategoriesKey } from '../../../workspace/categories-key.ts';

/** A benchmark rule as a test writes it. */
export interface RuleInput {
  rule_id: string;
  violation_name: string;
  violation_code?: string | null;
  basis?: string | null;
  tier?: string | null;
  tier_rank?: number | null;
  fine_min_yuan?: number | null;
  fine_max_yuan?: number | null;
  multiple_min?: number | null;
  multiple_max?: number | null;
  base_kind?: string | null;
  fallback_min_yuan?: number | null;
  fallback_max_yuan?: number | null;
  effective_from?: string | null;
  effective_to?: string | null;
}

/** A penalty case as a test writes it. */
export interface CaseInput {
  decision_no: string;
  agency?: string;
  division?: string | null;
  party_name?: string;
  violation_code?: string | null;
  violation_name?: string | null;
  basis?: string | null;
  tier?: string | null;
  tier_rank?: number | null;
  fine_yuan?: number | null;
  confiscation_yuan?: number | null;
  illegal_gain_yuan?: number | null;
  goods_value_yuan?: number | null;
  categories?: string[];
  decided_on?: string;
}

const TIER_RANKS: Record<string, number> = { 不予处罚: 0, 减轻: 1, 从轻: 2, 一般: 3, 较重: 4, 从重: 5, 特别严重: 6 };

/** Inserts benchmark rules. */
export async function insertRules(conn: DuckDBConnection, rules: readonly RuleInput[]): Promise<void> {
  for (const r of rules) {
    const rank = r.tier_rank !== undefined ? r.tier_rank : r.tier ? (TIER_RANKS[r.tier] ?? null) : null;
    await exec(conn, sql`INSERT INTO benchmark_rule (rule_id, violation_code, violation_name, basis, tier, tier_rank,
        fine_min_yuan, fine_max_yuan, multiple_min, multiple_max, base_kind, fallback_min_yuan, fallback_max_yuan,
        effective_from, effective_to, batch_id)
      VALUES (${r.rule_id}, ${r.violation_code ?? null}, ${r.violation_name}, ${r.basis ?? null}, ${r.tier ?? null}, ${rank}::INTEGER,
        ${r.fine_min_yuan ?? null}, ${r.fine_max_yuan ?? null}, ${r.multiple_min ?? null}, ${r.multiple_max ?? null},
        ${r.base_kind ?? null}, ${r.fallback_min_yuan ?? null}, ${r.fallback_max_yuan ?? null},
        ${r.effective_from ?? null}::DATE, ${r.effective_to ?? null}::DATE, 1)`, 'test rule');
  }
}

/** Inserts penalty cases (default agency 甲局, division 海州区, date 2025-05-10, category 罚款 when fined). */
export async function insertCases(conn: DuckDBConnection, cases: readonly CaseInput[]): Promise<void> {
  for (const c of cases) {
    const rank = c.tier_rank !== undefined ? c.tier_rank : c.tier ? (TIER_RANKS[c.tier] ?? null) : null;
    const categories = c.categories ?? (c.fine_yuan ? ['罚款'] : ['警告']);
    await exec(conn, sql`INSERT INTO penalty_case (decision_no, party_name, violation_code, violation_name, basis, categories,
        fine_yuan, confiscation_yuan, illegal_gain_yuan, goods_value_yuan, tier, tier_rank, decided_on, agency, division, batch_id)
      VALUES (${c.decision_no}, ${c.party_name ?? '某公司'}, ${c.violation_code ?? null}, ${c.violation_name ?? null}, ${c.basis ?? null},
        ${categories}::VARCHAR[], ${c.fine_yuan ?? null}, ${c.confiscation_yuan ?? null}, ${c.illegal_gain_yuan ?? null},
        ${c.goods_value_yuan ?? null}, ${c.tier ?? null}, ${rank}::INTEGER, ${c.decided_on ?? '2025-05-10'}::DATE,
        ${c.agency ?? '甲局'}, ${c.division === undefined ? '海州区' : c.division}, 1)`, 'test case');
  }
  await fillCategoriesKey(conn);
}
