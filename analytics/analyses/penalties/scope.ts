/**
 * Which penalty decisions an analysis counts, and the rule constants the penalty definitions leave
 * open (DOMAIN §1, §8). Every constant here reaches SQL as a bound parameter.
 */
import { filterConditions, type FilterColumns, type FilterSpec } from '../filter.ts';
import { sql, type Fragment } from '../../sql/fragment.ts';

/** Filter columns of `penalty_case` (aliased `p`): decision date, the case's division, its agency. */
export const CASE_COLUMNS: FilterColumns = { date: sql`p.decided_on`, dateColumn: true, division: sql`p.division`, agency: sql`p.agency` };

/**
 * The decisions of one year under the filter, as a SELECT to put in a `WITH p AS (…)`. Revoked
 * records never reach `penalty_case` (the importer rejects them), so every row counts.
 */
export function scopedCases(filter: FilterSpec, year = filter.year): Fragment {
  return sql`SELECT p.* FROM penalty_case p WHERE ${filterConditions(filter, CASE_COLUMNS, year)}`;
}

/** 简易程序 fine cap for a citizen (行政处罚法 2021 第五十一条): 200 元. */
export const SIMPLE_CAP_PERSON_YUAN = 200;
/** 简易程序 fine cap for a legal person or other organisation: 3 000 元. */
export const SIMPLE_CAP_ORGANISATION_YUAN = 3000;

/**
 * The cap a 简易 decision is held to, by `party_type`:
 * - 自然人 → 200 元;
 * - 法人及非法人组织 → 3 000 元;
 * - 个体工商户 → 3 000 元. The law names only 公民 and 法人或者其他组织; an individual business is
 *   registered as a market entity with a credit code and published in the 双公示 legal-person
 *   template, and enforcement practice applies the organisation cap to it. Holding it to 200 元
 *   would flag decisions the agencies consider lawful, so the flag uses 3 000 元 and the result
 *   reports separately how many 个体工商户 simple cases lie in (200, 3 000]
 *   (`individual_business_200_3000`), for an analyst who reads the law the stricter way;
 * - unknown party type → 3 000 元 (the higher cap: only certain breaches are flagged).
 */
export function simpleCapExpr(): Fragment {
  return sql`(CASE WHEN p.party_type = ${'自然人'} THEN ${SIMPLE_CAP_PERSON_YUAN} ELSE ${SIMPLE_CAP_ORGANISATION_YUAN} END)`;
}

/** The 简易程序 procedure, as it is stored. */
export const SIMPLE: Fragment = sql`${'简易'}`;

/** A 简易 decision whose fine exceeds its cap (a fine equal to the cap is lawful: 以下 includes it). */
export function overCapCondition(): Fragment {
  return sql`(p.procedure = ${SIMPLE} AND p.fine_yuan > ${simpleCapExpr()})`;
}

/** A 简易 decision on a 个体工商户 with a fine in (200, 3 000]: over the cap only under the citizen reading. */
export function individualBusinessBorderCondition(): Fragment {
  return sql`(p.procedure = ${SIMPLE} AND p.party_type = ${'个体工商户'} AND p.fine_yuan > ${SIMPLE_CAP_PERSON_YUAN}
    AND p.fine_yuan <= ${SIMPLE_CAP_ORGANISATION_YUAN})`;
}

/** December share above which an agency (or the city) shows a 年底突击 pattern: 2 × 1/12. */
export const DECEMBER_SHARE_THRESHOLD = 2 / 12;

/**
 * An agency's December share is judged only when it decided at least this many cases in the year.
 * December normally holds about 10 % of decisions (a year-end rise is ordinary); at that rate an
 * agency of 20 cases crosses 2/12 by chance about one time in seven, one of 60 about one time in
 * twenty, and the chance keeps falling with size. Sixty is five decisions a month on average.
 * Smaller agencies still show their `december_share` in `by_agency`, and the share of the whole
 * filter scope is always reported.
 */
export const DECEMBER_MIN_CASES = 60;

/**
 * The "top 1 %" of fined cases is the largest ⌈fined cases / 100⌉ fines: rounded up, so any year
 * with a fine has at least one top case, and computed in integers (700 fined cases give exactly 7,
 * never 8 through a floating-point 7.000…1). Ties at the boundary do not change the share, since
 * tied amounts are equal.
 */
export const TOP_SHARE_DIVISOR = 100;

/** How many over-cap simple cases are listed (the count is always exact). */
export const OVER_CAP_LIST_LIMIT = 200;
