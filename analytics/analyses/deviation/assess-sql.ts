/**
 * Each case against the range it is held to (DOMAIN §8), as the CTE `ac`: one row per case of the
 * filter with `min_yuan`, `max_yuan` (NULL = unbounded), `status` and `deviation_ratio`.
 *
 * Range of a case: the union of its selected rules (see `match-sql.ts`), each evaluated for the case:
 * - a fixed rule is its range in 元;
 * - a multiple rule is multiple × the case's base (违法所得 → `illegal_gain_yuan`, 货值金额 →
 *   `goods_value_yuan`), the product rounded to the fen so that a fine written on a computed bound
 *   compares equal to it; a base of NULL or 0 counts as absent (DOMAIN: "no gain → 无法评估"), and
 *   then the rule's fixed fallback range applies when it has one, else the case is 无法评估;
 * - a multiple of any other base cannot be evaluated: 无法评估.
 * If any selected rule cannot be evaluated, the union is unknown and the case is 无法评估.
 *
 * Status, with closed bounds (以上 / 以下 include the number, DOMAIN §2):
 * - `no_rule` (无匹配基准): no rule selected (match `none`, `ambiguous`, `tier_missing`);
 * - `not_assessable` (无法评估): the range is unknown (above), or the fine is unknown;
 * - a decision without a fine (fine NULL or 0) whose 处罚类别 do not include 罚款 (a warning, a
 *   licence revocation …) is `within` when the range admits no fine (lower bound 0, e.g. a 不予处罚
 *   rule of 0–0 or `3000元以下`), else `not_assessable`: a benchmark range parsed from `处…罚款` text
 *   loses the non-fine alternatives the provision may allow (警告或者罚款), so "no fine" is not
 *   read as "below the benchmark";
 * - a fine of NULL with 罚款 among the categories is `not_assessable` (amount unknown); a recorded
 *   0 with 罚款 is compared as 0;
 * - otherwise `below` when fine < min, `above` when fine > max (max not NULL), else `within`.
 *
 * Deviation ratio: above (fine − max) / max; below (min − fine) / min; NULL for the other statuses
 * and when the bound is 0 (a fine where the benchmark allows none: infinitely far).
 */
import type { FilterSpec } from '../filter.ts';
import { join, raw, sql, type Fragment } from '../../sql/fragment.ts';
import { matchCtes } from './match-sql.ts';

/** Match kinds that select at least one rule. */
export const MATCHED_KINDS: readonly string[] = ['code', 'name', 'basis'];

/** Per-case columns of one multiple component (prefix `g` or `v`) for base column `base`. */
function multipleBounds(prefix: 'g' | 'v', base: Fragment): Fragment {
  const k = (name: string) => raw(`k.${prefix}_${name}`);
  const out = (name: string) => raw(`${prefix}_${name}`);
  return sql`coalesce(${k('n')}, 0) > 0 AS ${out('p')},
    CASE WHEN ${base} > 0 THEN true ELSE ${k('fb')} END AS ${out('ok')},
    CASE WHEN ${base} > 0 THEN round(${k('lo')} * ${base}::DOUBLE, 2) ELSE ${k('fb_lo')}::DOUBLE END AS ${out('lo_c')},
    CASE WHEN ${base} > 0 THEN (CASE WHEN ${k('unb')} THEN NULL ELSE round(${k('hi')} * ${base}::DOUBLE, 2) END)
      ELSE (CASE WHEN ${k('fb_unb')} THEN NULL ELSE ${k('fb_hi')}::DOUBLE END) END AS ${out('hi_c')},
    CASE WHEN ${base} > 0 THEN ${k('unb')} ELSE ${k('fb_unb')} END AS ${out('unb_c')}`;
}

/** All CTEs up to `ac` (to follow a `WITH`). */
export function assessedCtes(filter: FilterSpec): Fragment {
  const matched = sql`(${join(MATCHED_KINDS.map((m) => sql`${m}`), ', ')})`;
  return sql`${matchCtes(filter)},
    cb AS (
      SELECT fc.*, k.match, k.rule_ids, k.k_code, k.k_name,
        coalesce(k.fx_n, 0) > 0 AS fx_p, k.fx_ok, k.fx_lo::DOUBLE AS fx_lo_c,
        CASE WHEN k.fx_unb THEN NULL ELSE k.fx_hi::DOUBLE END AS fx_hi_c, k.fx_unb AS fx_unb_c,
        ${multipleBounds('g', sql`fc.illegal_gain_yuan`)},
        ${multipleBounds('v', sql`fc.goods_value_yuan`)},
        coalesce(k.o_n, 0) AS o_n
      FROM fc JOIN kinfo k
        ON k.violation_code IS NOT DISTINCT FROM fc.violation_code AND k.violation_name IS NOT DISTINCT FROM fc.violation_name
        AND k.basis IS NOT DISTINCT FROM fc.basis AND k.tier_rank IS NOT DISTINCT FROM fc.tier_rank AND k.decided_on = fc.decided_on),
    cu AS (
      SELECT *,
        match IN ${matched} AS matched,
        (NOT fx_p OR fx_ok) AND (NOT g_p OR g_ok) AND (NOT v_p OR v_ok) AND o_n = 0 AS range_known,
        least(CASE WHEN fx_p THEN fx_lo_c END, CASE WHEN g_p THEN g_lo_c END, CASE WHEN v_p THEN v_lo_c END) AS min_yuan,
        CASE WHEN (fx_p AND fx_unb_c) OR (g_p AND g_unb_c) OR (v_p AND v_unb_c) THEN NULL
          ELSE greatest(CASE WHEN fx_p THEN fx_hi_c END, CASE WHEN g_p THEN g_hi_c END, CASE WHEN v_p THEN v_hi_c END) END AS max_yuan
      FROM cb),
    cs AS (
      SELECT *, CASE
          WHEN NOT matched THEN 'no_rule'
          WHEN NOT range_known THEN 'not_assessable'
          WHEN coalesce(fine_yuan, 0) = 0 AND NOT list_contains(coalesce(categories, []::VARCHAR[]), ${'罚款'})
            THEN (CASE WHEN min_yuan <= 0 THEN 'within' ELSE 'not_assessable' END)
          WHEN fine_yuan IS NULL THEN 'not_assessable'
          WHEN fine_yuan::DOUBLE < min_yuan THEN 'below'
          WHEN max_yuan IS NOT NULL AND fine_yuan::DOUBLE > max_yuan THEN 'above'
          ELSE 'within' END AS status
      FROM cu),
    ac AS (
      SELECT decision_no, party_name, agency, division, violation_code, violation_name, basis, tier, tier_rank, decided_on,
        fine_yuan::DOUBLE AS fine_yuan, illegal_gain_yuan::DOUBLE AS illegal_gain_yuan, goods_value_yuan::DOUBLE AS goods_value_yuan,
        categories, k_code, k_name, match, rule_ids, CASE WHEN matched AND range_known THEN min_yuan END AS min_yuan,
        CASE WHEN matched AND range_known THEN max_yuan END AS max_yuan, status,
        CASE WHEN status = 'above' AND max_yuan > 0 THEN (fine_yuan::DOUBLE - max_yuan) / max_yuan
          WHEN status = 'below' AND min_yuan > 0 THEN (min_yuan - fine_yuan::DOUBLE) / min_yuan END AS deviation_ratio
      FROM cs)`;
}
