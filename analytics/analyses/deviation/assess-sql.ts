/**
 * Each case against the range it is held to (DOMAIN §8), as the CTE `ac`: one row per case of the
 * filter with `min_yuan`, `max_yuan` (DECIMAL 元, NULL = unbounded), `status` and `match` (codes,
 * see `codes.ts`) and `deviation_ratio`.
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
 *
 * A key with fixed ranges only (`simple`) has the same range for every case, read from the key;
 * the per-case arithmetic of multiples runs only for the other keys' cases.
 */
import type { FilterSpec } from '../filter.ts';
import { raw, sql, type Fragment } from '../../sql/fragment.ts';
import { caseKeyCtes, caseKeyJoin } from './case-keys-sql.ts';
import { st } from './codes.ts';
import { matchCtes } from './match-sql.ts';

const MONEY = raw('DECIMAL(18,2)');

/** One multiple component (prefix `g` or `v`) for a case whose base is `base`: its lo, hi, unbounded and ok. */
function component(prefix: 'g' | 'v', base: Fragment) {
  const k = (name: string) => raw(`k.${prefix}_${name}`);
  const has = sql`coalesce(${base}, 0) > 0`;
  return {
    present: k('p'),
    ok: sql`(${has} OR ${k('fb')})`,
    lo: sql`CASE WHEN ${has} THEN round(${k('lo')} * ${base}::DOUBLE, 2) ELSE ${k('fb_lo')}::DOUBLE END`,
    hi: sql`CASE WHEN ${has} THEN round(${k('hi')} * ${base}::DOUBLE, 2) ELSE ${k('fb_hi')}::DOUBLE END`,
    unbounded: sql`CASE WHEN ${has} THEN ${k('unb')} ELSE ${k('fb_unb')} END`,
  };
}

/** Range of a case of a key with multiples: the union of its present components. */
function unionRange(): { ok: Fragment; lo: Fragment; hi: Fragment } {
  const g = component('g', sql`c.illegal_gain_yuan`);
  const v = component('v', sql`c.goods_value_yuan`);
  return {
    ok: sql`((NOT k.fx_p OR k.fx_ok) AND (NOT ${g.present} OR ${g.ok}) AND (NOT ${v.present} OR ${v.ok}) AND k.o_n = 0)`,
    lo: sql`least(CASE WHEN k.fx_p THEN k.fx_lo::DOUBLE END, CASE WHEN ${g.present} THEN ${g.lo} END,
      CASE WHEN ${v.present} THEN ${v.lo} END)::${MONEY}`,
    hi: sql`CASE WHEN (k.fx_p AND k.fx_unb) OR (${g.present} AND ${g.unbounded}) OR (${v.present} AND ${v.unbounded}) THEN NULL
      ELSE greatest(CASE WHEN k.fx_p THEN k.fx_hi::DOUBLE END, CASE WHEN ${g.present} THEN ${g.hi} END,
        CASE WHEN ${v.present} THEN ${v.hi} END)::${MONEY} END`,
  };
}

/**
 * The CTEs `cb`, `cs`, `ac`: the rows of `rows` (cases, or counted cells of cases, with `fine_yuan`,
 * `illegal_gain_yuan`, `goods_value_yuan`, `lists_fine` — see `filteredCases`) each joined with its
 * key in `keys` (the `kinfo` CTE, or a table holding it) on `on`, and assessed. `ac` keeps the
 * columns of `rows` and adds the key's `epoch_end`, `match`, `rule_ids`, `k_code`, `k_name`, `status`,
 * `min_yuan`, `max_yuan` and `deviation_ratio`.
 */
export function statusCtes(keys: Fragment, rows: Fragment, on: Fragment): Fragment {
  const u = unionRange();
  return sql`cb AS (
      SELECT c.*, k.epoch_end, k.match, k.matched, k.rule_ids, k.k_code, k.k_name,
        CASE WHEN k.simple THEN k.fx_ok ELSE ${u.ok} END AS range_known,
        CASE WHEN k.simple THEN k.fx_lo ELSE ${u.lo} END AS bound_lo,
        CASE WHEN k.simple THEN k.fx_hi ELSE ${u.hi} END AS bound_hi
      FROM ${rows} c JOIN ${keys} k ON ${on}),
    cs AS (
      SELECT *, CASE
          WHEN NOT matched THEN ${st('no_rule')}
          WHEN NOT range_known THEN ${st('not_assessable')}
          WHEN coalesce(fine_yuan, 0) = 0 THEN (CASE
            WHEN NOT lists_fine THEN (CASE WHEN bound_lo <= 0 THEN ${st('within')} ELSE ${st('not_assessable')} END)
            WHEN fine_yuan IS NULL THEN ${st('not_assessable')}
            WHEN bound_lo > 0 THEN ${st('below')}
            ELSE ${st('within')} END)
          WHEN fine_yuan < bound_lo THEN ${st('below')}
          WHEN fine_yuan > bound_hi THEN ${st('above')}
          ELSE ${st('within')} END AS status
      FROM cb),
    ac AS (
      SELECT * EXCLUDE (matched, range_known, bound_lo, bound_hi),
        CASE WHEN matched AND range_known THEN bound_lo END AS min_yuan,
        CASE WHEN matched AND range_known THEN bound_hi END AS max_yuan,
        CASE WHEN status = ${st('above')} AND bound_hi > 0 THEN (fine_yuan - bound_hi)::DOUBLE / bound_hi::DOUBLE
          WHEN status = ${st('below')} AND bound_lo > 0 THEN (bound_lo - fine_yuan)::DOUBLE / bound_lo::DOUBLE END AS deviation_ratio
      FROM cs)`;
}

/** All CTEs up to `ac` (to follow a `WITH`): the keys matched in place, then every case assessed. */
export function assessedCtes(filter: FilterSpec): Fragment {
  return sql`${matchCtes(caseKeyCtes(filter))}, ${statusCtes(sql`kinfo`, sql`fc0`, caseKeyJoin())}`;
}

/** The assessed cases as a relation to read `FROM` (a subquery; tests and one-off queries). */
export function assessedSource(filter: FilterSpec): Fragment {
  return sql`(WITH ${assessedCtes(filter)} SELECT * FROM ac)`;
}
