/**
 * Which benchmark rules a case is held to (DOMAIN §2, §8), chosen once per match key (see
 * `case-keys-sql.ts`), as common table expressions:
 *
 * 1. **Violation.** A rule matches by code when both the case and the rule carry a violation code
 *    (compared half-width, upper-case, without spaces); otherwise by normalized name (see
 *    `normName`). A key that matches some rule by code ignores name-only matches (the code is the
 *    stronger identification).
 * 2. **In force.** The decision date lies within [effective_from, effective_to]; a NULL end is open
 *    (checked on the date's epoch, see `case-keys-sql.ts`).
 * 3. **处罚依据.** When the candidate rules carry more than one distinct (normalized) basis — several
 *    provisions share the name — only rules whose basis equals the case's are kept, else those whose
 *    basis contains the case's or is contained in it (a decision often cites the provision more
 *    precisely: `第一百二十四条第一款第一项`); when the case's basis selects none, the match is
 *    `ambiguous` and the case has no rule. Rules without a basis count as no basis.
 * 4. **Tier.** A case with a tier is held to the rules of that tier (compared by `tier_rank`, so
 *    从轻 and 轻微 are the same tier). When the violation's rules have no row of that rank: if some
 *    of them carry no recognisable tier (a benchmark without tiers, or numbered bands), the case is
 *    held to the union of those; otherwise it has no rule (`tier_missing`) — the benchmark does not
 *    say what that tier deserves. A case without a tier is held to the union of all the violation's
 *    rules in force.
 *
 * The selected rules of a key are summarised per kind of range, since a union of ranges is the
 * lowest lower bound and the highest upper bound (NULL upper bound = unbounded):
 * - `fx_*`: fixed ranges in 元 (a blank lower bound is 0);
 * - `g_*`: multiples of 违法所得 (also a multiple rule with no base recorded, as DOMAIN §8 reads it);
 * - `v_*`: multiples of 货值金额 (`货值` too);
 * - `o_n`: multiples of any other base, which the case data cannot evaluate.
 * Multiple rules also carry their fixed fallback range (`*_fb_*`), used when the case has no base.
 */
import { join, raw, sql, type Fragment } from '../../sql/fragment.ts';
import { normCode, normName } from './normalize-sql.ts';
import { mt } from './codes.ts';

/** Bases of multiple rules read from 违法所得 (`illegal_gain_yuan`). NULL base counts here too. */
export const GAIN_BASES: readonly string[] = ['违法所得'];
/** Bases of multiple rules read from 货值金额 (`goods_value_yuan`). */
export const GOODS_BASES: readonly string[] = ['货值金额', '货值'];

const IN_FORCE = sql`(br.effective_from IS NULL OR mk.epoch >= br.effective_from)
  AND (br.effective_to IS NULL OR mk.epoch <= br.effective_to)`;

const IS_MULTIPLE = sql`(multiple_min IS NOT NULL OR multiple_max IS NOT NULL)`;

/**
 * `expr` on the rows where `cond` holds, NULL on the others, for an aggregate that skips NULLs: a
 * CASE inside the aggregate rather than a FILTER clause, the same value and cheaper in DuckDB's hash
 * aggregate (a FILTER selects its rows once per aggregate; the thirty of `ksel` cost a few ms per run).
 */
function only(cond: Fragment, expr: Fragment): Fragment {
  return sql`CASE WHEN ${cond} THEN ${expr} END`;
}

