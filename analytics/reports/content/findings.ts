/**
 * Picking the analyses' findings for the prose: by id, by level, without the ones a section states
 * in its own words, and with personal numbers masked.
 */
import type { Finding } from '../../analyses/types.ts';
import type { ReportAnalysis, ReportData } from '../data/types.ts';
import { safeText } from '../format.ts';
import { REPORT_TEXT as T } from '../messages.ts';

/** The findings of a result, masked, optionally only some ids or some level. */
export function pick(
  d: ReportData,
  findings: readonly Finding[] | undefined,
  opts: { ids?: string[]; exclude?: string[]; level?: Finding['level'] } = {},
): Finding[] {
  const mask = d.settings.mask_personal_data;
  return (findings ?? [])
    .filter((f) => !opts.ids || opts.ids.includes(f.id))
    .filter((f) => !opts.exclude?.includes(f.id))
    .filter((f) => !opts.level || f.level === opts.level)
    .filter((f) => !tautological(d, f))
    .map((f) => ({ ...f, text: safeText(f.text, mask) }));
}

/** Texts of `pick`. */
export function texts(d: ReportData, findings: readonly Finding[] | undefined, opts: Parameters<typeof pick>[2] = {}): string[] {
  return pick(d, findings, opts).map((f) => f.text);
}

/**
 * A finding that says nothing under the report's filter — "海州区 ranks first within 海州区" — is
 * left out.
 */
function tautological(d: ReportData, f: Finding): boolean {
  const division = d.scope.division;
  return f.id === 'hotspots.top_division' && division !== null && f.numbers.division === division;
}

/** A section's text when its analysis did not run, with the reason. */
export function unavailable(d: ReportData, analysis: ReportAnalysis, what: string): string {
  const reason = d.missing.find((m) => m.analysis === analysis)?.reason ?? '分析未运行';
  return T.unavailable(what, reason);
}
