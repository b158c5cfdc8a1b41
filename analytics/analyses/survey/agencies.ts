/**
 * Each agency against the rest of the city (DOMAIN §8; issue 5 item 3).
 *
 * - The sample: the agency's per-respondent indexes inside the filter. The reference: every other
 *   response of the year city-wide (全市其余), whatever the division / sector filter — analysts judge
 *   an agency against the city, also when they look at one county. The rest is the city minus all
 *   of the agency's responses of the year, taken from summary statistics (`subtractSummary`).
 * - Welch's t-test (unequal variances); an agency is tested when it and the rest both have ≥ 2
 *   scored respondents and some variance. Responses without an agency are never tested.
 * - Multiple comparisons: with many agencies, some unadjusted p < 0.05 arise by chance, so the flags
 *   `below_city` / `above_city` use Holm-adjusted p < 0.05 (family-wise error 5 % over the agencies
 *   tested). Both p-values are reported; `comparisons` counts how many agencies would be flagged
 *   without the adjustment and carries the note shown to the user.
 * - Small agencies (too_small) are tested too — Welch's test accounts for n — and keep their mark.
 */
import { holmAdjust } from './stats/holm.ts';
import { subtractSummary, type Summary } from './stats/summary.ts';
import { welchTest } from './stats/welch.ts';
import type { GroupStatsRow } from './stats-groups.ts';
import type { SurveyAgencyRow, SurveyComparisons, SurveyGroupStats } from './types.ts';

/** Significance level of the comparisons. */
export const COMPARISON_ALPHA = 0.05;

function summary(r: GroupStatsRow | undefined): Summary {
  return { n: r?.scored ?? 0, mean: r?.mean ?? null, variance: r?.variance ?? null };
}

/** Agency rows with their tests, and the comparisons summary. */
export function compareAgencies(
  agencies: readonly { key: string | null; stats: SurveyGroupStats; row: GroupStatsRow }[],
  city: GroupStatsRow | undefined,
  cityByAgency: readonly GroupStatsRow[],
): { rows: SurveyAgencyRow[]; comparisons: SurveyComparisons } {
  const whole = summary(city);
  const tests = agencies.map(({ key, row }) => {
    if (key === null) return null;
    const own = cityByAgency.find((r) => r.agency === key);
    return welchTest(summary(row), subtractSummary(whole, summary(own)));
  });
  const adjusted = holmAdjust(tests.map((t) => t?.p ?? null));
  const rows = agencies.map(({ key, stats }, i): SurveyAgencyRow => {
    const t = tests[i];
    const p = adjusted[i];
    const significant = t !== null && p !== null && p < COMPARISON_ALPHA;
    return {
      agency: key, ...stats, t: t?.t ?? null, df: t?.df ?? null, p_value: t?.p ?? null, p_adjusted: p,
      below_city: significant && (t?.t ?? 0) < 0, above_city: significant && (t?.t ?? 0) > 0,
    };
  });
  const tested = tests.filter((t) => t !== null).length;
  const nominal = tests.filter((t) => t !== null && t.p < COMPARISON_ALPHA).length;
  const significant = rows.filter((r) => r.below_city || r.above_city).length;
  return { rows, comparisons: { method: 'welch_holm', alpha: COMPARISON_ALPHA, tests: tested, nominal_significant: nominal, significant, note: comparisonNote(tested, nominal, significant) } };
}

/** The multiple-comparison note shown with the agency table. */
export function comparisonNote(tests: number, nominal: number, significant: number): string {
  if (tests === 0) return '没有可检验的执法机关（每个机关及全市其余样本均需至少2份有效问卷）。';
  const base = `共对${tests}个执法机关分别与全市其余问卷作Welch t检验`;
  if (tests === 1) return `${base}，显著性水平0.05。`;
  const extra = nominal > significant ? `；未经校正时p<0.05的有${nominal}个，其中${nominal - significant}个可能出于偶然，未予标记` : '';
  return `${base}，检验次数多时偶然出现“显著”的机会增大，已按Holm法校正多重比较（校正后p<0.05才标记为显著高于或低于全市）${extra}。`;
}