/** Aggregates of one kind of multiple rule (prefix `g` or `v`, `kind` code in `sel`) over the applying rules. */
function multipleAggregates(prefix: 'g' | 'v', kind: 2 | 3): Fragment {
  const when = raw(`kind = ${kind}`);
  const col = (name: string) => raw(`${prefix}_${name}`);
  return sql`count(${only(when, sql`1`)}) AS ${col('n')},
    min(${only(when, sql`coalesce(multiple_min, 0)`)}) AS ${col('lo')},
    max(${only(when, sql`multiple_max`)}) AS ${col('hi')},
    coalesce(bool_or(${only(when, sql`multiple_max IS NULL`)}), false) AS ${col('unb')},
    coalesce(bool_and(${only(when, sql`fallback_min_yuan IS NOT NULL OR fallback_max_yuan IS NOT NULL`)}), false) AS ${col('fb')},
    min(${only(when, sql`coalesce(fallback_min_yuan, 0)`)}) AS ${col('fb_lo')},
    max(${only(when, sql`fallback_max_yuan`)}) AS ${col('fb_hi')},
    coalesce(bool_or(${only(when, sql`fallback_max_yuan IS NULL`)}), false) AS ${col('fb_unb')}`;
}

/**
 * The key CTEs `keys` (`caseKeyCtes` or `countedKeyCtes`, ending with `mk`), then `br` (rules with
 * normalized code, name, basis) … `kinfo`: one row per match key (`kid`; a case finds it by
 * `caseKeyJoin` on `kid4`, `epoch`, `epoch_end`, a counted cell by `kid`) with its
 * `match` code and `matched`, the selected `rule_ids`, `simple` (only fixed ranges: the range is the
 * same for every case of the key) and the range summaries described above.
 */
