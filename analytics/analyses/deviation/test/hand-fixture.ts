/**
 * A small hand-filled workspace for the deviation tests: rules and cases built around each edge the
 * definitions name, every case carrying the status (and match kind) the documentation promises.
 */
import type { RuleInput, CaseInput } from './fill.ts';

/** Benchmark rules of the fixture. */
export const RULES: RuleInput[] = [
  // Fixed, three tiers.
  { rule_id: 'A1', violation_code: 'A-1', violation_name: '违法行为甲', tier: '从轻', fine_min_yuan: 1000, fine_max_yuan: 5000 },
  { rule_id: 'A2', violation_code: 'A-1', violation_name: '违法行为甲', tier: '一般', fine_min_yuan: 5000, fine_max_yuan: 10000 },
  { rule_id: 'A3', violation_code: 'A-1', violation_name: '违法行为甲', tier: '从重', fine_min_yuan: 10000, fine_max_yuan: 30000 },
  // Multiple of 违法所得, no fallback.
  { rule_id: 'B1', violation_code: 'B-1', violation_name: '价格违法', tier: '一般', multiple_min: 1, multiple_max: 3, base_kind: '违法所得' },
  // Multiple with a fixed fallback for cases without 违法所得.
  { rule_id: 'C1', violation_code: 'C-1', violation_name: '价格欺诈', tier: '从重', multiple_min: 3, multiple_max: 5, base_kind: '违法所得', fallback_min_yuan: 250000, fallback_max_yuan: 500000 },
  // Multiple of 货值金额.
  { rule_id: 'D1', violation_code: 'D-1', violation_name: '销售不合格产品', tier: '一般', multiple_min: 2, multiple_max: 5, base_kind: '货值金额' },
  // Revised mid-year.
  { rule_id: 'E1', violation_code: 'E-1', violation_name: '修订行为', tier: '一般', fine_min_yuan: 1000, fine_max_yuan: 2000, effective_from: '2023-01-01', effective_to: '2025-06-30' },
  { rule_id: 'E2', violation_code: 'E-1', violation_name: '修订行为', tier: '一般', fine_min_yuan: 3000, fine_max_yuan: 5000, effective_from: '2025-07-01' },
  // Same name, two bases, no codes.
  { rule_id: 'G1', violation_name: '乙行为', basis: '《甲法》第十条', tier: '一般', fine_min_yuan: 100, fine_max_yuan: 200 },
  { rule_id: 'G2', violation_name: '乙行为', basis: '《乙法》第二十条', tier: '一般', fine_min_yuan: 1000, fine_max_yuan: 2000 },
  // Name-only rule with punctuation and full-width brackets.
  { rule_id: 'H1', violation_name: '生产、销售不合格（食品）', tier: '一般', fine_min_yuan: 2000, fine_max_yuan: 4000 },
  // Code precedence: a coded rule and an uncoded rule of the same name.
  { rule_id: 'F1', violation_code: 'F-1', violation_name: '丙行为', tier: '一般', fine_min_yuan: 100, fine_max_yuan: 500 },
  { rule_id: 'F2', violation_name: '丙行为', tier: '一般', fine_min_yuan: 5000, fine_max_yuan: 9000 },
  // 不予处罚 0–0 and an open upper bound.
  { rule_id: 'K0', violation_code: 'K-1', violation_name: '丁行为', tier: '不予处罚', fine_min_yuan: 0, fine_max_yuan: 0 },
  { rule_id: 'K1', violation_code: 'K-1', violation_name: '丁行为', tier: '一般', fine_min_yuan: 5000, fine_max_yuan: 10000 },
  { rule_id: 'K2', violation_code: 'K-1', violation_name: '丁行为', tier: '特别严重', fine_min_yuan: 100000, fine_max_yuan: null },
  // A benchmark without tiers (numbered bands the importer could not rank).
  { rule_id: 'U1', violation_code: 'U-1', violation_name: '戊行为', tier: '第一档', tier_rank: null, fine_min_yuan: 0, fine_max_yuan: 3000 },
  { rule_id: 'U2', violation_code: 'U-1', violation_name: '戊行为', tier: '第二档', tier_rank: null, fine_min_yuan: 3000, fine_max_yuan: 8000 },
  // A multiple of a base the case data does not carry.
  { rule_id: 'X1', violation_code: 'X-1', violation_name: '非法经营', tier: '一般', multiple_min: 1, multiple_max: 2, base_kind: '非法经营额' },
];

