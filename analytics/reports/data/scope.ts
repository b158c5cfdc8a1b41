/**
 * The report's scope — the whole city, one division or one agency — and the names that follow from
 * it: the place prose speaks of, the title prefix, the file names.
 */
import type { FilterSpec } from '../../analyses/filter.ts';
import type { Settings } from '../../analyses/query.ts';
import { REPORT_TEXT } from '../messages.ts';
import type { ReportScope } from './types.ts';

/** The scope of a filter. */
export function reportScope(filter: FilterSpec, settings: Settings): ReportScope {
  const division = filter.division ?? null;
  const agency = filter.agency ?? null;
  const label = [division, agency].filter(Boolean).join('·');
  return {
    year: filter.year,
    division,
    agency,
    label,
    place: agency ?? division ?? REPORT_TEXT.wholeCity,
    city: settings.city_name,
    bureau: settings.bureau_name,
  };
}

/** Who the title is about: the agency, the division (`连云港市市本级` for the city level) or the city. */
export function titleSubject(scope: ReportScope): string {
  if (scope.agency) return scope.agency;
  if (scope.division) return scope.division === REPORT_TEXT.cityLevel ? `${scope.city}${scope.division}` : scope.division;
  return scope.city;
}

/** The document titles. */
export function reportTitle(scope: ReportScope): string {
  return `${titleSubject(scope)}${REPORT_TEXT.titles.report(scope.year)}`;
}

/** Characters no file system accepts in a name (control characters are dropped separately). */
const UNSAFE = /[\\/:*?"<>|]/g;
/**
 * Invisible characters that make a name lie about itself: bidirectional overrides and isolates
 * (`报告\u202Excod.exe` shows as `报告exe.docx`), zero-width characters and the BOM.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]/g;

function safeName(text: string): string {
  const visible = [...text.replace(UNSAFE, '_').replace(INVISIBLE, '')].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  // A leading dot hides the file on macOS and Linux; leading spaces hide where the name starts.
  return visible.replace(/^[.\s]+/, '');
}

/** File name of one output: `2025年度行政执法监督分析报告.docx`, prefixed with the scope when filtered. */
export function outputFileName(scope: ReportScope, kind: 'report' | 'workbook' | 'deck', ext: string): string {
  const prefix = safeName(scope.label);
  return `${prefix}${REPORT_TEXT.fileNames[kind](scope.year)}.${ext}`;
}
