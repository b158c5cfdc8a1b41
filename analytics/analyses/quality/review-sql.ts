/**
 * Case-file reviews (案卷评查, DOMAIN §5, §8) per agency: reviews, mean score, vetoes, veto rate and
 * the grade distribution.
 *
 * - The year is the review's `year`; the division filter applies to the reviewed agency's division
 *   (agency table), the agency and sector filters as everywhere.
 * - Grades are taken as recorded (trimmed). A blank grade is derived: a veto → 不合格 (a veto item
 *   fails the file whatever its score); else the first band whose minimum the score reaches, from
 *   the highest down (default 优秀 ≥ 90, 合格 ≥ 60, else 不合格 — DOMAIN §5, not confirmed, hence the
 *   `review_grade_bands` setting); a blank score without a veto stays 未定级.
 * - mean_score is over the recorded scores, vetoed files included (they score 0 by the standard,
 *   which is the point of a veto); veto_rate = vetoes / reviews.
 */
import { filterConditions, type FilterSpec } from '../filter.ts';
import { join, sql, type Fragment } from '../../sql/fragment.ts';
import type { GradeBand } from './types.ts';

/** Default grade bands (DOMAIN §5): 优秀 ≥ 90, 合格 ≥ 60. */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: '优秀', min: 90 },
  { grade: '合格', min: 60 },
];
/** Grade below every band, and of a vetoed file. */
export const FAIL_GRADE = '不合格';
/** Grade when neither a grade nor a score is recorded. */
export const UNGRADED = '未定级';

/**
 * Grade bands from the `review_grade_bands` setting (an array of `{grade, min}`) when it is present
 * and well formed, else the defaults; sorted from the highest minimum down.
 */
export function gradeBands(settings: Record<string, unknown>): GradeBand[] {
  const v = settings.review_grade_bands;
  const ok = Array.isArray(v) && v.length > 0 && v.every((b) => b && typeof b.grade === 'string' && typeof b.min === 'number' && Number.isFinite(b.min));
  const bands = ok ? (v as GradeBand[]).map((b) => ({ grade: b.grade, min: b.min })) : [...DEFAULT_GRADE_BANDS];
  return bands.sort((a, b) => b.min - a.min);
}

/** The reviews of the filter with their effective grade `g` (CTE `rv`). */
function reviewCte(filter: FilterSpec, bands: readonly GradeBand[]): Fragment {
  const where = filterConditions(filter, { date: sql`make_date(r.year, 1, 1)`, division: sql`a.division`, agency: sql`r.agency` });
  const derived = join(bands.map((b) => sql`WHEN r.score >= ${b.min} THEN ${b.grade}`), ' ');
  // The reviewed agency's division is needed only by a division filter; the join (on the agency
  // table's primary key, so it never repeats a review) is left out otherwise.
  const place = filter.division ? sql`LEFT JOIN agency a ON a.name = r.agency` : sql``;
  return sql`rv AS (
    SELECT r.agency, r.score, coalesce(r.veto, false) AS veto,
      CASE WHEN nullif(trim(r.grade), '') IS NOT NULL THEN trim(r.grade)
        WHEN r.veto THEN ${FAIL_GRADE}
        WHEN r.score IS NULL THEN ${UNGRADED}
        ${derived}
        ELSE ${FAIL_GRADE} END AS g
    FROM case_review r ${place}
    WHERE ${where})`;
}

/** Reviews, scored reviews, mean score, vetoes and veto rate per agency (lowest mean first). */
export function reviewQuery(filter: FilterSpec, bands: readonly GradeBand[]): Fragment {
  return sql`WITH ${reviewCte(filter, bands)}
    SELECT agency, count(*) AS reviews, count(score) AS scored, avg(score) AS mean_score, count(*) FILTER (WHERE veto) AS vetoes,
      count(*) FILTER (WHERE veto) / count(*) AS veto_rate
    FROM rv GROUP BY agency
    ORDER BY mean_score NULLS LAST, agency`;
}

/** Reviews per agency and grade (long form; the result folds it into each agency's `grades`). */
export function reviewGradeQuery(filter: FilterSpec, bands: readonly GradeBand[]): Fragment {
  return sql`WITH ${reviewCte(filter, bands)}
    SELECT agency, g AS grade, count(*) AS reviews FROM rv GROUP BY agency, g ORDER BY agency, grade`;
}