/** A fixture case with the verdict the definitions promise. */
export interface ExpectedCase extends CaseInput {
  expect: { status: string; match?: string; min?: number | null; max?: number | null };
}

/** Cases of the fixture. */
export const CASES: ExpectedCase[] = [
  { decision_no: 'A-bound-max', violation_code: 'A-1', tier: '一般', fine_yuan: 10000, expect: { status: 'within', match: 'code', min: 5000, max: 10000 } },
  { decision_no: 'A-bound-min', violation_code: 'A-1', tier: '一般', fine_yuan: 5000, expect: { status: 'within' } },
  { decision_no: 'A-over', violation_code: 'A-1', tier: '一般', fine_yuan: 10000.01, expect: { status: 'above' } },
  { decision_no: 'A-under', violation_code: 'A-1', tier: '一般', fine_yuan: 4999.99, expect: { status: 'below' } },
  { decision_no: 'A-union-top', violation_code: 'A-1', tier: null, fine_yuan: 30000, expect: { status: 'within', min: 1000, max: 30000 } },
  { decision_no: 'A-union-low', violation_code: 'a-1 ', tier: null, fine_yuan: 500, expect: { status: 'below', min: 1000, max: 30000 } },
  { decision_no: 'A-tier-missing', violation_code: 'A-1', tier: '较重', fine_yuan: 8000, expect: { status: 'no_rule', match: 'tier_missing' } },
  { decision_no: 'A-warning-only', violation_code: 'A-1', tier: '一般', fine_yuan: null, categories: ['警告'], expect: { status: 'not_assessable' } },
  { decision_no: 'A-zero-fine', violation_code: 'A-1', tier: '一般', fine_yuan: 0, categories: ['罚款'], expect: { status: 'below' } },
  { decision_no: 'A-fine-unknown', violation_code: 'A-1', tier: '一般', fine_yuan: null, categories: ['罚款'], expect: { status: 'not_assessable' } },
  { decision_no: 'A-fullwidth-code', violation_code: 'Ａ－１', tier: '从轻', fine_yuan: 6000, expect: { status: 'above', match: 'code', max: 5000 } },
  { decision_no: 'B-within', violation_code: 'B-1', tier: '一般', fine_yuan: 3000, illegal_gain_yuan: 1000, expect: { status: 'within', min: 1000, max: 3000 } },
  { decision_no: 'B-above', violation_code: 'B-1', tier: '一般', fine_yuan: 3000.01, illegal_gain_yuan: 1000, expect: { status: 'above' } },
  { decision_no: 'B-odd-gain', violation_code: 'B-1', tier: '一般', fine_yuan: 9999.99, illegal_gain_yuan: 3333.33, expect: { status: 'within', max: 9999.99 } },
  { decision_no: 'B-no-gain', violation_code: 'B-1', tier: '一般', fine_yuan: 3000, expect: { status: 'not_assessable' } },
  { decision_no: 'B-zero-gain', violation_code: 'B-1', tier: '一般', fine_yuan: 3000, illegal_gain_yuan: 0, expect: { status: 'not_assessable' } },
  { decision_no: 'C-gain', violation_code: 'C-1', tier: '从重', fine_yuan: 60000, illegal_gain_yuan: 10000, expect: { status: 'above', min: 30000, max: 50000 } },
  { decision_no: 'C-fallback', violation_code: 'C-1', tier: '从重', fine_yuan: 250000, expect: { status: 'within', min: 250000, max: 500000 } },
  { decision_no: 'C-fallback-over', violation_code: 'C-1', tier: '从重', fine_yuan: 600000, expect: { status: 'above' } },
  { decision_no: 'D-goods', violation_code: 'D-1', tier: '一般', fine_yuan: 20000, goods_value_yuan: 10000, illegal_gain_yuan: 99, expect: { status: 'within', min: 20000, max: 50000 } },
  { decision_no: 'D-no-goods', violation_code: 'D-1', tier: '一般', fine_yuan: 20000, illegal_gain_yuan: 10000, expect: { status: 'not_assessable' } },
  { decision_no: 'E-before', violation_code: 'E-1', tier: '一般', fine_yuan: 2000, decided_on: '2025-06-30', expect: { status: 'within', max: 2000 } },
  { decision_no: 'E-after', violation_code: 'E-1', tier: '一般', fine_yuan: 2000, decided_on: '2025-07-01', expect: { status: 'below', min: 3000 } },
  { decision_no: 'G-basis-exact', violation_name: '乙行为', basis: '《乙法》第二十条', tier: '一般', fine_yuan: 1500, expect: { status: 'within', match: 'basis', min: 1000 } },
  { decision_no: 'G-basis-finer', violation_name: '乙 行为', basis: '依据《甲法》第十条第一款', tier: '一般', fine_yuan: 1500, expect: { status: 'above', match: 'basis', max: 200 } },
  { decision_no: 'G-basis-other', violation_name: '乙行为', basis: '《丙法》第一条', tier: '一般', fine_yuan: 1500, expect: { status: 'no_rule', match: 'ambiguous' } },
  { decision_no: 'G-basis-none', violation_name: '乙行为', tier: '一般', fine_yuan: 150, expect: { status: 'no_rule', match: 'ambiguous' } },
  { decision_no: 'H-name', violation_name: '生产销售不合格(食品) ', tier: '一般', fine_yuan: 3000, expect: { status: 'within', match: 'name' } },
  { decision_no: 'H-name-coded-case', violation_code: 'H-9', violation_name: '生产、销售不合格（食品）', tier: '一般', fine_yuan: 5000, expect: { status: 'above', match: 'name' } },
  { decision_no: 'F-code-wins', violation_code: 'F-1', violation_name: '丙行为', tier: '一般', fine_yuan: 300, expect: { status: 'within', match: 'code', max: 500 } },
  // Without a code the case cannot tell the coded rule from the uncoded one: held to their union.
  { decision_no: 'F-name-only', violation_name: '丙行为', tier: '一般', fine_yuan: 300, expect: { status: 'within', match: 'name', min: 100, max: 9000 } },
  { decision_no: 'K-no-penalty', violation_code: 'K-1', tier: '不予处罚', fine_yuan: 0, categories: ['警告'], expect: { status: 'within', min: 0, max: 0 } },
  { decision_no: 'K-no-penalty-null', violation_code: 'K-1', tier: '不予处罚', fine_yuan: null, categories: [], expect: { status: 'within' } },
  { decision_no: 'K-no-penalty-fined', violation_code: 'K-1', tier: '不予处罚', fine_yuan: 100, expect: { status: 'above' } },
  { decision_no: 'K-open-top', violation_code: 'K-1', tier: '特别严重', fine_yuan: 10000000, expect: { status: 'within', max: null } },
  { decision_no: 'K-union-open', violation_code: 'K-1', tier: null, fine_yuan: 10000000, expect: { status: 'within', min: 0, max: null } },
  { decision_no: 'K-union-warning', violation_code: 'K-1', tier: null, fine_yuan: null, categories: ['警告'], expect: { status: 'within' } },
  { decision_no: 'U-untiered', violation_code: 'U-1', tier: '一般', fine_yuan: 7000, expect: { status: 'within', min: 0, max: 8000 } },
  { decision_no: 'X-other-base', violation_code: 'X-1', tier: '一般', fine_yuan: 7000, illegal_gain_yuan: 5000, expect: { status: 'not_assessable' } },
  { decision_no: 'Z-no-rule', violation_code: 'Z-9', violation_name: '没有基准的行为', tier: '一般', fine_yuan: 700, expect: { status: 'no_rule', match: 'none' } },
  { decision_no: 'Z-other-year', violation_code: 'A-1', tier: '一般', fine_yuan: 99999, decided_on: '2024-05-01', expect: { status: 'outside' } },
  { decision_no: 'A-other-agency', agency: '乙局', division: '连云区', violation_code: 'A-1', tier: '一般', fine_yuan: 20000, expect: { status: 'above' } },
];
