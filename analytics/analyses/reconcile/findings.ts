/**
 * Plain-Chinese findings of the reconciliation, each with the numbers it states.
 *
 * - `reconcile.summary`: pairs compared and mismatches, naming `SUMMARY_EXAMPLES` of them
 *   (largest relative difference first; suspected unit errors first of all).
 * - `reconcile.mismatch`: one per mismatch (at most `MAX_MISMATCH_FINDINGS`), same order.
 * - `reconcile.missing_reports`: agencies with enforcement data but no annual report.
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import { count, scopeName } from '../deviation/format-zh.ts';
import { formatValue, shortLabel } from './labels.ts';
import type { MismatchRow, MissingReportRow } from './types.ts';

/** Mismatches named in the summary sentence (each also has a finding of its own). */
export const SUMMARY_EXAMPLES = 1;
/** Mismatches with a finding of their own. */
export const MAX_MISMATCH_FINDINGS = 10;
/** Agencies named in the missing-report sentence. */
export const MISSING_NAMED = 5;

function severity(m: MismatchRow): number {
  if (m.suspected_unit_error) return Infinity;
  return Math.abs(m.difference) / Math.max(1, Math.abs(m.computed));
}

/** "某局罚没金额报送1,234.56万元，案件数据为12.35万元（疑似单位错误）". */
export function describeMismatch(m: MismatchRow): string {
  return `${m.agency}${shortLabel(m.indicator, m.indicator_label)}报送${formatValue(m.reported, m.money, m.unit)}，` +
    `案件数据为${formatValue(m.computed, m.money, m.unit)}${m.suspected_unit_error ? '（疑似单位错误）' : ''}`;
}

/** The findings, most important first. */
export function reconcileFindings(filter: FilterSpec, checked: number, mismatches: readonly MismatchRow[], missing: readonly MissingReportRow[]): Finding[] {
  const out: Finding[] = [];
  const ordered = [...mismatches].sort((a, b) => severity(b) - severity(a) || a.agency.localeCompare(b.agency, 'zh'));
  if (checked > 0) {
    const named = ordered.slice(0, SUMMARY_EXAMPLES).map(describeMismatch).join('；');
    out.push({
      id: 'reconcile.summary',
      level: mismatches.length ? 'warn' : 'info',
      text: `年报核对共比对${count(checked)}项，` + (mismatches.length ? `发现${count(mismatches.length)}项不一致，其中${named}` : '未发现不一致'),
      numbers: { checked, mismatches: mismatches.length, unit_errors: mismatches.filter((m) => m.suspected_unit_error).length },
    });
  }
  for (const m of ordered.slice(0, MAX_MISMATCH_FINDINGS)) {
    out.push({
      id: 'reconcile.mismatch',
      level: 'warn',
      text: describeMismatch(m),
      numbers: { agency: m.agency, indicator: m.indicator, reported: m.reported, computed: m.computed, difference: m.difference, ratio: m.ratio },
    });
  }
  if (missing.length) {
    const names = missing.slice(0, MISSING_NAMED).map((r) => r.agency).join('、');
    out.push({
      id: 'reconcile.missing_reports',
      level: 'warn',
      text: `${scopeName(filter)}有${count(missing.length)}个单位有执法数据但未报送${filter.year}年度统计年报：${names}${missing.length > MISSING_NAMED ? '等' : ''}`,
      numbers: { agencies: missing.length },
    });
  }
  return out;
}