export function matchCtes(keys: Fragment): Fragment {
  // `khow`: how a key matched (1 by code, 2 by name) and whether its candidates of that kind disagree
  // on 处罚依据. `sel`: `kind` 0 not applying, 1 fixed range, 2 multiple of 违法所得, 3 of 货值金额, 4
  // of another base, so that each aggregate of `ksel` filters on one small integer. `rule_ids` are
  // sorted as a list: an ordered string_agg sorts each key's rows on its own, several times slower
  // (and keeps its FILTER: a list would keep the NULLs a CASE gives).
  const fixed = sql`kind = 1`;
  return sql`${keys},
    br AS (
      SELECT rule_id, ${normCode(sql`violation_code`)} AS r_code, ${normName(sql`violation_name`)} AS r_name,
        ${normName(sql`basis`)} AS r_basis, tier_rank AS r_rank, fine_min_yuan, fine_max_yuan, multiple_min, multiple_max,
        base_kind, fallback_min_yuan, fallback_max_yuan, effective_from, effective_to
      FROM benchmark_rule),
    cand AS (
      SELECT mk.kid, mk.tier_rank AS k_rank, mk.k_basis, 1 AS how, br.*
      FROM mk JOIN br ON br.r_code = mk.k_code WHERE ${IN_FORCE}
      UNION ALL
      SELECT mk.kid, mk.tier_rank AS k_rank, mk.k_basis, 2 AS how, br.*
      FROM mk JOIN br ON br.r_name = mk.k_name WHERE (mk.k_code IS NULL OR br.r_code IS NULL) AND ${IN_FORCE}),
    khow AS (
      SELECT kid, min(how) AS how, coalesce(CASE min(how)
          WHEN 1 THEN min(${only(sql`how = 1`, sql`r_basis`)}) <> max(${only(sql`how = 1`, sql`r_basis`)})
          ELSE min(${only(sql`how = 2`, sql`r_basis`)}) <> max(${only(sql`how = 2`, sql`r_basis`)}) END, false) AS ambiguous
      FROM cand GROUP BY kid),
    qual AS (
      SELECT cand.*, CASE WHEN NOT khow.ambiguous THEN 3 WHEN r_basis = k_basis THEN 2
        WHEN contains(k_basis, r_basis) OR contains(r_basis, k_basis) THEN 1 ELSE 0 END AS bq
      FROM cand JOIN khow ON khow.kid = cand.kid AND khow.how = cand.how),
    kbq AS (SELECT kid, max(bq) AS bq FROM qual GROUP BY kid),
    kept AS (SELECT qual.* FROM qual SEMI JOIN kbq ON kbq.kid = qual.kid AND kbq.bq = qual.bq WHERE qual.bq > 0),
    ktier AS (
      SELECT kid, bool_or(r_rank = k_rank) AS rank_found, bool_or(r_rank IS NULL) AS untiered_found FROM kept GROUP BY kid),
    sel AS (
      SELECT *, CASE WHEN NOT applies THEN 0 WHEN NOT ${IS_MULTIPLE} THEN 1
          WHEN coalesce(base_kind, ${GAIN_BASES[0]}) IN (${join(GAIN_BASES.map((b) => sql`${b}`), ', ')}) THEN 2
          WHEN coalesce(base_kind, ${GAIN_BASES[0]}) IN (${join(GOODS_BASES.map((b) => sql`${b}`), ', ')}) THEN 3 ELSE 4 END AS kind
      FROM (
        SELECT kept.*, CASE
            WHEN k_rank IS NULL THEN true
            WHEN ktier.rank_found THEN coalesce(r_rank = k_rank, false)
            WHEN ktier.untiered_found THEN r_rank IS NULL
            ELSE false END AS applies
        FROM kept JOIN ktier ON ktier.kid = kept.kid)),
    ksel AS (
      SELECT kid, bool_or(applies) AS any_applies, max(bq) AS bq,
        array_to_string(list_sort(list(rule_id) FILTER (WHERE applies AND rule_id IS NOT NULL)), ',') AS rule_ids,
        count(${only(fixed, sql`1`)}) AS fx_n,
        coalesce(bool_and(${only(fixed, sql`fine_min_yuan IS NOT NULL OR fine_max_yuan IS NOT NULL`)}), false) AS fx_ok,
        min(${only(fixed, sql`coalesce(fine_min_yuan, 0)`)}) AS fx_lo,
        max(${only(fixed, sql`fine_max_yuan`)}) AS fx_hi,
        coalesce(bool_or(${only(fixed, sql`fine_max_yuan IS NULL`)}), false) AS fx_unb,
        ${multipleAggregates('g', 2)},
        ${multipleAggregates('v', 3)},
        count(${only(sql`kind = 4`, sql`1`)}) AS o_n
      FROM sel GROUP BY kid),
    kinfo AS (
      SELECT mk.kid, mk.kid4, mk.epoch, mk.epoch_end, mk.violation_code, mk.violation_name, mk.k_code, mk.k_name, ksel.rule_ids,
        CASE WHEN coalesce(ksel.any_applies, false)
            THEN (CASE WHEN ksel.bq < 3 THEN ${mt('basis')} WHEN khow.how = 1 THEN ${mt('code')} ELSE ${mt('name')} END)
          WHEN ksel.kid IS NOT NULL THEN ${mt('tier_missing')}
          WHEN khow.kid IS NOT NULL THEN ${mt('ambiguous')}
          ELSE ${mt('none')} END AS match,
        coalesce(ksel.any_applies, false) AS matched,
        coalesce(ksel.g_n, 0) + coalesce(ksel.v_n, 0) + coalesce(ksel.o_n, 0) = 0 AS simple,
        coalesce(ksel.fx_n, 0) > 0 AS fx_p, ksel.fx_ok, ksel.fx_lo, CASE WHEN ksel.fx_unb THEN NULL ELSE ksel.fx_hi END AS fx_hi,
        ksel.fx_unb, ${componentColumns('g')}, ${componentColumns('v')}, coalesce(ksel.o_n, 0) AS o_n
      FROM mk LEFT JOIN khow ON khow.kid = mk.kid LEFT JOIN ksel ON ksel.kid = mk.kid)`;
}

/** The key-level columns of one multiple component (see `multipleAggregates`), `*_p` = present. */
function componentColumns(prefix: 'g' | 'v'): Fragment {
  const c = (name: string) => raw(`ksel.${prefix}_${name}`);
  return sql`coalesce(${c('n')}, 0) > 0 AS ${raw(`${prefix}_p`)}, ${join(
    ['lo', 'hi', 'unb', 'fb', 'fb_lo', 'fb_hi', 'fb_unb'].map((n) => sql`${c(n)}`), ', ')}`;
}
